// Seeding is idempotent, a restart keeps the data, and SEED_DEMO=false gives the model without demo.
import knex from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login } from '../../scripts/lib/api.ts';
import { seedProject } from '../../seed/index.ts';
import { ROLES } from '../../seed/system/access.ts';
import { startTestInstance, type TestInstance } from '../setup/instance.ts';
import { asAdmin, count } from '../helpers.ts';

const COUNTED = [
  'establishments',
  'instruments',
  'instrument_versions',
  'sections',
  'questions',
  'choices',
  'waves',
  'population_frames',
  'participants',
  'participant_statuses',
  'interviews',
  'assignments',
  'dimensions',
  'indicators',
  'external_estimates',
  'standard_instruments',
  'standard_rules',
  'indicator_standards',
  'recommendations',
  'directus_users',
  'directus_roles',
  'directus_policies',
  'directus_permissions',
  'directus_access',
  'directus_flows',
  'directus_operations',
  'directus_folders',
  'directus_presets',
  'directus_dashboards',
  'directus_panels',
];

async function counts(api: Awaited<ReturnType<typeof asAdmin>>): Promise<Record<string, number>> {
  const entries = await Promise.all(
    COUNTED.map(async (collection) => [collection, await count(api, collection)] as const),
  );
  return Object.fromEntries(entries);
}

async function guardCount(target: TestInstance): Promise<number> {
  const { database, client } = target.info;
  const connection =
    client === 'pg'
      ? knex({ client: 'pg', connection: database.pg ?? {} })
      : knex({ client: 'sqlite3', connection: { filename: database.filename ?? '' }, useNullAsDefault: true });
  try {
    const rows =
      client === 'pg'
        ? await connection('pg_trigger').where('tgname', 'like', 'barometer_%').count({ count: '*' })
        : await connection('sqlite_master')
            .where('type', 'trigger')
            .where('name', 'like', 'barometer_%')
            .count({ count: '*' });
    return Number(rows[0]?.['count'] ?? 0);
  } finally {
    await connection.destroy();
  }
}

describe('seeding twice', () => {
  it('adds nothing the second time', async () => {
    const admin = await asAdmin();
    const before = await counts(admin);
    expect(before['directus_roles']).toBeGreaterThanOrEqual(ROLES.length);
    await seedProject(admin, { demo: 'default' });
    expect(await counts(admin)).toEqual(before);
  });
});

describe('an instance started with SEED_DEMO=false', () => {
  let instance: TestInstance;
  beforeAll(async () => {
    instance = await startTestInstance({ seedDemo: false });
  });
  afterAll(async () => instance?.dispose(), 60_000);

  it('has the roles and policies but no demo records', async () => {
    const admin = await login(instance.info.url, instance.info.adminEmail, instance.info.adminPassword);
    const roles = await admin.get<Array<{ name: string }>>('/roles?fields=name');
    expect(roles.map((role) => role.name)).toEqual(
      expect.arrayContaining(['Coordinator', 'Supervisor', 'Enumerator', 'Analyst']),
    );
    for (const collection of ['waves', 'interviews', 'establishments', 'instruments', 'indicators']) {
      expect(await count(admin, collection)).toBe(0);
    }
    expect(await count(admin, 'directus_users')).toBe(1);
    const settings = await admin.get<{ module_bar: Array<{ id: string }> }>('/settings?fields=module_bar');
    expect(settings.module_bar.map((entry) => entry.id)).toEqual(expect.arrayContaining(['barometer', 'field']));
  });

  it('keeps its data and its guards across a restart that re-applies a drifted schema', async () => {
    const admin = await login(instance.info.url, instance.info.adminEmail, instance.info.adminPassword);
    await admin.post('/items/establishments', { code: 'RESTART-E', name: 'Reste là', type: 'cre' });
    // A field changed by hand: SQLite rebuilds the waves table now, and again when the snapshot is re-applied.
    await admin.patch('/fields/waves/label', { schema: { max_length: 300 } });
    await instance.restart();
    const again = await login(instance.info.url, instance.info.adminEmail, instance.info.adminPassword);
    const rows = await again.get<Array<{ name: string }>>('/items/establishments?filter[code][_eq]=RESTART-E');
    expect(rows.map((row) => row.name)).toEqual(['Reste là']);
    const label = await again.get<{ schema: { max_length: number } }>('/fields/waves/label');
    expect(label.schema.max_length).toBe(255);
    expect(await guardCount(instance)).toBeGreaterThanOrEqual(8);
  });
});
