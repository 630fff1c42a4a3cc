// `npm start`: the barometer on Directus, ready to use (README "Run it").
import { DEMO_USERS } from '../seed/demo-users.ts';
import { seedProject } from '../seed/index.ts';
import { directusEnvironment, startDirectus } from './lib/directus.ts';
import { DEMO_ADMIN, readProjectEnv } from './lib/env.ts';
import { adminApi, ensureExtensionBuilt, prepareDatabase } from './lib/prepare.ts';

const env = readProjectEnv();
if (env.NODE_ENV === 'production' && (env.ADMIN_PASSWORD === DEMO_ADMIN.password || env.SEED_DEMO)) {
  console.error(
    'Refusing to start in production with the demo admin password or demo data: set ADMIN_PASSWORD and SEED_DEMO=false.',
  );
  process.exit(1);
}
if (env.NODE_ENV === 'production' && !env.CONTACT_KEY) {
  console.error('Refusing to start in production without CONTACT_KEY (32 bytes in base64): see .env.example.');
  process.exit(1);
}

ensureExtensionBuilt();
const environment = directusEnvironment(env, { LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'warn' });
console.log(
  `Preparing the database (${env.DB_CLIENT === 'pg' ? `PostgreSQL ${env.DB_HOST}/${env.DB_DATABASE}` : env.DB_FILENAME})...`,
);
await prepareDatabase(environment);
const server = await startDirectus(environment, { inheritOutput: true, timeoutMs: 120_000 });
const stop = () => void server.stop().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.process.on('exit', (code) => process.exit(code ?? 1));

try {
  await seedProject(await adminApi(server.url, environment), { demo: env.SEED_DEMO });
} catch (error) {
  console.error('Seeding failed:', error);
  await server.stop();
  process.exit(1);
}

const publicUrl = environment['PUBLIC_URL'] ?? server.url;
const logins = env.SEED_DEMO
  ? DEMO_USERS.map((user) => `  ${user.role.padEnd(12)} ${user.email.padEnd(28)} ${user.password}`).join('\n')
  : '  (SEED_DEMO=false: no demo accounts)';
console.log(`
Baromètre OMP is running: ${publicUrl}/admin
  admin        ${env.ADMIN_EMAIL.padEnd(28)} ${env.ADMIN_PASSWORD === DEMO_ADMIN.password ? DEMO_ADMIN.password : '(ADMIN_PASSWORD)'}
${logins}
Stop with Ctrl+C; data is kept in ${env.DB_CLIENT === 'pg' ? `the PostgreSQL database ${env.DB_DATABASE}` : env.DB_FILENAME}.
`);
