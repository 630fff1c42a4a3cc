import { tCritical } from './critical-value.ts';
import type { Design } from './design.ts';
import { designEffect } from './design-effect.ts';
import type { Domain } from './domain.ts';
import { asDomain, confidenceLevel, emptyEstimate, type Estimate, type EstimateOptions } from './estimate.ts';
import { stratifiedDomainMean } from './stratified-mean.ts';

/**
 * A mean over a domain: estimate, standard error and design effect of R
 * `svymean(~y, subset(design, domain & !is.na(y)), deff = TRUE)` (see `stratified-mean.ts`), interval
 * of `confint(..., df = degf(...))`: ŷ ± t_{1-α/2, df} se. No interval below 1 degree of freedom.
 *
 * y: one entry per unit of the design, null = outside the denominator.
 */
export function estimateMean(
  design: Design,
  y: readonly (number | null)[],
  domain?: Domain | readonly boolean[],
  options?: EstimateOptions,
): Estimate {
  const level = confidenceLevel(options);
  const mean = stratifiedDomainMean(design, y, asDomain(domain));
  if (mean === null) return emptyEstimate();
  const { estimate, variance, n, df, populationEstimate, weightedSquares } = mean;
  const se = Math.sqrt(variance);
  const halfWidth = df >= 1 ? tCritical(level, df) * se : null;
  return {
    estimate,
    se,
    ci_low: halfWidth === null ? null : estimate - halfWidth,
    ci_high: halfWidth === null ? null : estimate + halfWidth,
    n,
    population_estimate: populationEstimate,
    deff: designEffect(variance, n, populationEstimate, weightedSquares),
    df,
  };
}
