/**
 * The variance of a change between two waves when the later sample depends on the earlier one: the
 * draw (core/draw/README.md, "Inference") takes the previous wave's respondents still detained first,
 * with certainty, and tops up with a simple random sample of the other minors. The estimate of each
 * wave is the stratified mean of its own design; the later wave's design has, per establishment, a
 * panel and a top-up sub-stratum (core/indicators/panel-design.ts).
 *
 * For Δ̂ = θ̂₂ − θ̂₁ (linearised, as R `svycontrast` on the two means):
 *
 *   Var(Δ̂) = V₁ + V₂ − 2 Cov(θ̂₁, θ̂₂)
 *
 * The covariance is the one of matched units (Kish 1965, Survey Sampling, 12.4: the covariance term of
 * overlapping samples is carried by the units interviewed in both). It is decomposed over the first
 * sample S₁ (Berger 2004, "Variance estimation for measures of change in probability sampling",
 * Canadian Journal of Statistics 32, 451-467, treats both samples as one design; the conditional form is
 * the one that fits a panel chosen *from* S₁):
 *
 *   Cov(θ̂₁, θ̂₂) = Cov(θ̂₁, E[θ̂₂ | S₁]) + E[Cov(θ̂₁, θ̂₂ | S₁)]
 *
 * - The second term is 0: given S₁, θ̂₁ is fixed.
 * - The first is 0 when θ̂₂ is conditionally unbiased: given S₁, each establishment's panel sub-stratum
 *   is a fixed set of minors (weight N_panel / n_panel over those interviewed) and the top-up a simple
 *   random sample of the others (weight (N_h − N_panel) / (n_h − n_panel)), so E[θ̂₂ | S₁] is the
 *   second population's value whatever S₁ was.
 *
 * So with the sub-strata weights the matched units' covariance term is exactly 0 and
 * Var(Δ̂) = V₁ + V₂, where V₂ is the sub-strata variance (it estimates E[Var(θ̂₂ | S₁)], and
 * Var(E[θ̂₂ | S₁]) = 0). The positive covariance of a child's two answers does not reach the change:
 * it is absorbed by the panel sub-stratum, taken whole (1 − f = 0) or as a sample of the panel members
 * present. Kish's rotation formula, Σ over matched units of (1 − f) z₁ z₂ (z the linearisation values),
 * applies when the overlap is a random part of both samples drawn from the same population (a rotating
 * panel); applied to this draw it would subtract a covariance that is not there and make intervals too
 * narrow. This holds where each establishment with panel members also has a top-up; when the panel
 * present exceeds the target the establishment's sample covers the long-stay minors only (the draw's
 * README) and no weighting repairs it.
 *
 * Checked by a Monte-Carlo of the real draw (core/indicators/change-coverage.test.ts, `npm run bench`):
 * with 0 %, 40 % and 80 % of the second sample in the panel, the 95 % interval covers the true change
 * and the mean estimated SE is the true SD of the change across replications.
 *
 * Degrees of freedom of the change (Welch-Satterthwaite over the two designs):
 *   df = (V₁ + V₂)² / (V₁² / df₁ + V₂² / df₂)
 * between min(df₁, df₂) and df₁ + df₂; the interval is Δ̂ ± t_{1−α/2, df} √Var(Δ̂).
 */

export const CHANGE_METHOD = 'panel sub-strata, conditional covariance' as const;

/** Var(Δ̂) = V₁ + V₂ − 2 Cov, where Cov is 0 for the draw's design (see above). */
export function changeVariance(earlierVariance: number, laterVariance: number): number {
  return earlierVariance + laterVariance;
}

/** Welch-Satterthwaite degrees of freedom of the change; undefined when either design has none. */
export function changeDegreesOfFreedom(
  earlier: { readonly variance: number; readonly df?: number | undefined },
  later: { readonly variance: number; readonly df?: number | undefined },
): number | undefined {
  const { df: df1 } = earlier;
  const { df: df2 } = later;
  if (df1 === undefined || df2 === undefined || !(df1 >= 1) || !(df2 >= 1)) return undefined;
  const total = earlier.variance + later.variance;
  const denominator = (earlier.variance * earlier.variance) / df1 + (later.variance * later.variance) / df2;
  // Both variances 0: the interval is a point whatever the df; the smaller design's is kept.
  if (!(denominator > 0)) return Math.min(df1, df2);
  return (total * total) / denominator;
}
