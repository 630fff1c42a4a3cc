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

export async function seedProject(api: Api, options: { demo: boolean }): Promise<void> {
  await seedAccess(api);
  await seedSettings(api);
  await seedTranslations(api);
  await seedFlows(api);
  await seedPresets(api);
  if (!options.demo) return;
  await seedDemoUsers(api);
  await seedDemoData(api);
  // After the demo: its panels show W1 and W2.
  await seedDashboards(api);
}
