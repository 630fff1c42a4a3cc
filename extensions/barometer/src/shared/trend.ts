// An indicator across the baseline and every wave in the field or closed: its overall estimate in
// each, the change from the previous one and from the baseline, and whether a question it reads
// changed between the questionnaire versions (then the change is not comparable).
import type { Knex } from 'knex';
import { compareEstimates, type TrendPoint, type TrendPointInput } from '../../../../core/indicators/index.ts';
import { diffVersions, impactedIndicators } from '../../../../core/questionnaire/index.ts';
import { NotFoundError } from './errors.ts';
import { questionnaireOf } from './version-cache.ts';
import { loadIndicatorDefinitions, type StoredIndicator, type WaveRecord } from './wave-data.ts';
import { indicatorResults, waveFigures } from './wave-figures.ts';

interface SeriesWave extends WaveRecord {
  versionIds: number[];
}

async function definitionChanged(database: Knex, indicator: StoredIndicator, earlier: SeriesWave, later: SeriesWave): Promise<boolean> {
  const [before, after] = [earlier.versionIds[0], later.versionIds[0]];
  if (before === undefined || after === undefined || before === after) return false;
  const [a, b] = await Promise.all([questionnaireOf(database, before), questionnaireOf(database, after)]);
  if (!a || !b) return false;
  const { code, numerator, denominator } = indicator;
  return impactedIndicators(diffVersions(a.questionnaire, b.questionnaire), [{ code, numerator, denominator: denominator ?? null }]).length > 0;
}

export async function indicatorTrend(database: Knex, code: string, today: string): Promise<{ indicator: StoredIndicator; points: TrendPoint[]; waves: SeriesWave[] }> {
  const waves: WaveRecord[] = await database('waves').whereNot('status', 'planned').orWhere('kind', 'baseline').orderBy([{ column: 'reference_date' }, { column: 'id' }])
    .select('id', 'code', 'label', 'kind', 'status', 'reference_date', 'sampling_rate');
  const series: SeriesWave[] = [];
  for (const wave of waves) {
    const links: Array<{ id: number }> = await database('waves_instrument_versions').where('waves_id', wave.id).select('instrument_versions_id as id');
    series.push({ ...wave, sampling_rate: Number(wave.sampling_rate), versionIds: links.map((link) => link.id) });
  }
  const live = (await loadIndicatorDefinitions(database)).find((candidate) => candidate.code === code);
  if (!live) throw new NotFoundError({ reason: `Indicateur « ${code} » introuvable.` });
  const inputs: TrendPointInput[] = [];
  let indicator = live;
  let previous: SeriesWave | undefined;
  for (const wave of series) {
    if (wave.kind === 'baseline') {
      const external: { estimate: number | string; se: number | string | null; n: number | null } | undefined = await database('external_estimates')
        .where({ wave: wave.id, indicator: live.id }).first('estimate', 'se', 'n');
      if (external) inputs.push({ wave: wave.code, kind: 'baseline', estimate: Number(external.estimate), se: external.se === null ? null : Number(external.se), n: external.n, comparable: true });
      continue;
    }
    const figures = await waveFigures(database, wave);
    const definition = figures.definitions.find((candidate) => candidate.code === code);
    if (!definition) continue;
    // The latest wave's definition (frozen at its lock) describes the series.
    indicator = definition;
    const [overall] = indicatorResults({ ...figures, definitions: [definition] }, { by: [], disclosure: true, today });
    // A wave whose questionnaire lacks the indicator's questions has no point in its series.
    if (!overall || ('applicable' in overall && overall.applicable === false)) continue;
    const estimate = 'estimate' in overall ? overall : null;
    const comparable = previous ? !(await definitionChanged(database, definition, previous, wave)) : true;
    inputs.push({ wave: wave.code, kind: 'wave', estimate: estimate?.estimate ?? null, se: estimate?.se ?? null, n: estimate?.n ?? null, comparable });
    previous = wave;
  }
  return { indicator, points: compareEstimates(inputs, { type: indicator.type }), waves: series };
}
