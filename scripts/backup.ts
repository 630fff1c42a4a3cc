// `npm run backup -- <folder>` and `npm run restore -- <folder>` (README "Backup and restore"), for the
// instance that the environment (or `.env`) names, as `npm start` reads it.
import { resolve } from 'node:path';
import { backup, restore } from './lib/backup.ts';
import { readProjectEnv } from './lib/env.ts';

const [command, target] = process.argv.slice(2);
if ((command !== 'backup' && command !== 'restore') || !target) {
  console.error('Usage: node scripts/backup.ts backup|restore <folder>');
  process.exit(2);
}
const env = readProjectEnv();
const folder = resolve(target);
if (command === 'backup') await backup(env, folder, env.STORAGE_LOCAL_ROOT);
else restore(env, folder, env.STORAGE_LOCAL_ROOT);
console.log(
  `${command === 'backup' ? 'Backed up to' : 'Restored from'} ${folder} (${env.DB_CLIENT === 'pg' ? `PostgreSQL ${env.DB_DATABASE}` : env.DB_FILENAME}).`,
);
