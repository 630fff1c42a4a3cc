// `node scripts/seed.ts`: seeds a Directus that is already running (docker-compose's `seed` service):
// access, settings and flows always; the demo unless SEED_DEMO=false. Idempotent.
import { login } from './lib/api.ts';
import { readProjectEnv } from './lib/env.ts';
import { seedProject } from '../seed/index.ts';

const env = readProjectEnv();
const url = process.env['DIRECTUS_URL'] ?? `http://127.0.0.1:${env.PORT}`;
const deadline = Date.now() + 180_000;
while (Date.now() < deadline) {
  const healthy = await fetch(`${url}/server/health`).then(
    (response) => response.ok,
    () => false,
  );
  if (healthy) break;
  await new Promise((resolve) => setTimeout(resolve, 2000));
}
await seedProject(await login(url, env.ADMIN_EMAIL, env.ADMIN_PASSWORD), { demo: env.SEED_DEMO });
console.log(`Seeded ${url} (demo: ${env.SEED_DEMO}).`);
