// Everything `npm start` writes into Directus besides the schema: access, settings and flows always,
// the demo when asked. Idempotent: a second run adds nothing.
import type { Api } from '../scripts/lib/api.ts';
import { seedDemoData } from './load-demo.ts';
import { seedDemoUsers } from './demo-users.ts';
import { seedAccess } from './system/seed-access.ts';
import { seedDashboards } from './system/seed-dashboards.ts';
import { seedFlows } from './system/seed-flows.ts';
import { seedPresets } from './system/seed-presets.ts';
import { seedSettings } from './system/seed-settings.ts';
import { seedTranslations } from './system/seed-translations.ts';
import type { DemoScenario } from './demo/types.ts';

/** `demo`: false for none, else the scenario (`SEED_DEMO`, scripts/lib/env.ts). */
export async function seedProject(api: Api, options: { demo: DemoScenario | false }): Promise<void> {
  await seedAccess(api);
  await seedSettings(api);
  await seedTranslations(api);
  await seedFlows(api);
  await seedPresets(api);
  if (!options.demo) return;
  await seedDemoUsers(api);
  await seedDemoData(api, options.demo);
  // After the demo: its panels show W1 and W2.
  await seedDashboards(api);
}
