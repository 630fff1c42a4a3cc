import { changeDegreesOfFreedom, changeVariance } from './change-variance.ts';
import { normalQuantile } from './normal.ts';
import { studentTQuantile } from './student-t.ts';

/**
 * Change between two estimates of the same indicator in two waves (domain, "Trends"): the difference
 * of the estimates, its standard error (change-variance.ts: √(V₁ + V₂), the covariance of the
 * children interviewed in both being 0 under the draw's panel design) and an interval
 * change ± t_{1-α/2, df} se, flagged significant when the interval excludes 0.
 *
 * With both estimates design-based (their design degrees of freedom given), t has the
 * Welch-Satterthwaite df of change-variance.ts; otherwise (a baseline from a published study) the
 * normal quantile.
 */

export interface EstimateWithError {
  readonly estimate: number;
  readonly se: number;
  /** Design degrees of freedom; absent for an estimate that is not design-based. */
  readonly df?: number | undefined;
}

export interface Change {
  /** later - earlier */
  readonly change: number;
  readonly se: number;
  readonly ci_low: number;
  readonly ci_high: number;
  readonly significant: boolean;
  /** Degrees of freedom of the interval's t; null for the normal quantile. */
  readonly df: number | null;
}

export function estimateChange(
  earlier: EstimateWithError,
  later: EstimateWithError,
  options?: { readonly level?: number },
): Change {
  const level = options?.level ?? 0.95;
  if (!(level > 0 && level < 1)) throw new RangeError(`confidence level must be in (0, 1), got ${level}`);
  const change = later.estimate - earlier.estimate;
  const v1 = earlier.se * earlier.se;
  const v2 = later.se * later.se;
  const se = Math.sqrt(changeVariance(v1, v2));
  const df = changeDegreesOfFreedom({ variance: v1, df: earlier.df }, { variance: v2, df: later.df });
  const tail = (1 - level) / 2;
  const halfWidth = -(df === undefined ? normalQuantile(tail) : studentTQuantile(tail, df)) * se;
  const ci_low = change - halfWidth;
  const ci_high = change + halfWidth;
  return { change, se, ci_low, ci_high, significant: ci_low > 0 || ci_high < 0, df: df ?? null };
}
