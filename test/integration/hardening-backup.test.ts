// Backup and restore (scripts/lib/backup.ts, the commands of `npm run backup` / `npm run restore`): a backup
// taken while Directus serves requests, restored into a new database or file that shares nothing with
// the original, gives a Directus with every interview and the same indicator figures. The shared test
// instance is the original: it is not destroyed, the restored copy runs without it.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, type Api } from '../../scripts/lib/api.ts';
import { backup, restore, type DatabaseSettings } from '../../scripts/lib/backup.ts';
import { directusEnvironment, startDirectus, type RunningDirectus } from '../../scripts/lib/directus.ts';
import { readProjectEnv } from '../../scripts/lib/env.ts';
import { freePort } from '../setup/instance.ts';
import { asAdmin, instance } from '../helpers.ts';

const folder = mkdtempSync(join(tmpdir(), 'barometre-backup-'));
const restoredDatabase = `barometre_restore_${process.pid}_${randomBytes(3).toString('hex')}`;
let original: Api;
let restored: Api;
let server: RunningDirectus | undefined;

function originalSettings(): DatabaseSettings {
  const { client, database } = instance();
  const pgSettings = database.pg;
  return {
    DB_CLIENT: client,
    DB_FILENAME: database.filename ?? '',
    DB_HOST: pgSettings?.host ?? '127.0.0.1',
    DB_PORT: pgSettings?.port ?? 5432,
    DB_USER: pgSettings?.user ?? 'postgres',
    DB_PASSWORD: pgSettings?.password ?? '',
    DB_DATABASE: pgSettings?.database ?? '',
  };
}

async function dropRestoredDatabase(settings: DatabaseSettings): Promise<void> {
  const client = new pg.Client({
    host: settings.DB_HOST,
    port: settings.DB_PORT,
    user: settings.DB_USER,
    password: settings.DB_PASSWORD,
    database: 'postgres',
  });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${restoredDatabase}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

const target = (): DatabaseSettings => ({
  ...originalSettings(),
  DB_FILENAME: join(folder, 'restored.db'),
  DB_DATABASE: restoredDatabase,
});

beforeAll(async () => {
  original = await asAdmin();
  // Online: the original keeps answering reads while the backup runs.
  const reads = Promise.all(
    Array.from({ length: 10 }, () => original.raw('GET', '/items/interviews?limit=50&fields=id')),
  );
  await backup(originalSettings(), join(folder, 'backup'));
  expect((await reads).map((response) => response.status)).toEqual(Array(10).fill(200));

  restore(target(), join(folder, 'backup'));
  const port = await freePort();
  const env = readProjectEnv({
    ...process.env,
    ...Object.fromEntries(Object.entries(target()).map(([key, value]) => [key, String(value)])),
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    STORAGE_LOCAL_ROOT: join(folder, 'uploads'),
    SECRET: instance().secret,
  });
  server = await startDirectus(
    directusEnvironment(env, {
      RATE_LIMITER_ENABLED: 'false',
      PRESSURE_LIMITER_ENABLED: 'false',
      CACHE_ENABLED: 'false',
    }),
  );
  restored = await login(server.url, instance().adminEmail, instance().adminPassword);
}, 120_000);

afterAll(async () => {
  await server?.stop();
  if (instance().client === 'pg') await dropRestoredDatabase(target());
  rmSync(folder, { recursive: true, force: true });
});

describe('a restored backup', () => {
  it('runs on its own database, not the original', () => {
    expect(restored.url).not.toBe(original.url);
  });

  it('holds every interview, unchanged', async () => {
    const path =
      '/items/interviews?limit=-1&sort=id&fields=id,code,wave,participant,establishment,instrument_version,answers,status,excluded,consent_guardian,assent_child,user_created';
    const before = await original.get<unknown[]>(path);
    expect(before.length).toBeGreaterThan(250);
    expect(await restored.get<unknown[]>(path)).toEqual(before);
  });

  it.each(['W1', 'W2'])('gives the same indicators and score for %s', async (wave) => {
    for (const path of [
      `/barometer/waves/${wave}/indicators`,
      `/barometer/waves/${wave}/indicators?by=establishment_type`,
      `/barometer/waves/${wave}/score`,
    ]) {
      const figures = await original.get<{ results?: unknown[] }>(path);
      expect(await restored.get(path)).toEqual(figures);
    }
  });

  it('keeps the audit trail and the lock of W1', async () => {
    const path = '/items/wave_events?limit=-1&sort=id&fields=id,wave,from_status,to_status,reason,user_created';
    expect(await restored.get(path)).toEqual(await original.get(path));
    const [w1] = await restored.get<Array<{ id: number }>>('/items/waves?filter[code][_eq]=W1&fields=id');
    expect((await restored.raw('PATCH', `/items/waves/${w1?.id}`, { label: 'Après restauration' })).status).toBe(409);
  });

  it('refuses to restore over an existing database', () => {
    expect(() => restore(target(), join(folder, 'backup'))).toThrow();
  });
});
