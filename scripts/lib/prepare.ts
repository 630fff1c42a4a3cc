// The steps that turn an empty folder or database into a running barometer: build the extension
// bundle when its sources changed, bootstrap Directus, apply the schema snapshot, then seed.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import knex from 'knex';
import { dropSqliteGuards } from '../../extensions/barometer/src/server/db/database-guards.ts';
import { login } from './api.ts';
import { runDirectusCli } from './directus.ts';
import { projectRoot } from './env.ts';

const extensionRoot = join(projectRoot, 'extensions', 'barometer');
export const snapshotFile = join(projectRoot, 'snapshots', 'schema.json');

function newestSourceTime(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceTime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export function ensureExtensionBuilt(): void {
  const outputs = [
    join('dist', 'app.js'),
    join('dist', 'api.js'),
    join('dist', 'compute-worker.js'),
    join('dist', 'field', 'index.html'),
  ].map((path) => join(extensionRoot, path));
  const builtAt = outputs.every(existsSync) ? Math.min(...outputs.map((path) => statSync(path).mtimeMs)) : 0;
  const sourcesAt = Math.max(newestSourceTime(join(extensionRoot, 'src')), newestSourceTime(join(projectRoot, 'core')));
  if (builtAt > sourcesAt) return;
  console.log('Building the extension bundle and the offline page...');
  execFileSync('npm', ['run', 'build'], {
    cwd: extensionRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, PATH: `${join(projectRoot, 'node_modules', '.bin')}:${process.env['PATH'] ?? ''}` },
  });
}

export async function prepareDatabase(environment: NodeJS.ProcessEnv): Promise<void> {
  await runDirectusCli(['bootstrap'], environment);
  if (environment['DB_CLIENT'] !== 'pg') await dropSqliteTriggers(environment['DB_FILENAME'] ?? '');
  await runDirectusCli(['schema', 'apply', '--yes', snapshotFile], environment);
}

/** See `dropSqliteGuards`: Directus puts the triggers back when it starts. */
async function dropSqliteTriggers(filename: string): Promise<void> {
  const database = knex({ client: 'sqlite3', connection: { filename }, useNullAsDefault: true });
  try {
    await dropSqliteGuards(database);
  } finally {
    await database.destroy();
  }
}

export async function adminApi(url: string, environment: NodeJS.ProcessEnv) {
  return login(url, environment['ADMIN_EMAIL'] ?? '', environment['ADMIN_PASSWORD'] ?? '');
}
