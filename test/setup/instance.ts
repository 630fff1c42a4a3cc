// A throw-away Directus for the integration tests: a temp folder (SQLite) or a fresh PostgreSQL
// database, a free port, the real schema, extension bundle and seed. Dropped afterwards.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { seedProject } from '../../seed/index.ts';
import { directusEnvironment, startDirectus, type RunningDirectus } from '../../scripts/lib/directus.ts';
import { readProjectEnv } from '../../scripts/lib/env.ts';
import { adminApi, prepareDatabase } from '../../scripts/lib/prepare.ts';

export type DatabaseClient = 'sqlite3' | 'pg';

export interface InstanceInfo {
  url: string;
  client: DatabaseClient;
  adminEmail: string;
  adminPassword: string;
  /** Signs tokens for the tests of forged and expired sessions. */
  secret: string;
  /** The contact details' key, to check below the API that the database holds only ciphertext. */
  contactKey: string;
  /** Enough to open a raw connection for tests that bypass Directus (triggers, backups). */
  database: {
    filename?: string;
    pg?: { host: string; port: number; user: string; password: string; database: string };
  };
}

export interface TestInstance {
  info: InstanceInfo;
  environment: NodeJS.ProcessEnv;
  server: RunningDirectus;
  restart: () => Promise<void>;
  dispose: () => Promise<void>;
}

export function testDatabaseClient(): DatabaseClient {
  return process.env['TEST_DB_CLIENT'] === 'pg' ? 'pg' : 'sqlite3';
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function pgSettings() {
  return {
    host: process.env['DB_HOST'] ?? '127.0.0.1',
    port: Number(process.env['DB_PORT'] ?? 5432),
    user: process.env['DB_USER'] ?? 'postgres',
    password: process.env['DB_PASSWORD'] ?? '',
  };
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({
    ...pgSettings(),
    database: process.env['DB_MAINTENANCE_DATABASE'] ?? process.env['DB_DATABASE'] ?? 'test',
  });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Directus starts in seconds on an idle machine, in minutes on one shared by several test runs. */
const START_TIMEOUT_MS = 180_000;

export async function startTestInstance(
  options: {
    client?: DatabaseClient;
    /** false: no demo; 'mandate': the three locked waves (SEED_DEMO=mandate); the default demo otherwise. */
    seedDemo?: boolean | 'mandate';
    /** Directus settings over the test defaults (Redis, cache). */ environment?: Record<string, string>;
  } = {},
): Promise<TestInstance> {
  const client = options.client ?? testDatabaseClient();
  const folder = mkdtempSync(join(tmpdir(), 'barometre-test-'));
  const port = await freePort();
  const pgDatabase = `barometre_test_${process.pid}_${randomBytes(3).toString('hex')}`;
  if (client === 'pg') await adminQuery(`CREATE DATABASE "${pgDatabase}"`);
  const env = readProjectEnv({
    ...process.env,
    DB_CLIENT: client,
    DB_FILENAME: join(folder, 'barometre.db'),
    DB_DATABASE: pgDatabase,
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    STORAGE_LOCAL_ROOT: join(folder, 'uploads'),
    SECRET: randomBytes(32).toString('hex'),
    SEED_DEMO: options.seedDemo === 'mandate' ? 'mandate' : options.seedDemo === false ? 'false' : 'true',
  });
  // The pressure limiter answers 503 when the event loop lags, which a busy shared test machine causes.
  // The tests log in hundreds of times: the login throttle is tested on an instance of its own.
  // TEMP_PATH is where Directus writes the app extensions' bundle that it serves: by default under
  // node_modules, shared by every instance (and checkout) that uses that node_modules.
  const environment = directusEnvironment(env, {
    RATE_LIMITER_ENABLED: 'false',
    PRESSURE_LIMITER_ENABLED: 'false',
    CACHE_ENABLED: 'false',
    LOGIN_THROTTLE_ENABLED: 'false',
    TEMP_PATH: join(folder, 'directus-temp'),
    // The Arabic edition queued by the publication of such a wave fails once (report.test.ts).
    BAROMETER_FAIL_QUEUED_REPORT: 'W-FAILQ-',
    ...options.environment,
  });
  await prepareDatabase(environment);
  let server = await startDirectus(environment, { timeoutMs: START_TIMEOUT_MS });
  await seedProject(await adminApi(server.url, environment), { demo: env.SEED_DEMO });
  const info: InstanceInfo = {
    url: server.url,
    client,
    adminEmail: env.ADMIN_EMAIL,
    adminPassword: env.ADMIN_PASSWORD,
    secret: environment['SECRET'] ?? '',
    contactKey: environment['CONTACT_KEY'] ?? '',
    database: client === 'pg' ? { pg: { ...pgSettings(), database: pgDatabase } } : { filename: env.DB_FILENAME },
  };
  return {
    info,
    environment,
    get server() {
      return server;
    },
    /** Stops, then starts as `npm start` does: bootstrap and schema apply on the existing database. */
    restart: async () => {
      await server.stop();
      await prepareDatabase(environment);
      server = await startDirectus(environment, { timeoutMs: START_TIMEOUT_MS });
    },
    dispose: async () => {
      await server.stop();
      if (client === 'pg') await adminQuery(`DROP DATABASE IF EXISTS "${pgDatabase}" WITH (FORCE)`);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
