// `npm test`: the static checks (types of every .ts and .vue file, lint, format), the unit tests, then
// the integration and browser tests against a real Directus on SQLite, then again on PostgreSQL when
// DB_CLIENT=pg settings are given (CI always gives them).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from './lib/env.ts';
import { ensureExtensionBuilt } from './lib/prepare.ts';

const bin = (name: string) => join(projectRoot, 'node_modules', '.bin', name);
const extraArgs = process.argv.slice(2);

function check(label: string, command: string, args: string[]): boolean {
  console.log(`\n=== ${label} ===`);
  return spawnSync(bin(command), args, { cwd: projectRoot, stdio: 'inherit' }).status === 0;
}

function run(label: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(bin('vitest'), ['run', ...args, ...extraArgs], { cwd: projectRoot, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

ensureExtensionBuilt();
const databases: Array<'sqlite3' | 'pg'> = process.env['DB_CLIENT'] === 'pg' ? ['sqlite3', 'pg'] : ['sqlite3'];
const outcomes: Array<[string, boolean]> = [
  ['types (.ts and .vue)', check('type check', 'vue-tsc', ['--noEmit'])],
  ['lint', check('lint', 'eslint', ['.'])],
  ['format', check('format', 'prettier', ['--check', '.'])],
  ['unit', run('unit tests', ['--project', 'unit'])],
];
for (const client of databases) {
  for (const project of ['integration', 'browser']) {
    outcomes.push([`${project} (${client})`, run(`${project} tests on ${client}`, ['--project', project], { TEST_DB_CLIENT: client })]);
  }
}

console.log('\n=== summary ===');
for (const [label, passed] of outcomes) console.log(`${passed ? 'passed' : 'FAILED'}  ${label}`);
process.exit(outcomes.every(([, passed]) => passed) ? 0 : 1);
