// The order of waves in a series, on its own so that the draw (draw-list.ts) can find the previous
// wave without importing the report model, which imports the trends, which import the draw's panel.
import type { Knex } from 'knex';
import { samplingRateOf } from '../../../../../core/waves/index.ts';
import { isoDay } from './db-values.ts';
import type { WaveRecord } from './wave-data.ts';

/** The latest wave in the field or closed before this one, in the trends' order (reference date, then id). */
export async function previousWave(database: Knex, wave: WaveRecord): Promise<WaveRecord | undefined> {
  // Waves are ordered by their reference date: one without a date has no place in the series.
  const rows: Array<WaveRecord & { reference_date: unknown }> = await database('waves')
    .where('kind', 'wave')
    .whereNot('status', 'planned')
    .whereNotNull('reference_date')
    .whereNot('id', wave.id)
    .select('id', 'code', 'label', 'kind', 'status', 'reference_date', 'sampling_rate');
  const key = (row: { reference_date: unknown; id: number }) =>
    `${isoDay(row.reference_date) ?? ''}#${String(row.id).padStart(12, '0')}`;
  const mine = key(wave);
  const earlier = rows
    .filter((row) => key(row) < mine)
    .sort((a, b) => (key(a) < key(b) ? -1 : 1))
    .at(-1);
  return earlier
    ? {
        ...earlier,
        reference_date: isoDay(earlier.reference_date),
        sampling_rate: samplingRateOf(earlier.sampling_rate),
      }
    : undefined;
}
