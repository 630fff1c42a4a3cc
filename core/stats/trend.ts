import { normalQuantile } from './normal.ts';

/**
 * Change between two estimates of the same indicator in two waves (domain, "Trends"): the difference
 * of the estimates, its standard error sqrt(se₁² + se₂²) and a normal interval
 * change ± z_{1-α/2} se, flagged significant when the interval excludes 0.
 *
 * Assumes the two estimates are independent: each wave draws its own sample. Where the same children
 * are interviewed in both waves the covariance is positive and this standard error is conservative.
 */

export interface EstimateWithError {
  readonly estimate: number;
  readonly se: number;
}

export interface Change {
  /** later - earlier */
  readonly change: number;
  readonly se: number;
  readonly ci_low: number;
  readonly ci_high: number;
  readonly significant: boolean;
}

export function estimateChange(
  earlier: EstimateWithError,
  later: EstimateWithError,
  options?: { readonly level?: number },
): Change {
  const level = options?.level ?? 0.95;
  if (!(level > 0 && level < 1)) throw new RangeError(`confidence level must be in (0, 1), got ${level}`);
  const change = later.estimate - earlier.estimate;
  const se = Math.hypot(earlier.se, later.se);
  const halfWidth = -normalQuantile((1 - level) / 2) * se;
  const ci_low = change - halfWidth;
  const ci_high = change + halfWidth;
  return { change, se, ci_low, ci_high, significant: ci_low > 0 || ci_high < 0 };
}
