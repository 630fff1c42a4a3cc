// `NODE_ENV=production npm start` refuses the demo admin password and the demo data before anything
// starts: no database is created, no Directus process is spawned.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { node22 } from '../../scripts/lib/directus.ts';
import { DEMO_ADMIN, projectRoot } from '../../scripts/lib/env.ts';

const folder = mkdtempSync(join(tmpdir(), 'barometre-production-'));
const database = join(folder, 'barometre.db');

afterAll(() => rmSync(folder, { recursive: true, force: true }));

function start(overrides: Record<string, string>) {
  const environment: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'] ?? '',
    NODE_ENV: 'production',
    DB_CLIENT: 'sqlite3',
    DB_FILENAME: database,
    STORAGE_LOCAL_ROOT: join(folder, 'uploads'),
    PORT: '1',
    ...overrides,
  };
  const started = Date.now();
  const result = spawnSync(node22, [join(projectRoot, 'scripts', 'start.ts')], {
    cwd: projectRoot,
    env: environment,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}`, seconds: (Date.now() - started) / 1000 };
}

describe('NODE_ENV=production npm start', () => {
  it.each([
    ['the demo admin password (the default)', {}],
    ['the demo admin password given explicitly', { ADMIN_PASSWORD: DEMO_ADMIN.password, SEED_DEMO: 'false' }],
    ['demo data with a real password', { ADMIN_PASSWORD: 'a-real-secret-2026!', SEED_DEMO: 'true' }],
    ['demo data by default with a real password', { ADMIN_PASSWORD: 'a-real-secret-2026!' }],
  ])('refuses %s: exit 1 with the reason, nothing started or created', (_case, overrides) => {
    const run = start(overrides);
    expect(run.status).toBe(1);
    expect(run.output).toContain('Refusing to start in production with the demo admin password or demo data');
    expect(run.output).not.toMatch(/Preparing the database|Building the extension/);
    expect(existsSync(database)).toBe(false);
    expect(run.seconds).toBeLessThan(10);
  });
});
