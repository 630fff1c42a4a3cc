import { tCritical } from './critical-value.ts';
import { designEffect } from './design-effect.ts';
import { confidenceLevel, emptyEstimate, type Estimate, type EstimateOptions } from './estimate.ts';
import { logitInterval } from './logit-interval.ts';

/**
 * A proportion under an unstratified design with unequal unit weights and no finite population
 * correction, as R `svyciprop(~y, subset(svydesign(ids = ~1, weights = ~w, data), !is.na(y)),
 * method = "logit")` and `svymean` on the same subset. The follow-up cohort uses it on its respondents
 * with non-response-adjusted weights (core/followup/nonresponse.ts).
 *
 * Estimate: p̂ = Σ w_i y_i / Σ w_i over units with a value.
 * Influence values z_i = w_i (y_i - p̂) / Σ w, zero for units without a value; their mean is 0, so the
 * with-replacement variance of R `svyrecvar` is v = n / (n - 1) Σ z_i², n counting every unit of the
 * design (a subset keeps its units at weight zero).
 * Degrees of freedom: units with a value minus 1 (R `degf` of the subset). The interval is the logit one
 * (`logit-interval.ts`); a proportion of 0 or 1 or fewer than 1 degree of freedom has none.
 */
export function estimateWeightedProportion(
  weights: readonly number[],
  y: readonly (0 | 1 | null)[],
  options?: EstimateOptions,
): Estimate {
  if (weights.length !== y.length) {
    throw new RangeError(`expected one weight per value: ${weights.length} weights, ${y.length} values`);
  }
  const level = confidenceLevel(options);
  let n = 0;
  let total = 0;
  let positive = 0;
  weights.forEach((w, i) => {
    if (!(Number.isFinite(w) && w > 0)) throw new RangeError(`weight of unit ${i} must be positive, got ${w}`);
    const value = y[i];
    if (value === null || value === undefined) return;
    if (value !== 0 && value !== 1) throw new RangeError(`a proportion needs 0, 1 or null; unit ${i} has ${value}`);
    n += 1;
    total += w;
    positive += w * value;
  });
  if (n === 0) return emptyEstimate();
  const estimate = positive / total;
  let squares = 0;
  let weightedSquares = 0;
  weights.forEach((w, i) => {
    const value = y[i];
    if (value === null || value === undefined) return;
    const z = (w * (value - estimate)) / total;
    squares += z * z;
    weightedSquares += w * (value - estimate) ** 2;
  });
  const units = weights.length;
  const variance = units > 1 ? (units / (units - 1)) * squares : 0;
  const se = Math.sqrt(variance);
  const df = n - 1;
  const interval = df >= 1 && estimate > 0 && estimate < 1 ? logitInterval(estimate, se, tCritical(level, df)) : null;
  return {
    estimate,
    se,
    ci_low: interval?.[0] ?? null,
    ci_high: interval?.[1] ?? null,
    n,
    population_estimate: total,
    deff: designEffect(variance, n, total, weightedSquares),
    df,
  };
}
