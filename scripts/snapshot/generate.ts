// `npm run snapshot`: builds the data model of `model.ts` in a fresh PostgreSQL database through the
// Directus API, then writes `snapshots/schema.json` with `directus schema snapshot`. The snapshot is made
// on PostgreSQL because SQLite snapshots lose types (uuid, decimal).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { login } from '../lib/api.ts';
import { directusEnvironment, runDirectusCli, startDirectus } from '../lib/directus.ts';
import { projectRoot, readProjectEnv } from '../lib/env.ts';
import { postModel } from './model.ts';

const database = `snapshot_${process.pid}`;
const psql = (sql: string) =>
  execFileSync('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-d', 'postgres', '-c', sql], { stdio: 'ignore' });
psql(`CREATE DATABASE ${database}`);
try {
  const env = readProjectEnv({
    ...process.env,
    DB_CLIENT: 'pg',
    DB_DATABASE: database,
    // Several checkouts may snapshot at once on one machine: each can take its own port.
    PORT: process.env['SNAPSHOT_PORT'] ?? '8099',
    SEED_DEMO: 'false',
  });
  const environment = directusEnvironment(env, {
    EXTENSIONS_PATH: join(projectRoot, 'node_modules', '.no-extensions'),
  });
  await runDirectusCli(['bootstrap'], environment);
  // A machine shared with other checkouts can take minutes to start Directus.
  const server = await startDirectus(environment, { timeoutMs: 180_000 });
  try {
    const api = await login(server.url, env.ADMIN_EMAIL, env.ADMIN_PASSWORD);
    await postModel(api);
  } finally {
    await server.stop();
  }
  const target = join(projectRoot, 'snapshots', 'schema.json');
  await runDirectusCli(['schema', 'snapshot', '--yes', '--format', 'json', target], environment);
  // One field per line, so that a change to the model reads as a small diff in review.
  writeFileSync(target, `${JSON.stringify(JSON.parse(readFileSync(target, 'utf8')), null, 2)}\n`);
  console.log(`Wrote ${target}`);
} finally {
  psql(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
}
