// Fieldwork coverage: achieved interviews (those the estimates read: core/interview-counts' analysed)
// against the target of each establishment (ceil(rate x N_h)) and per enumerator, with a warning under
// 80% of target, and the wave's one count of interviews (done, analysed, excluded) that the report prints.
import type { Knex } from 'knex';
import { interviewCounts, type InterviewTally } from '../../../../../core/interview-counts/index.ts';
import { COUNTED_STATUSES, targetSize } from '../../../../../core/waves/index.ts';
import { flag } from '../db/db-values.ts';
import type { WaveRecord } from '../db/wave-data.ts';

export const COVERAGE_WARNING = 0.8;

export async function waveCoverage(database: Knex, wave: WaveRecord) {
  const frame: Array<{
    establishment: number;
    code: string;
    name: string;
    type: string;
    region: string | null;
    population: number;
    target: number | null;
  }> = await database('population_frames as f')
    .join('establishments as e', 'e.id', 'f.establishment')
    .where('f.wave', wave.id)
    .orderBy('e.code')
    .select('f.establishment', 'e.code', 'e.name', 'e.type', 'e.region', 'f.population', 'f.target');
  const counts: Array<{ establishment: number; status: string; excluded: unknown; count: number | string }> =
    await database('interviews')
      .where('wave', wave.id)
      .whereNull('followup')
      .groupBy('establishment', 'status', 'excluded')
      .select('establishment', 'status', 'excluded')
      .count({ count: '*' });
  const tallies: InterviewTally<number>[] = counts.map((row) => ({
    establishment: row.establishment,
    status: row.status,
    excluded: flag.catch(false).parse(row.excluded),
    count: Number(row.count),
  }));
  const byEnumerator: Array<{
    user: string | null;
    first_name: string | null;
    last_name: string | null;
    count: number | string;
  }> = await database('interviews as i')
    .leftJoin('directus_users as u', 'u.id', 'i.user_created')
    .where('i.wave', wave.id)
    .whereNull('i.followup')
    .whereIn('i.status', COUNTED_STATUSES)
    .where((builder) => builder.where('i.excluded', false).orWhereNull('i.excluded'))
    .groupBy('i.user_created', 'u.first_name', 'u.last_name')
    .select('i.user_created as user', 'u.first_name', 'u.last_name')
    .count({ count: '*' });
  const establishments = frame.map((row) => {
    const own = tallies.filter((tally) => tally.establishment === row.establishment);
    const statuses: Record<string, number> = {};
    for (const tally of own) statuses[tally.status] = (statuses[tally.status] ?? 0) + tally.count;
    const { analysed: achieved } = interviewCounts(own);
    const target = row.target ?? targetSize(wave.sampling_rate, Number(row.population));
    const rate = target > 0 ? achieved / target : null;
    return {
      code: row.code,
      name: row.name,
      type: row.type,
      region: row.region,
      population: Number(row.population),
      target,
      achieved,
      statuses,
      rate,
      warning: rate !== null && rate < COVERAGE_WARNING,
    };
  });
  const target = establishments.reduce((sum, row) => sum + row.target, 0);
  const achieved = establishments.reduce((sum, row) => sum + row.achieved, 0);
  return {
    wave: wave.code,
    status: wave.status,
    totals: {
      population: establishments.reduce((sum, row) => sum + row.population, 0),
      target,
      achieved,
      rate: target > 0 ? achieved / target : null,
      interviews: interviewCounts(tallies),
    },
    establishments,
    enumerators: byEnumerator.map((row) => ({
      user: row.user,
      name: [row.first_name, row.last_name].filter(Boolean).join(' ') || null,
      achieved: Number(row.count),
    })),
  };
}
