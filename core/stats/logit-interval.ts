/**
 * Confidence interval of a proportion on the logit scale, as R
 * `svyciprop(~y, design, method = "logit", level)`: the intercept of
 * `svyglm(y ~ 1, family = quasibinomial)` is logit(p̂), its sandwich standard error is
 * se(p̂) / (p̂ (1 - p̂)), and `confint.svyglm(..., ddf = degf(design))` uses the Student t quantile, so
 *
 *   [expit(logit(p̂) - t se / (p̂ (1 - p̂))), expit(logit(p̂) + t se / (p̂ (1 - p̂)))],  t = t_{1-α/2, df}.
 *
 * Defined for 0 < p̂ < 1 only; the interval stays inside (0, 1) and is asymmetric near the bounds.
 */
export function logitInterval(p: number, se: number, critical: number): readonly [number, number] {
  if (!(p > 0 && p < 1)) throw new RangeError(`logit interval needs 0 < p < 1, got ${p}`);
  const centre = Math.log(p / (1 - p));
  const halfWidth = (critical * se) / (p * (1 - p));
  return [expit(centre - halfWidth), expit(centre + halfWidth)];
}

function expit(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
