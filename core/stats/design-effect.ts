/**
 * Design effect of a mean, as R `svymean(..., deff = TRUE)` on a (subset) `survey.design2`: the design
 * variance over the variance of the same estimator under simple random sampling without replacement of
 * the same size from a population of the estimated size,
 *
 *   deff = v / v_srs,  v_srs = s² (W - n) / (W n),  s² = n / (n - 1) Σ w (y - ŷ)² / W,
 *
 * with n the units in the domain, W their weights' sum and s² R's `svyvar` (Kish's n - 1 divisor).
 * Null when it does not exist: fewer than two units, no spread, or W <= n (R warns and gives NA).
 */
export function designEffect(
  variance: number,
  n: number,
  populationEstimate: number,
  weightedSquares: number,
): number | null {
  if (n < 2 || populationEstimate <= n) return null;
  const srsVariance =
    ((n / (n - 1)) * (weightedSquares / populationEstimate) * (populationEstimate - n)) / (populationEstimate * n);
  return srsVariance > 0 ? variance / srsVariance : null;
}
