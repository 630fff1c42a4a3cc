import { tCritical } from './critical-value.ts';

/**
 * Interval for a proportion estimated as exactly 0 or 1, where the logit interval does not exist
 * (its standard error is 0 and logit(p̂) infinite): the Korn & Graubard (1998, Survey Methodology 24,
 * 193-201) Clopper-Pearson interval for complex samples. Its effective sample size p̂ (1 - p̂) / v is
 * 0/0 here, so the design effect that is left, that of unequal weights, gives it: Kish's
 * n_eff = (Σ w)² / Σ w² over the domain's units (Kish 1965, 11.7; n itself when the weights are
 * equal, as in a proportionate stratified sample), shrunk for the design degrees of freedom:
 *
 *   n* = n_eff (t_{1-α/2, n-1} / t_{1-α/2, df})²,
 *   p̂ = 0: [0, 1 - (α/2)^(1/n*)],   p̂ = 1: [(α/2)^(1/n*), 1]
 *
 * (the Clopper-Pearson bound qbeta(1 - α/2, 1, n*) in closed form). It is R
 * `svyciprop(method = "beta")` with its effective size p̂ (1 - p̂) / v (0/0 here) replaced by n_eff.
 * Without it a panel wave, whose panel members weigh 1 beside top-up weights of 4 or more, would get
 * the interval of a sample of n equal-weight interviews, too narrow.
 * Being an exact binomial bound it never collapses to a point: 0 of 30 girls still gives an upper
 * bound near 11%. Needs df >= 1 (so n >= 2).
 */
export function kornGraubardEdgeInterval(
  p: 0 | 1,
  n: number,
  kishSize: number,
  df: number,
  level: number,
): readonly [number, number] {
  if (!(df >= 1 && n >= 2)) throw new RangeError(`Korn-Graubard interval needs df >= 1 and n >= 2, got ${df}, ${n}`);
  const ratio = tCritical(level, n - 1) / tCritical(level, df);
  const effectiveSize = kishSize * ratio * ratio;
  const bound = Math.pow((1 - level) / 2, 1 / effectiveSize);
  return p === 0 ? [0, 1 - bound] : [bound, 1];
}
