// Integrity below the API, created at every start (`schema apply` may rebuild a SQLite table, which
// drops its indexes and triggers): composite unique keys the snapshot cannot express, and triggers
// that refuse any write to a published questionnaire, whatever path it takes (flows without events,
// drag-and-drop sort, raw SQL).
import type { Knex } from 'knex';
import { CLOSED_STATUSES } from '../../../../../core/waves/index.ts';

const compositeUniqueKeys: Array<{ table: string; columns: string[] }> = [
  { table: 'population_frames', columns: ['wave', 'establishment'] },
  { table: 'instrument_versions', columns: ['instrument', 'version'] },
  { table: 'sections', columns: ['instrument_version', 'code'] },
  { table: 'questions', columns: ['instrument_version', 'code'] },
  { table: 'choices', columns: ['question', 'value'] },
  { table: 'assignments', columns: ['user', 'wave', 'establishment'] },
  { table: 'external_estimates', columns: ['wave', 'indicator'] },
  { table: 'waves_instrument_versions', columns: ['waves_id', 'instrument_versions_id'] },
];

/** A guard: on which table and events, and the SQL condition (over OLD/NEW) that refuses the write. */
interface Guard {
  name: string;
  table: string;
  events: Array<'INSERT' | 'UPDATE' | 'DELETE'>;
  /** Condition with `ROW` standing for OLD (delete) or NEW (insert); updates check both. */
  refuses: (row: 'OLD' | 'NEW') => string;
  message: string;
  /**
   * PostgreSQL: the column whose wave row the write holds FOR SHARE until it commits, so a lock (which
   * takes that row FOR UPDATE) waits for writes in flight and every later write sees the new status.
   */
  waveColumn?: string;
}

const FROZEN = "('published', 'retired')";
const frozenVersion = (versionExpression: string) =>
  `(SELECT status FROM instrument_versions WHERE id = ${versionExpression}) IN ${FROZEN}`;

const guards: Guard[] = [
  ...(['sections', 'questions'] as const).map((table): Guard => ({
    name: `barometer_${table}_frozen`,
    table,
    events: ['INSERT', 'UPDATE', 'DELETE'],
    refuses: (row) => frozenVersion(`${row}.instrument_version`),
    message: `BAROMETER_FROZEN: ${table} of a published instrument version cannot change`,
  })),
  {
    name: 'barometer_choices_frozen',
    table: 'choices',
    events: ['INSERT', 'UPDATE', 'DELETE'],
    refuses: (row) => frozenVersion(`(SELECT instrument_version FROM questions WHERE id = ${row}.question)`),
    message: 'BAROMETER_FROZEN: choices of a published instrument version cannot change',
  },
];

const CLOSED = `(${CLOSED_STATUSES.map((status) => `'${status}'`).join(', ')})`;
/** Null-safe equality of columns between OLD and NEW, the same in SQLite (3.39+) and PostgreSQL. */
const unchanged = (...columns: string[]) =>
  columns.map((column) => `NEW.${column} IS NOT DISTINCT FROM OLD.${column}`).join(' AND ');
const closedWave = (waveExpression: string) => `(SELECT status FROM waves WHERE id = ${waveExpression}) IN ${CLOSED}`;

/** What a locked or published wave freezes: its interviews, its frame, its instrument versions and its external estimates. */
const waveGuards: Guard[] = [
  { table: 'interviews', column: 'wave' },
  { table: 'external_estimates', column: 'wave' },
  { table: 'population_frames', column: 'wave' },
  { table: 'waves_instrument_versions', column: 'waves_id' },
].map(({ table, column }) => ({
  name: `barometer_${table}_locked`,
  table,
  events: ['INSERT', 'UPDATE', 'DELETE'],
  refuses: (row) => closedWave(`${row}.${column}`),
  message: `BAROMETER_LOCKED: ${table} of a locked wave cannot change`,
  waveColumn: column,
}));
guards.push(...waveGuards);

/**
 * A locked wave's own row: only its status may move (unlock to open, publish), with the timestamps and
 * audit columns that go with it; a published wave is final.
 */
const waveRowGuard = {
  update: `(OLD.status = 'published' AND NOT (NEW.status = 'published' AND ${unchanged('code', 'label', 'reference_date', 'sampling_rate')}))
    OR (OLD.status = 'locked' AND NOT (NEW.status IN ('locked', 'open', 'published') AND ${unchanged('code', 'label', 'reference_date', 'sampling_rate')}))`,
  delete: `OLD.status IN ${CLOSED}`,
  message: 'BAROMETER_LOCKED: a locked or published wave cannot change',
};

/** Published versions: only published -> retired, with their content columns untouched. */
const versionRowGuard = {
  update: `OLD.status IN ${FROZEN} AND NOT (OLD.status IN ('published', 'retired') AND NEW.status IN ('published', 'retired')
    AND ${unchanged('instrument', 'version', 'notes')} AND NOT (OLD.status = 'retired' AND NEW.status = 'published'))`,
  delete: `OLD.status IN ${FROZEN}`,
  message: 'BAROMETER_FROZEN: a published instrument version cannot change, only be retired',
};

/**
 * The (wave, establishment) pair key of interviews and assignments (model.ts `scope_key`), which the
 * supervisor's permissions compare. Kept by the database on every insert and update, whatever path
 * writes and whatever value a payload carries, so that no user can move a row into another scope.
 */
const SCOPED_TABLES = ['interviews', 'assignments'];
const scopeKeyOf = (row: 'NEW' | null) => {
  const column = (name: string) => (row ? `${row}.${name}` : `"${name}"`);
  return `CAST(${column('wave')} AS TEXT) || ':' || CAST(${column('establishment')} AS TEXT)`;
};

function isPostgres(database: Knex): boolean {
  const client = String(database.client.config.client ?? '');
  return client === 'pg' || client === 'postgres' || client === 'postgresql';
}

interface RowGuard {
  name: string;
  table: string;
  update: string;
  delete: string;
  message: string;
}

const rowGuards: RowGuard[] = [
  { name: 'barometer_versions_frozen', table: 'instrument_versions', ...versionRowGuard },
  { name: 'barometer_waves_locked', table: 'waves', ...waveRowGuard },
];

/** Dropped and created again at every start, so a changed definition reaches existing databases. */
async function createSqliteTriggers(database: Knex): Promise<void> {
  const triggers: Array<{ name: string; sql: string }> = [];
  for (const guard of guards) {
    for (const event of guard.events) {
      const condition =
        event === 'DELETE'
          ? guard.refuses('OLD')
          : event === 'INSERT'
            ? guard.refuses('NEW')
            : `${guard.refuses('OLD')} OR ${guard.refuses('NEW')}`;
      const name = `${guard.name}_${event.toLowerCase()}`;
      triggers.push({
        name,
        sql: `CREATE TRIGGER ${name} BEFORE ${event} ON "${guard.table}" WHEN ${condition} BEGIN SELECT RAISE(ABORT, '${guard.message}'); END`,
      });
    }
  }
  for (const guard of rowGuards) {
    for (const event of ['update', 'delete'] as const) {
      const name = `${guard.name}_${event}`;
      triggers.push({
        name,
        sql: `CREATE TRIGGER ${name} BEFORE ${event.toUpperCase()} ON "${guard.table}" WHEN ${guard[event]} BEGIN SELECT RAISE(ABORT, '${guard.message}'); END`,
      });
    }
  }
  for (const table of await scopedTables(database)) {
    const name = `barometer_${table}_scope_key`;
    // Recursive triggers are off in SQLite: the inner update does not fire this trigger again.
    for (const event of ['INSERT', 'UPDATE OF wave, establishment, scope_key'] as const) {
      const suffix = event === 'INSERT' ? 'insert' : 'update';
      triggers.push({
        name: `${name}_${suffix}`,
        sql: `CREATE TRIGGER ${name}_${suffix} AFTER ${event} ON "${table}" WHEN NEW.scope_key IS NOT (${scopeKeyOf('NEW')})
          BEGIN UPDATE "${table}" SET scope_key = ${scopeKeyOf('NEW')} WHERE id = NEW.id; END`,
      });
    }
  }
  await database.transaction(async (transaction) => {
    await dropSqliteGuards(transaction);
    // Rows written before the key existed (an upgrade), while the guards that would refuse the change
    // in a locked wave are down.
    for (const table of await scopedTables(transaction)) await backfillScopeKeys(transaction, table);
    for (const trigger of triggers) await transaction.raw(trigger.sql);
  });
}

async function createPostgresTriggers(database: Knex): Promise<void> {
  const definitions: Array<{ name: string; table: string; events: string; body: string }> = guards.map((guard) => ({
    name: guard.name,
    table: guard.table,
    events: guard.events.join(' OR '),
    body: `${
      guard.waveColumn
        ? `
      IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM 1 FROM waves WHERE id = OLD.${guard.waveColumn} FOR SHARE; END IF;
      IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM 1 FROM waves WHERE id = NEW.${guard.waveColumn} FOR SHARE; END IF;`
        : ''
    }
      IF (TG_OP IN ('UPDATE', 'DELETE') AND ${guard.refuses('OLD')}) OR (TG_OP IN ('INSERT', 'UPDATE') AND ${guard.refuses('NEW')}) THEN
        RAISE EXCEPTION '${guard.message}';
      END IF;`,
  }));
  for (const guard of rowGuards) {
    definitions.push({
      name: guard.name,
      table: guard.table,
      events: 'UPDATE OR DELETE',
      body: `
      IF (TG_OP = 'UPDATE' AND (${guard.update})) OR (TG_OP = 'DELETE' AND ${guard.delete}) THEN
        RAISE EXCEPTION '${guard.message}';
      END IF;`,
    });
  }
  for (const definition of definitions) {
    await database.raw(`CREATE OR REPLACE FUNCTION ${definition.name}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN ${definition.body}
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
      END $$`);
    await database.raw(`CREATE OR REPLACE TRIGGER ${definition.name} BEFORE ${definition.events} ON "${definition.table}"
      FOR EACH ROW EXECUTE FUNCTION ${definition.name}()`);
  }
  for (const table of await scopedTables(database)) {
    const name = `barometer_${table}_scope_key`;
    await database.raw(`CREATE OR REPLACE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN NEW.scope_key := ${scopeKeyOf('NEW')}; RETURN NEW; END $$`);
    await database.raw(
      `CREATE OR REPLACE TRIGGER ${name} BEFORE INSERT OR UPDATE ON "${table}" FOR EACH ROW EXECUTE FUNCTION ${name}()`,
    );
    // Rows written before the key existed (an upgrade): the lock guard would refuse them in a locked
    // wave, so it is off for this one statement, inside a transaction (DDL is transactional here).
    if (!(await staleScopeKeys(database, table))) continue;
    await database.transaction(async (transaction) => {
      const guard = guards.find((candidate) => candidate.table === table);
      if (guard) await transaction.raw(`ALTER TABLE "${table}" DISABLE TRIGGER ${guard.name}`);
      await backfillScopeKeys(transaction, table);
      if (guard) await transaction.raw(`ALTER TABLE "${table}" ENABLE TRIGGER ${guard.name}`);
    });
  }
}

/** The scoped tables that have their key column: none before the first schema apply. */
async function scopedTables(database: Knex): Promise<string[]> {
  const present: string[] = [];
  for (const table of SCOPED_TABLES)
    if ((await database.schema.hasTable(table)) && (await database.schema.hasColumn(table, 'scope_key')))
      present.push(table);
  return present;
}

const STALE_SCOPE_KEY = `scope_key IS NULL OR scope_key <> ${scopeKeyOf(null)}`;

async function staleScopeKeys(database: Knex, table: string): Promise<boolean> {
  return (await database(table).whereRaw(STALE_SCOPE_KEY).first('id')) !== undefined;
}

async function backfillScopeKeys(database: Knex, table: string): Promise<void> {
  await database.raw(`UPDATE "${table}" SET scope_key = ${scopeKeyOf(null)} WHERE ${STALE_SCOPE_KEY}`);
}

/**
 * SQLite only: rebuilding a table (how knex alters a column) renames it, and SQLite then refuses if a
 * trigger elsewhere refers to it. Schema changes drop the guards first; `ensureDatabaseGuards` puts
 * them back (at start, and after each field or relation change).
 */
export async function dropSqliteGuards(database: Knex): Promise<void> {
  if (isPostgres(database)) return;
  const triggers: Array<{ name: string }> = await database('sqlite_master')
    .where('type', 'trigger')
    .where('name', 'like', 'barometer_%')
    .select('name');
  for (const trigger of triggers) await database.raw(`DROP TRIGGER IF EXISTS "${trigger.name}"`);
}

export async function ensureDatabaseGuards(database: Knex): Promise<void> {
  for (const { table, columns } of compositeUniqueKeys) {
    if (!(await database.schema.hasTable(table))) continue;
    const name = `${table}_${columns.join('_')}_unique`;
    const columnList = columns.map((column) => `"${column}"`).join(', ');
    await database.raw(`CREATE UNIQUE INDEX IF NOT EXISTS "${name}" ON "${table}" (${columnList})`);
  }
  if (isPostgres(database)) await createPostgresTriggers(database);
  else await createSqliteTriggers(database);
}
