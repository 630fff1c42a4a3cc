import type { Design } from './design.ts';
import { jackknifeScales, jackknifeVariance, replicateMeans } from './jackknife.ts';

/**
 * The barometer score of a wave (contract, "HTTP endpoints"; oracle README, "The barometer score"):
 * - indicator score: its domain mean x̂ on 0-100 by its goalposts, s = 100 (x̂ - low) / (high - low)
 *   (100 - that when lower is better), kept inside [0, 100] (a value beyond a goalpost scores like
 *   the goalpost, as in the Human Development Index);
 * - dimension score: mean of its indicators' scores; overall: mean of the dimension scores;
 * - standard errors: stratified jackknife (`jackknife.ts`, R `withReplicates` on the JKn replicates),
 *   every indicator recomputed in its own denominator in each replicate, the same formulas applied to
 *   the replicate values;
 * - intervals: score ± 1.96 se, clipped to [0, 100]: the public contract fixes 1.96, which outside
 *   checks rely on. Issue 14 asks for Student t on the design's df (n − H); at W1's df of about 230 the
 *   two differ by 0.3 % of the half-width. The df is published beside the score so a reader can widen
 *   the interval; no interval below 1 df.
 * An indicator with no unit in its denominator has no score and is left out of its dimension; a
 * dimension left without indicators is left out of the overall score.
 */

export interface ScoreIndicator {
  readonly code: string;
  readonly dimension: string;
  /** One entry per unit of the design; null = outside the indicator's denominator. */
  readonly values: readonly (number | null)[];
  /** The values scored 0 and 100 (reversed when lower is better): 0 and 1 for a proportion. */
  readonly goalposts: { readonly low: number; readonly high: number };
  readonly direction: 'higher_is_better' | 'lower_is_better';
}

export interface ScoreEntry {
  readonly code: string;
  readonly score: number | null;
  readonly se: number | null;
  readonly ci_low: number | null;
  readonly ci_high: number | null;
}

export interface BarometerScore {
  readonly overall: ScoreEntry;
  readonly dimensions: readonly ScoreEntry[];
  readonly indicators: readonly ScoreEntry[];
}

const CONTRACT_CRITICAL = 1.96;
const OVERALL = 'overall';

interface Accumulator {
  readonly code: string;
  full: number;
  members: number;
  readonly replicates: Float64Array;
}

function normaliser(indicator: ScoreIndicator): (value: number) => number {
  const { low, high } = indicator.goalposts;
  if (!(high > low)) throw new RangeError(`indicator ${indicator.code}: goalpost high must exceed low`);
  const reversed = indicator.direction === 'lower_is_better';
  return (value) => {
    const score = (100 * (value - low)) / (high - low);
    return Math.min(100, Math.max(0, reversed ? 100 - score : score));
  };
}

/** The contract's critical value; null without degrees of freedom. */
function scoreCritical(design: Design): number | null {
  return design.size - design.strata.length >= 1 ? CONTRACT_CRITICAL : null;
}

function entry(
  code: string,
  score: number,
  replicates: Float64Array,
  scales: Float64Array,
  critical: number | null,
): ScoreEntry {
  const se = Math.sqrt(jackknifeVariance(replicates, scales));
  return {
    code,
    score,
    se,
    ci_low: critical === null ? null : Math.max(0, score - critical * se),
    ci_high: critical === null ? null : Math.min(100, score + critical * se),
  };
}

function missing(code: string): ScoreEntry {
  return { code, score: null, se: null, ci_low: null, ci_high: null };
}

function accumulator(code: string, size: number): Accumulator {
  return { code, full: 0, members: 0, replicates: new Float64Array(size) };
}

function add(target: Accumulator, full: number, replicates: Float64Array): void {
  target.full += full;
  target.members++;
  for (let r = 0; r < replicates.length; r++) target.replicates[r] = (target.replicates[r] ?? 0) + (replicates[r] ?? 0);
}

interface Averaged {
  readonly entry: ScoreEntry;
  readonly score: number;
  readonly replicates: Float64Array;
}

/** The mean of the members' scores and replicates; null when there were no members. */
function averaged(target: Accumulator, scales: Float64Array, critical: number | null): Averaged | null {
  if (target.members === 0) return null;
  const score = target.full / target.members;
  const replicates = target.replicates.map((sum) => sum / target.members);
  return { entry: entry(target.code, score, replicates, scales, critical), score, replicates };
}

export function barometerScore(design: Design, indicators: readonly ScoreIndicator[]): BarometerScore {
  const scales = jackknifeScales(design);
  const critical = scoreCritical(design);
  const buffer = new Float64Array(design.size);
  const dimensions = new Map<string, Accumulator>();
  const indicatorEntries = indicators.map((indicator) => {
    const normalise = normaliser(indicator);
    let dimension = dimensions.get(indicator.dimension);
    if (dimension === undefined) {
      dimension = accumulator(indicator.dimension, design.size);
      dimensions.set(indicator.dimension, dimension);
    }
    const estimate = replicateMeans(design, indicator.values, buffer);
    if (Number.isNaN(estimate)) return missing(indicator.code);
    for (let r = 0; r < buffer.length; r++) buffer[r] = normalise(buffer[r] ?? Number.NaN);
    const score = normalise(estimate);
    add(dimension, score, buffer);
    return entry(indicator.code, score, buffer, scales, critical);
  });
  const overall = accumulator(OVERALL, design.size);
  const dimensionEntries = [...dimensions.values()].map((dimension) => {
    const result = averaged(dimension, scales, critical);
    if (result === null) return missing(dimension.code);
    add(overall, result.score, result.replicates);
    return result.entry;
  });
  return {
    overall: averaged(overall, scales, critical)?.entry ?? missing(OVERALL),
    dimensions: dimensionEntries,
    indicators: indicatorEntries,
  };
}
