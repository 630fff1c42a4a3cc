// The barometer report's model for one wave, read from the database with the same figures the
// endpoints serve: a locked wave's frozen definitions and data, disclosure control always on, trends
// cut at this wave. Everything that could vary between two builds is fixed here: the creation date
// comes from the wave (never the clock) and every list has a stable order.
import { followupFigures } from '../followups/followups.ts';
import type { Knex } from 'knex';
import { pointInterval, scoresComparable } from '../../../../../core/indicators/index.ts';
import type {
  IndicatorResult as EngineResult,
  TrendChange as EngineChange,
  WaveScore,
} from '../../../../../core/indicators/index.ts';
import type {
  Breakdown,
  Dimension,
  DimensionScore,
  Indicator,
  IndicatorResult,
  IndicatorTrend,
  NotApplicableResult,
  Priority,
  Recommendation,
  ReportModel,
  ScoreChange,
  ScoreValue,
  TrendChange,
  TrendPoint,
} from '../../../../../core/report/index.ts';
import { isProvisional } from '../../../../../core/report/provisional.ts';
import { executiveSummary } from '../../../../../core/report/words.ts';
import { isClosed } from '../../../../../core/waves/index.ts';
import { DEFAULT_DISCLOSURE_THRESHOLD, estimateChange } from '../../../../../core/stats/index.ts';
import { isoDay, isoTimestamp } from '../db/db-values.ts';
import { ConflictError, NotFoundError } from '../http/errors.ts';
import {
  attritionFigures,
  frameFigures,
  instrumentInfo,
  methodNotes,
  responseFigures,
  truthy,
} from './report-methodology.ts';
import { dataQuality } from './report-quality.ts';
import { waveCompliance } from '../figures/compliance.ts';
import { addresseeOf, followUpsAsOf, recommendationIndicators } from './recommendation-follow-ups.ts';
import { arabicSummary } from './report-summary-ar.ts';
import { withQuestionWording } from './report-wording.ts';
import { cachedWave, comparedWave, indicatorTrend, trendCache, type TrendCache } from '../figures/trend.ts';
import { previousWave } from '../db/wave-order.ts';
import type { StoredIndicator, WaveRecord } from '../db/wave-data.ts';
import { indicatorTables, waveScore, type WaveFigures } from '../figures/wave-figures.ts';

export const ORGANISATION = {
  acronym: 'OMP',
  name: 'Observatoire Marocain des Prisons',
  nameAr: 'المرصد المغربي للسجون',
} as const;
export const REPORT_TITLE = {
  fr: 'Baromètre de la réinsertion des mineurs détenus',
  ar: 'بارومتر إعادة إدماج الأحداث المحتجزين في المغرب',
} as const;

const CONFIDENCE_LEVEL = 0.95;
const BREAKDOWN_VARIABLES = ['SEX', 'establishment_type', 'region'] as const;

export interface WaveDetails {
  referenceDate: string;
  fieldworkStart: string | null;
  fieldworkEnd: string | null;
  lockedAt: string | null;
  publishedAt: string | null;
}

export async function waveDetails(database: Knex, wave: WaveRecord): Promise<WaveDetails> {
  const row: Record<string, unknown> | undefined = await database('waves')
    .where('id', wave.id)
    .first('reference_date', 'fieldwork_start', 'fieldwork_end', 'locked_at', 'published_at');
  return {
    referenceDate: isoDay(row?.['reference_date']) ?? '1970-01-01',
    fieldworkStart: isoDay(row?.['fieldwork_start']),
    fieldworkEnd: isoDay(row?.['fieldwork_end']),
    lockedAt: isoTimestamp(row?.['locked_at']),
    publishedAt: isoTimestamp(row?.['published_at']),
  };
}

/**
 * The report's creation date: the lock (or publication) of a closed wave, so rebuilding a locked wave
 * gives the same bytes; the reference date of a wave still in the field.
 */
export function reportDate(wave: Pick<WaveRecord, 'status'>, details: WaveDetails): string {
  return (
    (isClosed(wave.status) ? (details.lockedAt ?? details.publishedAt) : null) ??
    `${details.referenceDate}T00:00:00.000Z`
  );
}

async function fieldworkPeriod(
  database: Knex,
  wave: WaveRecord,
  details: WaveDetails,
): Promise<{ start: string; end: string }> {
  if (details.fieldworkStart && details.fieldworkEnd)
    return { start: details.fieldworkStart, end: details.fieldworkEnd };
  const span: { first: unknown; last: unknown } | undefined = await database('interviews')
    .where('wave', wave.id)
    .whereNull('followup')
    .first(database.raw('min(interview_date) as first'), database.raw('max(interview_date) as last'));
  return {
    start: details.fieldworkStart ?? isoDay(span?.first) ?? details.referenceDate,
    end: details.fieldworkEnd ?? isoDay(span?.last) ?? details.referenceDate,
  };
}

function optional<K extends string>(key: K, value: number | null | undefined): Partial<Record<K, number>> {
  return value === null || value === undefined ? {} : ({ [key]: value } as Partial<Record<K, number>>);
}

function toModelResult(result: EngineResult): IndicatorResult | NotApplicableResult {
  if ('applicable' in result) return { indicator: result.indicator, applicable: false };
  if (result.suppressed) return { indicator: result.indicator, domain: result.domain, suppressed: true };
  return {
    indicator: result.indicator,
    domain: result.domain,
    ...optional('estimate', result.estimate),
    ...optional('se', result.se),
    ...optional('ci_low', result.ci_low),
    ...optional('ci_high', result.ci_high),
    n: result.n,
    population_estimate: result.population_estimate,
    ...optional('deff', result.deff),
    df: result.df,
    suppressed: false,
  };
}

interface IndicatorRules {
  target?: number;
  redLine: boolean;
}

/** Each indicator's rules (indicator_standards): the first target a rule sets, and whether any is an absolute prohibition. */
async function indicatorRules(database: Knex): Promise<Map<string, IndicatorRules>> {
  const rows: Array<{ code: string; target: unknown; absolute_prohibition: unknown }> = await database(
    'indicator_standards as l',
  )
    .join('indicators as i', 'i.id', 'l.indicator')
    .join('standard_rules as r', 'r.id', 'l.rule')
    .orderBy('l.id')
    .select('i.code', 'l.target', 'r.absolute_prohibition');
  const rules = new Map<string, IndicatorRules>();
  for (const row of rows) {
    const entry = rules.get(row.code) ?? { redLine: false };
    if (truthy(row.absolute_prohibition)) entry.redLine = true;
    if (
      entry.target === undefined &&
      row.target !== null &&
      row.target !== undefined &&
      Number.isFinite(Number(row.target))
    )
      entry.target = Number(row.target);
    rules.set(row.code, entry);
  }
  return rules;
}

function toIndicator(
  definition: StoredIndicator & { dimension: string },
  rules: IndicatorRules | undefined,
): Indicator {
  const { goalpost_low: low, goalpost_high: high } = definition;
  return {
    code: definition.code,
    label: definition.label || definition.code,
    ...(definition.label_ar ? { labelAr: definition.label_ar } : {}),
    ...(rules?.target === undefined ? {} : { target: rules.target }),
    ...(rules?.redLine ? { redLine: true } : {}),
    dimension: definition.dimension,
    type: definition.type,
    direction: definition.direction,
    standard: definition.standard ?? '',
    definition: { numerator: definition.numerator, denominator: definition.denominator ?? '' },
    ...(low === null || low === undefined || high === null || high === undefined ? {} : { goalposts: { low, high } }),
  };
}

async function loadDimensions(database: Knex, used: ReadonlySet<string>): Promise<Dimension[]> {
  const rows: Array<{ code: string; label: string | null; label_ar: string | null; sort: number | null }> =
    await database('dimensions')
      .orderBy([{ column: 'sort' }, { column: 'code' }])
      .select('code', 'label', 'label_ar', 'sort');
  return rows
    .filter((row) => used.has(row.code))
    .map((row, position) => ({
      code: row.code,
      label: row.label ?? row.code,
      labelAr: row.label_ar ?? '',
      sort: row.sort ?? position,
    }));
}

async function establishmentTypeLabels(database: Knex): Promise<Map<string, string>> {
  const row: { options: unknown } | undefined = await database('directus_fields')
    .where({ collection: 'establishments', field: 'type' })
    .first('options');
  const options = typeof row?.options === 'string' ? (JSON.parse(row.options) as unknown) : row?.options;
  const choices =
    (options as { choices?: Array<{ text?: unknown; value?: unknown }> } | null | undefined)?.choices ?? [];
  return new Map(
    choices.flatMap((choice) =>
      typeof choice.value === 'string' && typeof choice.text === 'string' ? [[choice.value, choice.text] as const] : [],
    ),
  );
}

async function breakdowns(database: Knex, figures: WaveFigures): Promise<Breakdown[]> {
  const result: Breakdown[] = [];
  if (figures.data.knownCodes.has('SEX') && figures.data.versionIds.length > 0) {
    const choices: Array<{ value: string; label: string | null }> = await database('choices as c')
      .join('questions as q', 'q.id', 'c.question')
      .whereIn('q.instrument_version', figures.data.versionIds)
      .where('q.code', 'SEX')
      .orderBy([{ column: 'q.instrument_version' }, { column: 'c.sort' }, { column: 'c.id' }])
      .select('c.value', 'c.label');
    const categories = [
      ...new Map(choices.map((choice) => [String(choice.value), choice.label ?? String(choice.value)])).entries(),
    ];
    result.push({ variable: 'SEX', label: 'Sexe', categories: categories.map(([value, label]) => ({ value, label })) });
  }
  const labels = await establishmentTypeLabels(database);
  const order = [...labels.keys()];
  const rank = (type: string) => (order.includes(type) ? order.indexOf(type) : order.length);
  const types = [
    ...new Set(figures.data.frame.flatMap((entry) => (entry.establishment_type ? [entry.establishment_type] : []))),
  ].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'fr'));
  result.push({
    variable: 'establishment_type',
    label: "Type d'établissement",
    categories: types.map((type) => ({ value: type, label: labels.get(type) ?? type })),
  });
  const regions = [...new Set(figures.data.frame.flatMap((entry) => (entry.region ? [entry.region] : [])))].sort(
    (a, b) => a.localeCompare(b, 'fr'),
  );
  result.push({
    variable: 'region',
    label: 'Région',
    categories: regions.map((region) => ({ value: region, label: region })),
  });
  return result;
}

function scoreValue(entry: {
  score: number | null;
  se: number | null;
  ci_low: number | null;
  ci_high: number | null;
}): ScoreValue | undefined {
  if (entry.score === null) return undefined;
  return {
    score: entry.score,
    se: entry.se ?? 0,
    ci_low: entry.ci_low ?? entry.score,
    ci_high: entry.ci_high ?? entry.score,
  };
}

interface Compared {
  readonly before: WaveScore;
  readonly from: string;
  readonly df: { readonly now: number; readonly before: number };
}

/** A change is tested only between closed waves: one still in the field gives `significant: null`. */
function scoreChange(
  now: ScoreValue,
  before: ScoreValue | undefined,
  compared: Compared,
  tested: boolean,
): ScoreChange | undefined {
  if (!before) return undefined;
  const { df } = compared;
  const change = estimateChange(
    { estimate: before.score, se: before.se, df: df.before },
    { estimate: now.score, se: now.se, df: df.now },
    { level: CONFIDENCE_LEVEL },
  );
  return { from: compared.from, delta: change.change, significant: tested ? change.significant : null };
}

/** The score's change only where both waves' composites are made of the same, complete indicators. */
function modelScore(
  score: WaveScore,
  before: WaveScore | undefined,
  from: string | undefined,
  tested: boolean,
): ReportModel['score'] {
  const overall = scoreValue(score.overall);
  if (!overall)
    throw new ConflictError({
      reason:
        'Le score du baromètre ne peut pas être calculé pour cette vague : aucun indicateur n’a de valeur. Le rapport attend des entretiens.',
    });
  const compared: Compared | undefined =
    before && from !== undefined && scoresComparable(before, score)
      ? { before, from, df: { now: score.df, before: before.df } }
      : undefined;
  const overallChange = compared
    ? scoreChange(overall, scoreValue(compared.before.overall), compared, tested)
    : undefined;
  const dimensions = score.dimensions.flatMap((entry): DimensionScore[] => {
    const value = scoreValue(entry);
    if (!value) return [];
    const earlier = compared?.before.dimensions.find((candidate) => candidate.code === entry.code);
    const change = compared && earlier ? scoreChange(value, scoreValue(earlier), compared, tested) : undefined;
    return [{ dimension: entry.code, ...value, ...(change ? { change } : {}) }];
  });
  return { overall: { ...overall, ...(overallChange ? { change: overallChange } : {}) }, dimensions };
}

function toChange(change: EngineChange | null, from: string | undefined, tested: boolean): TrendChange | undefined {
  if (!change || from === undefined) return undefined;
  // The trend engine may mark a change involving an open wave itself (`provisional`, `significant: null`).
  const engineSays = change as { provisional?: boolean; significant: boolean | null };
  const untested = !tested || engineSays.provisional === true || engineSays.significant === null;
  const verdict = (significant: boolean | null) =>
    untested ? { significant: null, provisional: true } : { significant };
  if (!change.comparable) return { from, comparable: false, ...verdict(false) };
  if (change.se === null) return { from, comparable: true, ...verdict(false), estimate: change.change };
  return {
    from,
    comparable: true,
    ...verdict(change.significant),
    estimate: change.change,
    se: change.se,
    ci_low: change.ci_low,
    ci_high: change.ci_high,
  };
}

async function indicatorSeries(
  database: Knex,
  wave: WaveRecord,
  indicator: Indicator,
  cache: TrendCache,
): Promise<IndicatorTrend | undefined> {
  let trend: Awaited<ReturnType<typeof indicatorTrend>>;
  try {
    trend = await indicatorTrend(database, indicator.code, cache);
  } catch (error) {
    // An indicator deleted since the lock has no live definition to follow: the report shows it without a trend.
    if (error instanceof NotFoundError) return undefined;
    throw error;
  }
  const reference = new Map(trend.waves.map((entry) => [entry.code, entry]));
  const position = trend.points.findIndex((point) => point.wave === wave.code);
  const myDate = isoDay(wave.reference_date) ?? '';
  const points =
    position >= 0
      ? trend.points.slice(0, position + 1)
      : trend.points.filter((point) => (isoDay(reference.get(point.wave)?.reference_date) ?? '') <= myDate);
  const series: TrendPoint[] = [];
  for (const point of points) {
    const label = reference.get(point.wave)?.label ?? point.wave;
    const base = { wave: point.wave, label, kind: point.kind };
    if (point.kind === 'baseline') {
      series.push({
        ...base,
        ...(point.estimate === null
          ? {}
          : { estimate: point.estimate, ...pointInterval(point, point.estimate, indicator.type) }),
      });
      continue;
    }
    const pointWave = reference.get(point.wave);
    const result = pointWave ? (await cachedWave(database, cache, pointWave)).results.get(indicator.code) : undefined;
    if (result && 'suppressed' in result && result.suppressed) series.push({ ...base, suppressed: true });
    else if (point.estimate === null) series.push(base);
    else {
      const interval = result && !('applicable' in result) && !result.suppressed ? result : undefined;
      series.push({
        ...base,
        estimate: point.estimate,
        ...optional('ci_low', interval?.ci_low),
        ...optional('ci_high', interval?.ci_high),
      });
    }
  }
  const last = position >= 0 ? points.at(-1) : undefined;
  const previous = position > 0 ? points[position - 1] : undefined;
  const baseline = points.find((point) => point.kind === 'baseline');
  // Tested only when this wave and the one compared are closed (the baseline is published).
  const closed = (code: string | undefined) =>
    code !== undefined && !isProvisional({ status: reference.get(code)?.status ?? 'open' });
  const mineClosed = !isProvisional(wave);
  const fromPrevious = last
    ? toChange(
        last.change_from_previous,
        previous?.wave,
        mineClosed && (previous?.kind === 'baseline' || closed(previous?.wave)),
      )
    : undefined;
  const fromBaseline =
    last && baseline !== last ? toChange(last.change_from_baseline, baseline?.wave, mineClosed) : undefined;
  return {
    indicator: indicator.code,
    series,
    ...(fromPrevious ? { changeFromPrevious: fromPrevious } : {}),
    ...(fromBaseline ? { changeFromBaseline: fromBaseline } : {}),
  };
}

async function loadRecommendations(database: Knex, wave: WaveRecord): Promise<Recommendation[]> {
  const rows: Array<{
    id: number;
    text: string | null;
    text_ar: string | null;
    standard: string | null;
    priority: string | null;
    institution: string | null;
    addressee: string | null;
    dimension: string | null;
  }> = await database('recommendations as r')
    .leftJoin('dimensions as d', 'd.id', 'r.dimension')
    .leftJoin('institutions as n', 'n.id', 'r.institution')
    .where((builder) => builder.where('r.wave', wave.id).orWhereNull('r.wave'))
    .orderBy([{ column: 'd.sort' }, { column: 'r.sort' }, { column: 'r.id' }])
    .select(
      'r.id',
      'r.text',
      'r.text_ar',
      'r.standard',
      'r.priority',
      'n.name as institution',
      'r.addressee',
      'd.code as dimension',
    );
  const priorities: readonly Priority[] = ['high', 'medium', 'low'];
  const indicators = await recommendationIndicators(database);
  return rows
    .filter((row) => (row.text ?? '').trim() !== '')
    .map((row) => ({
      text: (row.text ?? '').trim(),
      ...((row.text_ar ?? '').trim() === '' ? {} : { textAr: (row.text_ar ?? '').trim() }),
      dimension: row.dimension ?? '',
      standard: row.standard ?? '',
      priority: priorities.find((priority) => priority === row.priority) ?? 'medium',
      addressee: addresseeOf(row.institution ?? '', (row.addressee ?? '').trim()),
      indicators: indicators.get(row.id) ?? [],
    }));
}

export async function buildReportModel(database: Knex, wave: WaveRecord): Promise<ReportModel> {
  const details = await waveDetails(database, wave);
  const generatedAt = reportDate(wave, details);
  const today = generatedAt.slice(0, 10);
  // One load per wave for the whole report: the trends, the score's comparison and this wave's tables;
  // the trends stop at this wave, so no later wave is loaded.
  const cache = trendCache(today, wave);
  const { figures } = await cachedWave(database, cache, wave);
  const definitions = figures.definitions.filter((definition): definition is StoredIndicator & { dimension: string } =>
    Boolean(definition.dimension),
  );
  const rules = await indicatorRules(database);
  const indicators = await withQuestionWording(
    database,
    figures.data.versionIds,
    definitions.map((definition) => toIndicator(definition, rules.get(definition.code))),
  );
  const dimensions = await loadDimensions(database, new Set(indicators.map((indicator) => indicator.dimension)));
  const scoped: WaveFigures = { ...figures, definitions };

  const modelBreakdowns = await breakdowns(database, figures);
  const tables = [
    [],
    ...BREAKDOWN_VARIABLES.filter((variable) =>
      modelBreakdowns.some((breakdown) => breakdown.variable === variable),
    ).map((variable) => [variable]),
  ];
  const [overallResults = [], ...byVariable] = await indicatorTables(scoped, tables, { disclosure: true, today });
  const domainResults = byVariable.flatMap((results) =>
    results.filter((result) => 'domain' in result && Object.keys(result.domain).length > 0),
  );

  const previous = await previousWave(database, wave);
  const previousFigures = previous ? (await comparedWave(database, cache, previous))?.figures : undefined;
  const engineScore = await waveScore(scoped);
  const tested = !isProvisional(wave) && (!previous || !isProvisional(previous));
  const score = modelScore(
    engineScore,
    previousFigures ? await waveScore(previousFigures) : undefined,
    previous?.code,
    tested,
  );
  const notes = methodNotes(engineScore, isProvisional(wave));

  const trends: IndicatorTrend[] = [];
  for (const indicator of indicators) {
    const trend = await indicatorSeries(database, wave, indicator, cache);
    if (trend) trends.push(trend);
  }

  const frame = await frameFigures(database, wave);
  const model: Omit<ReportModel, 'summaryAr'> = {
    generatedAt,
    organisation: ORGANISATION,
    title: REPORT_TITLE,
    wave: {
      code: wave.code,
      label: wave.label,
      kind: wave.kind,
      status: wave.status,
      referenceDate: details.referenceDate,
      fieldwork: await fieldworkPeriod(database, wave, details),
      samplingRate: wave.sampling_rate,
    },
    score,
    dimensions,
    indicators,
    results: [...overallResults, ...domainResults].map(toModelResult),
    breakdowns: modelBreakdowns,
    trends,
    methodology: {
      ...frame,
      response: await responseFigures(database, wave),
      ...(await attritionFigures(database, wave, previous, today).then((attrition) =>
        attrition ? { attrition } : {},
      )),
      suppressionThreshold: DEFAULT_DISCLOSURE_THRESHOLD,
      confidenceLevel: CONFIDENCE_LEVEL,
      instrument: await instrumentInfo(database, wave, previous, figures.definitions),
      methodNotes: notes.fr,
    },
    recommendations: await loadRecommendations(database, wave),
    dataQuality: await dataQuality(database, wave, today),
    ...(await followupFigures(database, wave.id).then((followup) => (followup ? { followup } : {}))),
    followUps: await followUpsAsOf(database, wave),
    compliance: await waveCompliance(database, wave, cache),
  };
  const base = { ...model, summaryAr: [...arabicSummary(model, previous), ...notes.ar] };
  return { ...base, summaryAr: [...base.summaryAr, ...executiveSummary(base).ar] };
}
