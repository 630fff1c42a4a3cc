// Integrity that the Directus schema snapshot cannot express (composite unique keys), created at every
// start: `schema apply` may rebuild a SQLite table, which drops its indexes and triggers.
import type { Knex } from 'knex';

const compositeUniqueKeys: Array<{ table: string; columns: string[] }> = [
  { table: 'population_frames', columns: ['wave', 'establishment'] },
  { table: 'instrument_versions', columns: ['instrument', 'version'] },
  { table: 'sections', columns: ['instrument_version', 'code'] },
  { table: 'questions', columns: ['instrument_version', 'code'] },
  { table: 'choices', columns: ['question', 'value'] },
  { table: 'assignments', columns: ['user', 'wave', 'establishment'] },
  { table: 'external_estimates', columns: ['wave', 'indicator'] },
  { table: 'waves_instrument_versions', columns: ['waves_id', 'instrument_versions_id'] },
];

export async function ensureDatabaseGuards(database: Knex): Promise<void> {
  for (const { table, columns } of compositeUniqueKeys) {
    if (!(await database.schema.hasTable(table))) continue;
    const name = `${table}_${columns.join('_')}_unique`;
    const columnList = columns.map((column) => `"${column}"`).join(', ');
    await database.raw(`CREATE UNIQUE INDEX IF NOT EXISTS "${name}" ON "${table}" (${columnList})`);
  }
}
