import type {
  Dimension,
  Indicator,
  IndicatorResult,
  IndicatorTrend,
  NotApplicableResult,
  ReportModel,
} from './model.ts';

/** Indexes over a model, so sections look things up by code and always in the same order. */
export interface ReportIndex {
  readonly dimensions: readonly Dimension[];
  readonly indicatorsOf: (dimension: string) => readonly Indicator[];
  readonly indicator: (code: string) => Indicator | undefined;
  readonly dimension: (code: string) => Dimension | undefined;
  /** The result for one indicator and domain (`{}` for the wave overall). */
  readonly result: (indicator: string, domain?: Readonly<Record<string, string>>) => IndicatorResult | undefined;
  readonly applicable: (indicator: string) => boolean;
  readonly trend: (indicator: string) => IndicatorTrend | undefined;
  /** A wave's label as the trends name it, its code when no trend mentions it. */
  readonly waveLabel: (code: string) => string;
}

function domainKey(domain: Readonly<Record<string, string>>): string {
  return Object.keys(domain)
    .sort()
    .map((key) => `${key}=${domain[key] ?? ''}`)
    .join('&');
}

function isNotApplicable(result: IndicatorResult | NotApplicableResult): result is NotApplicableResult {
  return 'applicable' in result && result.applicable === false;
}

const byCode = (a: { code: string }, b: { code: string }): number => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

export function indexReport(model: ReportModel): ReportIndex {
  const dimensions = [...model.dimensions].sort((a, b) => a.sort - b.sort || byCode(a, b));
  const results = new Map<string, IndicatorResult>();
  const notApplicable = new Set<string>();
  for (const result of model.results) {
    if (isNotApplicable(result)) notApplicable.add(result.indicator);
    else results.set(`${result.indicator}|${domainKey(result.domain)}`, result);
  }
  const indicators = new Map(model.indicators.map((indicator) => [indicator.code, indicator]));
  const dimensionsByCode = new Map(dimensions.map((dimension) => [dimension.code, dimension]));
  const trends = new Map(model.trends.map((trend) => [trend.indicator, trend]));
  const waveLabels = new Map<string, string>([[model.wave.code, model.wave.label]]);
  for (const point of model.trends.flatMap((trend) => trend.series)) waveLabels.set(point.wave, point.label);
  const byDimension = new Map<string, Indicator[]>();
  // Keep the model's indicator order within a dimension: coordinators order indicators deliberately.
  for (const indicator of model.indicators) {
    const list = byDimension.get(indicator.dimension) ?? [];
    list.push(indicator);
    byDimension.set(indicator.dimension, list);
  }
  return {
    dimensions,
    indicatorsOf: (dimension) => byDimension.get(dimension) ?? [],
    indicator: (code) => indicators.get(code),
    dimension: (code) => dimensionsByCode.get(code),
    result: (indicator, domain = {}) => results.get(`${indicator}|${domainKey(domain)}`),
    applicable: (indicator) => !notApplicable.has(indicator),
    trend: (indicator) => trends.get(indicator),
    waveLabel: (code) => waveLabels.get(code) ?? code,
  };
}
