import { mulberry32 } from '../random/index.ts';

/**
 * The barometer score's own uncertainty: how far the modelling choices move it, beside the sampling
 * error of barometer-score.ts. The uncertainty and sensitivity analysis of the OECD/JRC Handbook on
 * Constructing Composite Indicators (2008, steps 7 and 8; Saisana, Saltelli & Tarantola 2005, JRSS A
 * 168, 307-323), on the wave's indicator estimates:
 *
 * - weights: the dimension weights drawn uniformly on the simplex (Dirichlet(1, ..., 1)) instead of
 *   1/D each; indicators keep equal weights inside their dimension;
 * - aggregation: arithmetic means (the published score) or geometric means at both levels, the
 *   non-compensatory alternative; scores are floored at 1 point for the geometric mean, whose log of
 *   0 does not exist (the Handbook's rescaling to [1, 100]);
 * - goalposts: each goalpost moved by up to ±10 % of the indicator's range, uniformly;
 * - leave one dimension out: the score without each dimension in turn.
 *
 * The Monte-Carlo draws all three random choices together (`runs` draws from mulberry32(`seed`), so the
 * same wave gives the same figures): `interval` is the 5th to 95th percentile of the score over them.
 * One factor at a time gives the ranges of each choice alone (`weights`, `goalposts`, `geometric`,
 * `leave_one_out`).
 *
 * The effective weight of each indicator: its nominal weight (1/D) (1/k_d), k_d the indicators of its
 * dimension, and its contribution, nominal weight × score / overall score, the share of the
 * published score it carries (one wave gives one value per indicator, so the Handbook's correlation-based
 * measure across units does not apply).
 */

export interface UncertaintyIndicator {
  readonly code: string;
  readonly dimension: string;
  /** The indicator's estimate on its own scale (a proportion in [0, 1], a mean). */
  readonly estimate: number;
  readonly goalposts: { readonly low: number; readonly high: number };
  readonly direction: 'higher_is_better' | 'lower_is_better';
}

export interface Range {
  readonly low: number;
  readonly high: number;
}

export interface ScoreUncertainty {
  readonly runs: number;
  readonly seed: number;
  /** Equal weights, arithmetic means, the goalposts as defined: the published score. */
  readonly published: number;
  /** 5th and 95th percentiles over the Monte-Carlo of all choices together. */
  readonly interval: Range;
  readonly median: number;
  /** Random dimension weights alone: 5th and 95th percentiles. */
  readonly weights: Range;
  /** Geometric means at both levels, equal weights. */
  readonly geometric: number;
  /** Goalposts moved alone: 5th and 95th percentiles. */
  readonly goalposts: Range;
  readonly leave_one_out: readonly { readonly dimension: string; readonly score: number }[];
  readonly effective_weights: readonly {
    readonly indicator: string;
    readonly nominal: number;
    readonly contribution: number;
  }[];
}

export interface UncertaintyOptions {
  readonly runs?: number;
  readonly seed?: number;
}

const GOALPOST_SHIFT = 0.1;
const GEOMETRIC_FLOOR = 1;
const DEFAULT_RUNS = 2000;
const DEFAULT_SEED = 20080101;

type Aggregation = 'arithmetic' | 'geometric';

interface Choice {
  readonly weights: readonly number[];
  readonly aggregation: Aggregation;
  /** Per indicator, [low, high]. */
  readonly goalposts: readonly (readonly [number, number])[];
}

function indicatorScore(indicator: UncertaintyIndicator, [low, high]: readonly [number, number]): number {
  const score = (100 * (indicator.estimate - low)) / (high - low);
  return Math.min(100, Math.max(0, indicator.direction === 'lower_is_better' ? 100 - score : score));
}

function mean(values: readonly number[], weights: readonly number[], aggregation: Aggregation): number {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  if (aggregation === 'arithmetic') return values.reduce((sum, value, i) => sum + (weights[i] ?? 0) * value, 0) / total;
  return Math.exp(
    values.reduce((sum, value, i) => sum + (weights[i] ?? 0) * Math.log(Math.max(GEOMETRIC_FLOOR, value)), 0) / total,
  );
}

function percentile(sorted: readonly number[], p: number): number {
  // R's quantile type 7.
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const lower = sorted[below] ?? Number.NaN;
  const upper = sorted[Math.min(sorted.length - 1, below + 1)] ?? lower;
  return lower + (position - below) * (upper - lower);
}

function spread(values: number[]): Range {
  values.sort((a, b) => a - b);
  return { low: percentile(values, 0.05), high: percentile(values, 0.95) };
}

/**
 * Throws a RangeError on an indicator with goalposts that do not increase, or no indicators: the
 * caller gives only the indicators with a score.
 */
export function scoreUncertainty(
  indicators: readonly UncertaintyIndicator[],
  options: UncertaintyOptions = {},
): ScoreUncertainty {
  if (indicators.length === 0) throw new RangeError('score uncertainty needs at least one indicator');
  const runs = options.runs ?? DEFAULT_RUNS;
  const seed = options.seed ?? DEFAULT_SEED;
  const dimensions = [...new Set(indicators.map((indicator) => indicator.dimension))];
  const members = dimensions.map((dimension) =>
    indicators.flatMap((indicator, i) => (indicator.dimension === dimension ? [i] : [])),
  );
  const defined = indicators.map((indicator): readonly [number, number] => {
    const { low, high } = indicator.goalposts;
    if (!(high > low)) throw new RangeError(`indicator ${indicator.code}: goalpost high must exceed low`);
    return [low, high];
  });
  const equal = dimensions.map(() => 1);

  const overall = (choice: Choice, keep: (d: number) => boolean = () => true): number => {
    const scores = indicators.map((indicator, i) => indicatorScore(indicator, choice.goalposts[i] ?? [0, 1]));
    const kept = dimensions.flatMap((_, d) => (keep(d) ? [d] : []));
    const dimensionScores = kept.map((d) => {
      const list = members[d] ?? [];
      return mean(
        list.map((i) => scores[i] ?? 0),
        list.map(() => 1),
        choice.aggregation,
      );
    });
    return mean(
      dimensionScores,
      kept.map((d) => choice.weights[d] ?? 0),
      choice.aggregation,
    );
  };

  const random = mulberry32(seed);
  const dirichlet = (): number[] => {
    const draws = dimensions.map(() => -Math.log(1 - random()));
    const total = draws.reduce((sum, draw) => sum + draw, 0);
    return draws.map((draw) => draw / total);
  };
  const shifted = (): (readonly [number, number])[] =>
    defined.map(([low, high]) => {
      const range = high - low;
      return [
        low + (2 * random() - 1) * GOALPOST_SHIFT * range,
        high + (2 * random() - 1) * GOALPOST_SHIFT * range,
      ] as const;
    });

  const base: Choice = { weights: equal, aggregation: 'arithmetic', goalposts: defined };
  const published = overall(base);
  const all: number[] = [];
  const byWeights: number[] = [];
  const byGoalposts: number[] = [];
  for (let run = 0; run < runs; run++) {
    all.push(
      overall({ weights: dirichlet(), aggregation: random() < 0.5 ? 'arithmetic' : 'geometric', goalposts: shifted() }),
    );
    byWeights.push(overall({ ...base, weights: dirichlet() }));
    byGoalposts.push(overall({ ...base, goalposts: shifted() }));
  }
  const sorted = [...all].sort((a, b) => a - b);
  const scores = indicators.map((indicator, i) => indicatorScore(indicator, defined[i] ?? [0, 1]));
  return {
    runs,
    seed,
    published,
    interval: { low: percentile(sorted, 0.05), high: percentile(sorted, 0.95) },
    median: percentile(sorted, 0.5),
    weights: spread(byWeights),
    geometric: overall({ ...base, aggregation: 'geometric' }),
    goalposts: spread(byGoalposts),
    leave_one_out:
      dimensions.length < 2
        ? []
        : dimensions.map((dimension, d) => ({ dimension, score: overall(base, (other) => other !== d) })),
    effective_weights: indicators.map((indicator, i) => {
      const d = dimensions.indexOf(indicator.dimension);
      const nominal = 1 / dimensions.length / (members[d]?.length ?? 1);
      return {
        indicator: indicator.code,
        nominal,
        contribution: published > 0 ? (nominal * (scores[i] ?? 0)) / published : 0,
      };
    }),
  };
}
