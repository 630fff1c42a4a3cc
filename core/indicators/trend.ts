import { CHANGE_METHOD, estimateChange, normalQuantile } from '../stats/index.ts';
import type { WaveKind } from '../waves/index.ts';
import type { FrameEntry, IndicatorType, InterviewRecord } from './types.ts';

/** How far a wave's fieldwork has gone: what a provisional point of a trend is based on. */
export interface WaveCoverage {
  readonly interviews: number;
  /** Minors of the establishments with at least one interview. */
  readonly minors_covered: number;
  /** Minors in the wave's frame. */
  readonly frame: number;
}

export function waveCoverage(interviews: readonly InterviewRecord[], frame: readonly FrameEntry[]): WaveCoverage {
  const visited = new Set(interviews.map((interview) => interview.establishment));
  let covered = 0;
  let total = 0;
  for (const entry of frame) {
    total += entry.population;
    if (visited.has(entry.establishment)) covered += entry.population;
  }
  return { interviews: interviews.length, minors_covered: covered, frame: total };
}

/** An indicator's overall estimate in one wave, as the trend endpoint collects it. */
export interface TrendPointInput {
  readonly wave: string;
  readonly kind: WaveKind;
  /** null when the indicator was not applicable or was suppressed in that wave. */
  readonly estimate: number | null;
  /** May be absent for a baseline taken from a published study. */
  readonly se?: number | null | undefined;
  /** Interviews in the denominator, used when se is absent. */
  readonly n?: number | null | undefined;
  /** Design degrees of freedom of a design-based estimate: the change's interval then uses Student t. */
  readonly df?: number | null | undefined;
  /**
   * True for a wave not yet locked: its estimate may still move, so no change involving it is
   * declared significant (`significant: null`). Absent or false for a locked wave and a baseline.
   */
  readonly provisional?: boolean | undefined;
  /** Set on a provisional wave. */
  readonly coverage?: WaveCoverage | undefined;
  /**
   * False when the indicator's definition changed since the previous point of the series (a question
   * it reads changed between the instrument versions). Ignored on the first point.
   */
  readonly comparable: boolean;
}

/**
 * Design-based: Var(Δ) = V₁ + V₂ − 2 Cov under the draw's panel design (core/stats/change-variance.ts),
 * Student t with Welch-Satterthwaite df. Approximate: a baseline without its design (normal quantile).
 */
export type ChangeMethod = typeof CHANGE_METHOD | 'independent samples, normal approximation';

export type TrendChange =
  | {
      readonly comparable: true;
      /** later - earlier, on the indicator's scale */
      readonly change: number;
      readonly se: number;
      readonly ci_low: number;
      readonly ci_high: number;
      /** null when a wave of the change is provisional: the interval is shown, no conclusion drawn. */
      readonly significant: boolean | null;
      /** Degrees of freedom of the interval's t; null for the normal quantile. */
      readonly df: number | null;
      readonly method: ChangeMethod;
      /** Set when a standard error had to be approximated. */
      readonly note?: string;
    }
  | {
      readonly comparable: true;
      readonly change: number;
      readonly se: null;
      readonly ci_low: null;
      readonly ci_high: null;
      /** Not assessed: one of the estimates has no standard error. */
      readonly significant: null;
      readonly method: ChangeMethod;
      readonly note: string;
    }
  | { readonly comparable: false };

export type TrendPoint = TrendPointInput & {
  /** null on the first point or when either estimate is missing. */
  readonly change_from_previous: TrendChange | null;
  /** null on the baseline itself, before it, without a baseline or when either estimate is missing. */
  readonly change_from_baseline: TrendChange | null;
};

export interface TrendOptions {
  readonly type: IndicatorType;
  /** Confidence level of the change's interval, 0.95 by default. */
  readonly level?: number | undefined;
}

type KnownError = { readonly se: number; readonly note?: string } | { readonly se: null; readonly note: string };

/**
 * The point's standard error. A baseline from a published study may give only the proportion and its
 * sample size: then sqrt(p(1-p)/n), the simple random sampling error, which ignores the design effect
 * and the finite population correction (said in the note). Without either, significance is not assessed.
 */
function standardError(
  point: Pick<TrendPointInput, 'wave' | 'se' | 'n'>,
  estimate: number,
  type: IndicatorType,
): KnownError {
  if (point.se !== null && point.se !== undefined && Number.isFinite(point.se) && point.se >= 0)
    return { se: point.se };
  const n = point.n;
  if (type === 'proportion' && n !== null && n !== undefined && n > 0 && estimate >= 0 && estimate <= 1) {
    return {
      se: Math.sqrt((estimate * (1 - estimate)) / n),
      note: `standard error of ${point.wave} approximated as sqrt(p(1-p)/n) with n = ${n} (simple random sampling, no design effect)`,
    };
  }
  return { se: null, note: `no standard error for ${point.wave}: significance not assessed` };
}

/**
 * A point's own 95% interval, as a trend chart draws it: estimate ± z₀.₉₇₅ × se, with the standard
 * error above (so a baseline that gives only p and n gets the simple random sampling one); a proportion's
 * is clipped to [0, 1]. Undefined without a standard error.
 */
export function pointInterval(
  point: Pick<TrendPointInput, 'wave' | 'se' | 'n'>,
  estimate: number,
  type: IndicatorType,
): { readonly ci_low: number; readonly ci_high: number } | undefined {
  const { se } = standardError(point, estimate, type);
  if (se === null) return undefined;
  const margin = normalQuantile(0.975) * se;
  return type === 'proportion'
    ? { ci_low: Math.max(0, estimate - margin), ci_high: Math.min(1, estimate + margin) }
    : { ci_low: estimate - margin, ci_high: estimate + margin };
}

function changeBetween(
  earlier: TrendPointInput,
  later: TrendPointInput,
  comparable: boolean,
  options: TrendOptions,
): TrendChange | null {
  if (!comparable) return { comparable: false };
  if (earlier.estimate === null || later.estimate === null) return null;
  const before = standardError(earlier, earlier.estimate, options.type);
  const after = standardError(later, later.estimate, options.type);
  const provisional = [earlier, later]
    .filter((point) => point.provisional === true)
    .map((point) => `${point.wave} is provisional (not locked): significance not assessed`);
  const notes = [before.note, after.note, ...provisional].filter((note) => note !== undefined).join('; ');
  const designBased = before.note === undefined && after.note === undefined && isDf(earlier.df) && isDf(later.df);
  const method: ChangeMethod = designBased ? CHANGE_METHOD : 'independent samples, normal approximation';
  if (before.se === null || after.se === null) {
    return {
      comparable: true,
      change: later.estimate - earlier.estimate,
      se: null,
      ci_low: null,
      ci_high: null,
      significant: null,
      method,
      note: notes,
    };
  }
  const change = estimateChange(
    { estimate: earlier.estimate, se: before.se, df: designBased ? (earlier.df ?? undefined) : undefined },
    { estimate: later.estimate, se: after.se, df: designBased ? (later.df ?? undefined) : undefined },
    options.level === undefined ? undefined : { level: options.level },
  );
  return {
    comparable: true,
    ...change,
    significant: provisional.length > 0 ? null : change.significant,
    method,
    ...(notes === '' ? {} : { note: notes }),
  };
}

const isDf = (df: number | null | undefined): df is number => df !== null && df !== undefined && df >= 1;

/**
 * Adds to each point of a series (oldest first) its change from the previous point and from the
 * baseline (the first point of kind `baseline`), with the standard error of core/stats estimateChange
 * (the panel design's, change-variance.ts). A change involving a provisional wave has
 * `significant: null`. A change spanning a point whose definition
 * changed is `{ comparable: false }`: the domain shows a trend only where the definition held.
 */
export function compareEstimates(series: readonly TrendPointInput[], options: TrendOptions): TrendPoint[] {
  const baseline = series.findIndex((point) => point.kind === 'baseline');
  // brokenUpTo[i]: index of the last point up to i whose definition changed (-1: none).
  const brokenUpTo: number[] = [];
  series.forEach((point, i) => {
    brokenUpTo.push(i > 0 && !point.comparable ? i : (brokenUpTo[i - 1] ?? -1));
  });
  const comparableSince = (from: number, to: number): boolean => (brokenUpTo[to] ?? -1) <= from;
  return series.map((point, i): TrendPoint => {
    const previous = i > 0 ? series[i - 1] : undefined;
    const base = baseline >= 0 && baseline < i ? series[baseline] : undefined;
    return {
      ...point,
      change_from_previous:
        previous === undefined ? null : changeBetween(previous, point, comparableSince(i - 1, i), options),
      change_from_baseline:
        base === undefined ? null : changeBetween(base, point, comparableSince(baseline, i), options),
    };
  });
}
