// `npm test`: the static checks (types of every .ts and .vue file, lint, format) beside the unit tests,
// then the integration and browser tests against a real Directus on SQLite and, when DB_CLIENT=pg
// settings are given (CI always gives them), on PostgreSQL at the same time: each database has its own
// Directus, port and temporary folder, and the two chains keep both cores busy. Each step's output is
// printed with its chain's name and kept in test-artifacts/logs.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { projectRoot } from './lib/env.ts';
import { ensureExtensionBuilt } from './lib/prepare.ts';

interface Step {
  label: string;
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
}

const bin = (name: string) => join(projectRoot, 'node_modules', '.bin', name);
const extraArgs = process.argv.slice(2);
const logs = join(projectRoot, 'test-artifacts', 'logs');

function vitest(label: string, project: string, env: NodeJS.ProcessEnv = {}): Step {
  return { label, command: 'vitest', args: ['run', '--project', project, ...extraArgs], env };
}

function runStep(chain: string, step: Step): Promise<boolean> {
  const log = createWriteStream(join(logs, `${step.label.replace(/[^a-z0-9]+/gi, '-')}.log`));
  const started = Date.now();
  console.log(`[${chain}] === ${step.label} ===`);
  const child = spawn(bin(step.command), step.args, {
    cwd: projectRoot,
    env: { ...process.env, FORCE_COLOR: '0', ...step.env },
  });
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      log.write(`${line}\n`);
      console.log(`[${chain}] ${line}`);
    });
  }
  return new Promise((resolve) => {
    child.on('close', (code) => {
      log.end();
      console.log(
        `[${chain}] === ${step.label}: ${code === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 60_000).toFixed(1)} min ===`,
      );
      resolve(code === 0);
    });
  });
}

async function runChain(chain: string, steps: Step[]): Promise<Array<[string, boolean]>> {
  const outcomes: Array<[string, boolean]> = [];
  for (const step of steps) outcomes.push([step.label, await runStep(chain, step)]);
  return outcomes;
}

const databaseChain = (client: 'sqlite3' | 'pg'): Step[] => [
  vitest(`integration (${client})`, 'integration', { TEST_DB_CLIENT: client }),
  vitest(`browser (${client})`, 'browser', { TEST_DB_CLIENT: client }),
];

ensureExtensionBuilt();
mkdirSync(logs, { recursive: true });
const started = Date.now();
const chains: Array<Promise<Array<[string, boolean]>>> = [
  runChain('checks', [
    { label: 'types (.ts and .vue)', command: 'vue-tsc', args: ['--noEmit'] },
    { label: 'lint', command: 'eslint', args: ['.'] },
    { label: 'format', command: 'prettier', args: ['--check', '.'] },
  ]),
  runChain('unit', [vitest('unit', 'unit')]),
];
const first = (await Promise.all(chains)).flat();
const databases: Array<'sqlite3' | 'pg'> = process.env['DB_CLIENT'] === 'pg' ? ['sqlite3', 'pg'] : ['sqlite3'];
const second = (await Promise.all(databases.map((client) => runChain(client, databaseChain(client))))).flat();

console.log(`\n=== summary (${((Date.now() - started) / 60_000).toFixed(1)} min) ===`);
const outcomes = [...first, ...second];
for (const [label, passed] of outcomes) console.log(`${passed ? 'passed' : 'FAILED'}  ${label}`);
process.exit(outcomes.every(([, passed]) => passed) ? 0 : 1);
