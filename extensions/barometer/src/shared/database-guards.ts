// Integrity below the API, created at every start (`schema apply` may rebuild a SQLite table, which
// drops its indexes and triggers): composite unique keys the snapshot cannot express, and triggers
// that refuse any write to a published questionnaire, whatever path it takes (flows without events,
// drag-and-drop sort, raw SQL).
import type { Knex } from 'knex';

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
}

const FROZEN = "('published', 'retired')";
const frozenVersion = (versionExpression: string) => `(SELECT status FROM instrument_versions WHERE id = ${versionExpression}) IN ${FROZEN}`;

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

/** Published versions: only published -> retired, with their content columns untouched. */
const versionRowGuard = {
  update: `OLD.status IN ${FROZEN} AND NOT (OLD.status IN ('published', 'retired') AND NEW.status IN ('published', 'retired')
    AND NEW.instrument = OLD.instrument AND NEW.version = OLD.version
    AND COALESCE(NEW.notes, '') = COALESCE(OLD.notes, '') AND NOT (OLD.status = 'retired' AND NEW.status = 'published'))`,
  delete: `OLD.status IN ${FROZEN}`,
  message: 'BAROMETER_FROZEN: a published instrument version cannot change, only be retired',
};

function isPostgres(database: Knex): boolean {
  const client = String(database.client.config.client ?? '');
  return client === 'pg' || client === 'postgres' || client === 'postgresql';
}

async function createSqliteTriggers(database: Knex): Promise<void> {
  const statements: string[] = [];
  for (const guard of guards) {
    for (const event of guard.events) {
      const condition = event === 'DELETE' ? guard.refuses('OLD') : event === 'INSERT' ? guard.refuses('NEW') : `${guard.refuses('OLD')} OR ${guard.refuses('NEW')}`;
      statements.push(`CREATE TRIGGER IF NOT EXISTS ${guard.name}_${event.toLowerCase()} BEFORE ${event} ON "${guard.table}"
        WHEN ${condition} BEGIN SELECT RAISE(ABORT, '${guard.message}'); END`);
    }
  }
  statements.push(`CREATE TRIGGER IF NOT EXISTS barometer_versions_frozen_update BEFORE UPDATE ON instrument_versions
    WHEN ${versionRowGuard.update} BEGIN SELECT RAISE(ABORT, '${versionRowGuard.message}'); END`);
  statements.push(`CREATE TRIGGER IF NOT EXISTS barometer_versions_frozen_delete BEFORE DELETE ON instrument_versions
    WHEN ${versionRowGuard.delete} BEGIN SELECT RAISE(ABORT, '${versionRowGuard.message}'); END`);
  for (const statement of statements) await database.raw(statement);
}

async function createPostgresTriggers(database: Knex): Promise<void> {
  const definitions: Array<{ name: string; table: string; events: string; body: string }> = guards.map((guard) => ({
    name: guard.name,
    table: guard.table,
    events: guard.events.join(' OR '),
    body: `
      IF (TG_OP IN ('UPDATE', 'DELETE') AND ${guard.refuses('OLD')}) OR (TG_OP IN ('INSERT', 'UPDATE') AND ${guard.refuses('NEW')}) THEN
        RAISE EXCEPTION '${guard.message}';
      END IF;`,
  }));
  definitions.push({
    name: 'barometer_versions_frozen',
    table: 'instrument_versions',
    events: 'UPDATE OR DELETE',
    body: `
      IF (TG_OP = 'UPDATE' AND ${versionRowGuard.update}) OR (TG_OP = 'DELETE' AND ${versionRowGuard.delete}) THEN
        RAISE EXCEPTION '${versionRowGuard.message}';
      END IF;`,
  });
  for (const definition of definitions) {
    await database.raw(`CREATE OR REPLACE FUNCTION ${definition.name}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN ${definition.body}
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
      END $$`);
    await database.raw(`CREATE OR REPLACE TRIGGER ${definition.name} BEFORE ${definition.events} ON "${definition.table}"
      FOR EACH ROW EXECUTE FUNCTION ${definition.name}()`);
  }
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
