import { tCritical } from './critical-value.ts';
import type { Design } from './design.ts';
import { designEffect } from './design-effect.ts';
import type { Domain } from './domain.ts';
import { asDomain, confidenceLevel, emptyEstimate, type Estimate, type EstimateOptions } from './estimate.ts';
import { kornGraubardEdgeInterval } from './korn-graubard-interval.ts';
import { logitInterval } from './logit-interval.ts';
import { stratifiedDomainMean } from './stratified-mean.ts';

/**
 * A proportion over a domain: estimate, standard error and design effect of R
 * `svymean(~y, subset(design, domain & !is.na(y)), deff = TRUE)` (see `stratified-mean.ts`), interval
 * of `svyciprop(~y, ..., method = "logit")` with `df = degf(...)` (see `logit-interval.ts`).
 * A proportion of exactly 0 or 1 gets the Korn-Graubard interval instead (`korn-graubard-interval.ts`);
 * with fewer than 1 degree of freedom there is no interval (R gives NaN).
 *
 * y: one entry per unit of the design, 1 = numerator, 0 = denominator only, null = outside the
 * denominator (not asked, missing, or failing the indicator's denominator condition).
 */
export function estimateProportion(
  design: Design,
  y: readonly (0 | 1 | null)[],
  domain?: Domain | readonly boolean[],
  options?: EstimateOptions,
): Estimate {
  const level = confidenceLevel(options);
  const domainUnits = asDomain(domain);
  checkIndicatorValues(y, domainUnits);
  const mean = stratifiedDomainMean(design, y, domainUnits);
  if (mean === null) return emptyEstimate();
  const { estimate, variance, n, df, populationEstimate, weightedSquares } = mean;
  const se = Math.sqrt(variance);
  let interval: readonly [number, number] | null = null;
  if (df >= 1) {
    if (estimate <= 0) interval = kornGraubardEdgeInterval(0, n, kishEffectiveSize(design, y, domainUnits), df, level);
    else if (estimate >= 1)
      interval = kornGraubardEdgeInterval(1, n, kishEffectiveSize(design, y, domainUnits), df, level);
    else interval = logitInterval(estimate, se, tCritical(level, df));
  }
  return {
    estimate,
    se,
    ci_low: interval?.[0] ?? null,
    ci_high: interval?.[1] ?? null,
    n,
    population_estimate: populationEstimate,
    deff: designEffect(variance, n, populationEstimate, weightedSquares),
    df,
  };
}

/** (Σ w)² / Σ w² over the domain's units with a value (Kish 1965, 11.7). */
function kishEffectiveSize(design: Design, y: readonly (number | null)[], domain: Domain | undefined): number {
  const units = domain?.units;
  const count = units === undefined ? y.length : units.length;
  let sum = 0;
  let squares = 0;
  for (let k = 0; k < count; k++) {
    const i = units === undefined ? k : (units[k] ?? -1);
    if (y[i] === null || y[i] === undefined) continue;
    const w = design.weight[design.unitStratum[i] ?? 0] ?? 0;
    sum += w;
    squares += w * w;
  }
  return (sum * sum) / squares;
}

function checkIndicatorValues(y: readonly (number | null)[], domain: Domain | undefined): void {
  const units = domain?.units;
  const count = units === undefined ? y.length : units.length;
  for (let k = 0; k < count; k++) {
    const i = units === undefined ? k : (units[k] ?? -1);
    const value = y[i];
    if (value !== null && value !== undefined && value !== 0 && value !== 1) {
      throw new RangeError(`a proportion needs 0, 1 or null; unit ${i} has ${value}`);
    }
  }
}
