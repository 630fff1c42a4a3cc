// The environment the project's scripts honour (contract, "Running it"), validated once with zod.
// Directus reads the same variables itself; this schema fills the defaults and refuses nonsense early.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { contactKeyText } from '../../extensions/barometer/src/server/followups/contact-cipher.ts';

export const projectRoot = join(import.meta.dirname, '..', '..');

export const DEMO_ADMIN = { email: 'admin@example.com', password: 'omp-admin-2026' } as const;

const booleanString = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

/** `SEED_DEMO`: a boolean for the default demo or none, or `mandate` for the three locked waves (seed/demo). */
const demoScenario = z
  .union([z.literal('mandate'), booleanString])
  .transform((value) => (value === 'mandate' ? 'mandate' : value ? 'default' : false));

const envSchema = z
  .object({
    PORT: z.coerce.number().int().min(1).max(65535).default(8055),
    PUBLIC_URL: z.url().optional(),
    DB_CLIENT: z.enum(['sqlite3', 'pg']).default('sqlite3'),
    DB_FILENAME: z
      .string()
      .min(1)
      .default(join(projectRoot, 'data', 'barometre.db')),
    DB_HOST: z.string().default('127.0.0.1'),
    DB_PORT: z.coerce.number().int().default(5432),
    DB_DATABASE: z.string().default('barometre'),
    DB_USER: z.string().default('postgres'),
    DB_PASSWORD: z.string().default(''),
    ADMIN_EMAIL: z.email().default(DEMO_ADMIN.email),
    ADMIN_PASSWORD: z.string().min(8).default(DEMO_ADMIN.password),
    SECRET: z.string().min(16).optional(),
    CONTACT_KEY: contactKeyText.optional(),
    SEED_DEMO: demoScenario.default('default'),
    STORAGE_LOCAL_ROOT: z.string().default(join(projectRoot, 'data', 'uploads')),
    NODE_ENV: z.string().optional(),
  })
  .loose();

export type ProjectEnv = z.infer<typeof envSchema>;

/** Reads `.env` (if any) under the process environment, which wins, like Directus does. */
export function readProjectEnv(source: NodeJS.ProcessEnv = process.env): ProjectEnv {
  const fromFile = readDotEnv(join(projectRoot, '.env'));
  const merged = { ...fromFile, ...source };
  const parsed = envSchema.safeParse(merged);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new Error(`Invalid environment:\n${problems}`);
  }
  return parsed.data;
}

function readDotEnv(path: string): Record<string, string> {
  if (!existsSync(path)) return {};
  const values: Record<string, string> = {};
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    const match = /^\s*([A-Z0-9_]+)\s*=\s*(.*)\s*$/.exec(line);
    if (!match?.[1]) continue;
    values[match[1]] = (match[2] ?? '').replace(/^(['"])(.*)\1$/, '$2');
  }
  return values;
}
