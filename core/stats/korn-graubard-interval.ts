import { tCritical } from './critical-value.ts';

/**
 * Interval for a proportion estimated as exactly 0 or 1, where the logit interval does not exist
 * (its standard error is 0 and logit(p̂) infinite): the Korn & Graubard (1998, Survey Methodology 24,
 * 193-201) Clopper-Pearson interval for complex samples, with their convention that the effective
 * sample size is n when p̂ is 0 or 1, shrunk for the design degrees of freedom:
 *
 *   n* = n (t_{1-α/2, n-1} / t_{1-α/2, df})²,
 *   p̂ = 0: [0, 1 - (α/2)^(1/n*)],   p̂ = 1: [(α/2)^(1/n*), 1]
 *
 * (the Clopper-Pearson bound qbeta(1 - α/2, 1, n*) in closed form). It is R
 * `svyciprop(method = "beta")` with its effective size p̂ (1 - p̂) / v (0/0 here) replaced by n.
 * Being an exact binomial bound it never collapses to a point: 0 of 30 girls still gives an upper
 * bound near 11%. Needs df >= 1 (so n >= 2).
 */
export function kornGraubardEdgeInterval(
  p: 0 | 1,
  n: number,
  df: number,
  level: number,
): readonly [number, number] {
  if (!(df >= 1 && n >= 2)) throw new RangeError(`Korn-Graubard interval needs df >= 1 and n >= 2, got ${df}, ${n}`);
  const ratio = tCritical(level, n - 1) / tCritical(level, df);
  const effectiveSize = n * ratio * ratio;
  const bound = Math.pow((1 - level) / 2, 1 / effectiveSize);
  return p === 0 ? [0, 1 - bound] : [bound, 1];
}
