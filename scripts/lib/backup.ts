// Backup and restore of an instance (scripts/backup.ts, README "Backup and restore"): the database and
// the uploaded files (report PDFs), taken while Directus runs. SQLite: the online backup `VACUUM INTO` (a consistent copy, unlike copying the file);
// PostgreSQL: `pg_dump -Fc`, restored with `pg_restore` into a new, empty database.
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import knex from 'knex';
import type { ProjectEnv } from './env.ts';

export type DatabaseSettings = Pick<
  ProjectEnv,
  'DB_CLIENT' | 'DB_FILENAME' | 'DB_HOST' | 'DB_PORT' | 'DB_USER' | 'DB_PASSWORD' | 'DB_DATABASE'
>;

const SQLITE_FILE = 'database.sqlite';
const PG_FILE = 'database.dump';
const UPLOADS = 'uploads';

function pgArguments(settings: DatabaseSettings): string[] {
  return ['-h', settings.DB_HOST, '-p', String(settings.DB_PORT), '-U', settings.DB_USER];
}

function pgEnvironment(settings: DatabaseSettings): NodeJS.ProcessEnv {
  return { ...process.env, PGPASSWORD: settings.DB_PASSWORD };
}

/** Writes `folder` (which must not exist yet): the database and, when given, a copy of the uploads. */
export async function backup(settings: DatabaseSettings, folder: string, uploads?: string): Promise<void> {
  if (existsSync(folder)) throw new Error(`${folder} exists already: a backup never overwrites another.`);
  mkdirSync(folder, { recursive: true });
  if (settings.DB_CLIENT === 'pg') {
    execFileSync('pg_dump', [...pgArguments(settings), '-Fc', '-f', join(folder, PG_FILE), settings.DB_DATABASE], {
      env: pgEnvironment(settings),
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  } else {
    const database = knex({
      client: 'sqlite3',
      connection: { filename: settings.DB_FILENAME },
      useNullAsDefault: true,
    });
    try {
      await database.raw('VACUUM INTO ?', [join(folder, SQLITE_FILE)]);
    } finally {
      await database.destroy();
    }
  }
  if (uploads && existsSync(uploads)) cpSync(uploads, join(folder, UPLOADS), { recursive: true });
}

/** Restores `folder` into a database that must not exist yet (a new file, or a new PostgreSQL database). */
export function restore(settings: DatabaseSettings, folder: string, uploads?: string): void {
  if (settings.DB_CLIENT === 'pg') {
    const dump = join(folder, PG_FILE);
    if (!existsSync(dump)) throw new Error(`${dump} not found: is this a PostgreSQL backup?`);
    execFileSync('createdb', [...pgArguments(settings), settings.DB_DATABASE], {
      env: pgEnvironment(settings),
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    execFileSync(
      'pg_restore',
      [...pgArguments(settings), '--no-owner', '--exit-on-error', '-d', settings.DB_DATABASE, dump],
      {
        env: pgEnvironment(settings),
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
  } else {
    const file = join(folder, SQLITE_FILE);
    if (!existsSync(file)) throw new Error(`${file} not found: is this a SQLite backup?`);
    if (existsSync(settings.DB_FILENAME))
      throw new Error(`${settings.DB_FILENAME} exists: move it away first, a restore never overwrites a database.`);
    copyFileSync(file, settings.DB_FILENAME);
  }
  const saved = join(folder, UPLOADS);
  if (uploads && existsSync(saved)) {
    mkdirSync(uploads, { recursive: true });
    if (readdirSync(uploads).length > 0)
      throw new Error(`${uploads} is not empty: restore the files into an empty folder.`);
    cpSync(saved, uploads, { recursive: true });
  }
}
