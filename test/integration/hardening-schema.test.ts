// No schema drift: `snapshots/schema.json` is what `npm run snapshot` makes of scripts/snapshot/model.ts,
// and what a fresh install makes of the file. A change to model.ts without a new snapshot fails here.
// SQLite loses some types (uuid, decimal: platform notes), so there the comparison is on names, types
// as SQLite keeps them and interfaces; on PostgreSQL it is exact.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, type Api } from '../../scripts/lib/api.ts';
import {
  directusEnvironment,
  runDirectusCli,
  startDirectus,
  type RunningDirectus,
} from '../../scripts/lib/directus.ts';
import { projectRoot, readProjectEnv } from '../../scripts/lib/env.ts';
import { snapshotFile } from '../../scripts/lib/prepare.ts';
import { postModel } from '../../scripts/snapshot/model.ts';
import { freePort } from '../setup/instance.ts';
import { asAdmin, instance } from '../helpers.ts';

interface Snapshot {
  collections: Array<{ collection: string; meta: unknown; schema: unknown }>;
  fields: Array<{
    collection: string;
    field: string;
    type: string;
    meta: { interface?: string | null } | null;
    schema: unknown;
  }>;
  relations: Array<{
    collection: string;
    field: string;
    related_collection: string | null;
    meta: unknown;
    schema: unknown;
  }>;
}

const onPostgres = instance().client === 'pg';
const file = JSON.parse(readFileSync(snapshotFile, 'utf8')) as Snapshot;

/** SQLite has no uuid or decimal column types: Directus reads them back as these. */
const SQLITE_TYPES: Record<string, string> = { uuid: 'string', decimal: 'float' };

function shape(snapshot: Snapshot, sqlite: boolean) {
  const type = (name: string) => (sqlite ? (SQLITE_TYPES[name] ?? name) : name);
  return {
    collections: snapshot.collections.map((row) => row.collection).sort(),
    fields: snapshot.fields
      .map((row) => `${row.collection}.${row.field}: ${type(row.type)} (${row.meta?.interface ?? '-'})`)
      .sort(),
    relations: snapshot.relations
      .map((row) => `${row.collection}.${row.field} -> ${row.related_collection ?? '(any)'}`)
      .sort(),
  };
}

const byKey = <T extends { collection: string; field?: string }>(rows: T[]) =>
  [...rows].sort((a, b) => `${a.collection}.${a.field ?? ''}`.localeCompare(`${b.collection}.${b.field ?? ''}`));

function expectSameSchema(actual: Snapshot) {
  if (onPostgres) {
    expect(byKey(actual.collections)).toEqual(byKey(file.collections));
    expect(byKey(actual.fields)).toEqual(byKey(file.fields));
    expect(byKey(actual.relations)).toEqual(byKey(file.relations));
  } else {
    expect(shape(actual, true)).toEqual(shape(file, true));
  }
}

describe('the schema snapshot in the repository', () => {
  it('is what a fresh install made of it (the shared test instance)', async () => {
    expectSameSchema(await (await asAdmin()).get<Snapshot>('/schema/snapshot'));
  });

  describe('is what scripts/snapshot/model.ts builds', () => {
    const folder = mkdtempSync(join(tmpdir(), 'barometre-schema-'));
    const database = `barometre_schema_${process.pid}_${randomBytes(3).toString('hex')}`;
    const pgSettings = instance().database.pg;
    let server: RunningDirectus | undefined;
    let api: Api;

    async function maintenance(sql: string): Promise<void> {
      const client = new pg.Client({ ...pgSettings, database: 'postgres' });
      await client.connect();
      try {
        await client.query(sql);
      } finally {
        await client.end();
      }
    }

    beforeAll(async () => {
      if (onPostgres) await maintenance(`CREATE DATABASE "${database}"`);
      const port = await freePort();
      const env = readProjectEnv({
        ...process.env,
        DB_CLIENT: instance().client,
        DB_FILENAME: join(folder, 'model.db'),
        DB_DATABASE: database,
        PORT: String(port),
        PUBLIC_URL: `http://127.0.0.1:${port}`,
        STORAGE_LOCAL_ROOT: join(folder, 'uploads'),
        SECRET: randomBytes(32).toString('hex'),
      });
      // As `npm run snapshot` does: the bare model, without the extension's hooks and triggers.
      const environment = directusEnvironment(env, {
        EXTENSIONS_PATH: join(projectRoot, 'node_modules', '.no-extensions'),
        RATE_LIMITER_ENABLED: 'false',
        PRESSURE_LIMITER_ENABLED: 'false',
        CACHE_ENABLED: 'false',
      });
      await runDirectusCli(['bootstrap'], environment);
      server = await startDirectus(environment);
      api = await login(server.url, env.ADMIN_EMAIL, env.ADMIN_PASSWORD);
      await postModel(api);
    });

    afterAll(async () => {
      await server?.stop();
      if (onPostgres) await maintenance(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      rmSync(folder, { recursive: true, force: true });
    });

    it(onPostgres ? 'exactly (PostgreSQL)' : 'in names, types and interfaces (SQLite)', async () => {
      expectSameSchema(await api.get<Snapshot>('/schema/snapshot'));
    });
  });
});
