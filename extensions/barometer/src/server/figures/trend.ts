// An indicator across the baseline and every wave in the field or closed: its overall estimate in
// each, the change from the previous one and from the baseline, and whether a question it reads
// changed between the questionnaire versions (then the change is not comparable). A wave not locked
// is provisional: its coverage is given and no change involving it is declared significant.
import type { Knex } from 'knex';
import {
  compareEstimates,
  waveCoverage,
  type IndicatorResult,
  type TrendPoint,
  type TrendPointInput,
} from '../../../../../core/indicators/index.ts';
import { diffVersions, impactedIndicators } from '../../../../../core/questionnaire/index.ts';
import { isClosed, samplingRateOf } from '../../../../../core/waves/index.ts';
import { NotFoundError, ValidationError } from '../http/errors.ts';
import { isoDay } from '../db/db-values.ts';
import { questionnaireOf } from '../db/version-cache.ts';
import { loadIndicatorDefinitions, type StoredIndicator, type WaveRecord } from '../db/wave-data.ts';
import { indicatorResults, waveFigures, type WaveFigures } from './wave-figures.ts';

interface SeriesWave extends WaveRecord {
  versionIds: number[];
}

export interface WaveOverall {
  figures: WaveFigures;
  /** Every indicator's overall result, computed once for the whole series. */
  results: Map<string, IndicatorResult>;
}

/**
 * What a request reads once however many indicators it follows: the series of waves, and per wave its
 * interviews, figures and overall results. A report over 20 indicators loads each wave once, not 20 times.
 */
export interface TrendCache {
  readonly today: string;
  /**
   * The wave a series stops at (a report's): the waves after it are neither loaded nor computed, so a
   * locked wave's report does not wait for the disclosure pattern of a wave still in the field.
   */
  readonly until?: Pick<WaveRecord, 'code' | 'reference_date'>;
  series?: Promise<SeriesWave[]>;
  readonly waves: Map<number, Promise<WaveOverall>>;
}

export function trendCache(today: string, until?: TrendCache['until']): TrendCache {
  return { today, waves: new Map(), ...(until ? { until } : {}) };
}

/** The series cut after `until`: the waves up to it in the series' order, or up to its date when it is not in it. */
function seriesUntil(series: SeriesWave[], until: TrendCache['until']): SeriesWave[] {
  if (!until) return series;
  const position = series.findIndex((wave) => wave.code === until.code);
  if (position >= 0) return series.slice(0, position + 1);
  const last = isoDay(until.reference_date) ?? '';
  return series.filter((wave) => (isoDay(wave.reference_date) ?? '') <= last);
}

async function loadSeries(database: Knex): Promise<SeriesWave[]> {
  const waves: WaveRecord[] = await database('waves')
    .whereNot('status', 'planned')
    .orWhere('kind', 'baseline')
    .orderBy([{ column: 'reference_date' }, { column: 'id' }])
    .select('id', 'code', 'label', 'kind', 'status', 'reference_date', 'sampling_rate');
  const links: Array<{ wave: number; id: number }> = await database('waves_instrument_versions')
    .whereIn(
      'waves_id',
      waves.map((wave) => wave.id),
    )
    .orderBy('id')
    .select('waves_id as wave', 'instrument_versions_id as id');
  return waves.map((wave) => ({
    ...wave,
    sampling_rate: samplingRateOf(wave.sampling_rate),
    versionIds: links.filter((link) => link.wave === wave.id).map((link) => link.id),
  }));
}

/** A wave's figures and overall results through the cache: loaded on first use only. */
export function cachedWave(database: Knex, cache: TrendCache, wave: WaveRecord): Promise<WaveOverall> {
  let known = cache.waves.get(wave.id);
  if (!known) {
    known = waveFigures(database, wave).then(async (figures) => ({
      figures,
      results: new Map(
        (await indicatorResults(figures, { by: [], disclosure: true, today: cache.today })).map((result) => [
          result.indicator,
          result,
        ]),
      ),
    }));
    cache.waves.set(wave.id, known);
  }
  return known;
}

/**
 * Another wave as a comparison point: null when its data is one the design cannot take (its own figures
 * answer 422), so that one inconsistent wave does not make every other wave's trend and report fail.
 */
export function comparedWave(database: Knex, cache: TrendCache, wave: WaveRecord): Promise<WaveOverall | null> {
  return cachedWave(database, cache, wave).catch((error: unknown) => {
    if (error instanceof ValidationError) return null;
    throw error;
  });
}

async function definitionChanged(
  database: Knex,
  indicator: StoredIndicator,
  earlier: SeriesWave,
  later: SeriesWave,
): Promise<boolean> {
  const [before, after] = [earlier.versionIds[0], later.versionIds[0]];
  if (before === undefined || after === undefined || before === after) return false;
  const [a, b] = await Promise.all([questionnaireOf(database, before), questionnaireOf(database, after)]);
  if (!a || !b) return false;
  const { code, numerator, denominator } = indicator;
  return (
    impactedIndicators(diffVersions(a.questionnaire, b.questionnaire), [
      { code, numerator, denominator: denominator ?? null },
    ]).length > 0
  );
}

/** The wave's external estimate of the indicator as a point of its series, with no fieldwork coverage. */
async function externalPoint(database: Knex, wave: SeriesWave, indicator: number): Promise<TrendPointInput | null> {
  const external: { estimate: number | string; se: number | string | null; n: number | null } | undefined =
    await database('external_estimates').where({ wave: wave.id, indicator }).first('estimate', 'se', 'n');
  if (!external) return null;
  return {
    wave: wave.code,
    kind: wave.kind === 'baseline' ? 'baseline' : 'wave',
    estimate: Number(external.estimate),
    se: external.se === null ? null : Number(external.se),
    n: external.n,
    comparable: true,
  };
}

export async function indicatorTrend(
  database: Knex,
  code: string,
  cache: TrendCache,
): Promise<{ indicator: StoredIndicator; points: TrendPoint[]; waves: SeriesWave[] }> {
  cache.series ??= loadSeries(database).then((series) => seriesUntil(series, cache.until));
  const series = await cache.series;
  const live = (await loadIndicatorDefinitions(database)).find((candidate) => candidate.code === code);
  if (!live) throw new NotFoundError({ reason: `Indicateur « ${code} » introuvable.` });
  const inputs: TrendPointInput[] = [];
  let indicator = live;
  let previous: SeriesWave | undefined;
  for (const wave of series) {
    if (wave.kind === 'baseline') {
      const external = await externalPoint(database, wave, live.id);
      if (external) inputs.push(external);
      continue;
    }
    const loaded = await comparedWave(database, cache, wave);
    if (!loaded) continue;
    const { figures, results } = loaded;
    const definition = figures.definitions.find((candidate) => candidate.code === code);
    if (!definition) continue;
    // The latest wave's definition (frozen at its lock) describes the series.
    indicator = definition;
    const overall = results.get(code);
    // A wave whose questionnaire lacks the indicator's questions has no point in its series, unless an
    // administration gave the figure for it (detention rate, deaths in custody: no interview asks them).
    if (!overall || ('applicable' in overall && overall.applicable === false)) {
      const external = await externalPoint(database, wave, live.id);
      if (external) {
        inputs.push(external);
        previous = wave;
      }
      continue;
    }
    const estimate = 'estimate' in overall ? overall : null;
    const comparable = previous ? !(await definitionChanged(database, definition, previous, wave)) : true;
    const provisional = !isClosed(wave.status);
    inputs.push({
      wave: wave.code,
      kind: 'wave',
      estimate: estimate?.estimate ?? null,
      se: estimate?.se ?? null,
      n: estimate?.n ?? null,
      df: estimate?.df ?? null,
      comparable,
      provisional,
      ...(provisional ? { coverage: waveCoverage(figures.data.interviews, figures.data.frame) } : {}),
    });
    previous = wave;
  }
  return { indicator, points: compareEstimates(inputs, { type: indicator.type }), waves: series };
}
