// From the /barometer answers and the label collections to what the panel draws: one gauge per
// dimension in the dimensions' order, one table row per indicator with its overall estimate.
import { formatEstimate, formatScore } from '../shared-app/format.ts';
import type { IndicatorResult, ScoreEntry, WaveScore } from '../shared-app/types.ts';

export interface DimensionLabel {
  readonly code: string;
  readonly label: string;
  readonly sort: number | null;
}

export interface IndicatorLabel {
  readonly code: string;
  readonly label: string;
  readonly type: 'proportion' | 'mean';
}

export interface Gauge {
  readonly code: string;
  readonly label: string;
  readonly score: number | null;
  readonly ciLow: number | null;
  readonly ciHigh: number | null;
}

/** What a table row shows: `suppressed` and `notApplicable` say why the figures are missing. */
export interface IndicatorCells {
  readonly code: string;
  readonly label: string;
  readonly estimate: string;
  readonly interval: string;
  readonly n: string;
  readonly suppressed: boolean;
  readonly notApplicable: boolean;
}

export type ScoreSource = WaveScore['source'];

export function toGauge(entry: ScoreEntry, label: string): Gauge {
  return { code: entry.code, label, score: entry.score, ciLow: entry.ci_low, ciHigh: entry.ci_high };
}

/** The dimension gauges ordered as the `dimensions` collection sorts them; an unknown code keeps its place at the end. */
export function dimensionGauges(entries: readonly ScoreEntry[], labels: readonly DimensionLabel[]): Gauge[] {
  const byCode = new Map(labels.map((label) => [label.code, label]));
  const rank = (code: string): number => byCode.get(code)?.sort ?? Number.POSITIVE_INFINITY;
  return [...entries]
    .sort((a, b) => rank(a.code) - rank(b.code))
    .map((entry) => toGauge(entry, byCode.get(entry.code)?.label ?? entry.code));
}

/** `55,1 – 69,4`, in the unit of the estimate. */
export function formatInterval(
  low: number | undefined,
  high: number | undefined,
  type: IndicatorLabel['type'],
): string {
  if (low === undefined || high === undefined) return '—';
  return `${formatEstimate(low, type)} – ${formatEstimate(high, type)}`;
}

/** The score interval of a gauge, `55,1 – 69,4`. */
export function scoreInterval(gauge: Gauge): string {
  if (gauge.ciLow === null || gauge.ciHigh === null) return '—';
  return `${formatScore(gauge.ciLow)} – ${formatScore(gauge.ciHigh)}`;
}

/**
 * One row per indicator, in the order of `labels`, from the whole-wave results (`domain` empty); an
 * indicator the wave has no result for reads as not applicable rather than disappearing.
 */
export function indicatorRows(
  results: readonly IndicatorResult[],
  labels: readonly IndicatorLabel[],
): IndicatorCells[] {
  const overall = new Map(
    results
      .filter((result) => !result.domain || Object.keys(result.domain).length === 0)
      .map((result) => [result.indicator, result]),
  );
  return labels.map((label) => ({
    code: label.code,
    label: label.label,
    ...cells(overall.get(label.code), label.type),
  }));
}

function cells(
  result: IndicatorResult | undefined,
  type: IndicatorLabel['type'],
): Omit<IndicatorCells, 'code' | 'label'> {
  const missing = { interval: '—', n: '—', suppressed: false, notApplicable: false };
  if (!result || result.applicable === false) return { ...missing, estimate: 'n. a.', notApplicable: true };
  const n = result.n === undefined ? '—' : COUNT.format(result.n);
  if (result.suppressed) return { ...missing, estimate: 's', interval: 's', n, suppressed: true };
  return {
    ...missing,
    estimate: formatEstimate(result.estimate, type),
    interval: formatInterval(result.ci_low, result.ci_high, type),
    n,
  };
}

const COUNT = new Intl.NumberFormat('fr-FR');
