/**
 * Logarithms of the gamma and beta functions, accurate to about 1e-15 relative.
 *
 * For x >= 10 the Stirling series is used, log Γ(x) = (x - 1/2) log x - x + log √(2π) + c(x), with the
 * correction c(x) = Σ B_2k / (2k (2k - 1) x^(2k-1)) summed to k = 8 (the next term is below 1e-17).
 * Smaller arguments are shifted up with log Γ(x) = log Γ(x + k) - log(x (x + 1) ... (x + k - 1)), so no
 * fitted coefficients are involved. log B(a, b) follows R's `lbeta` (nmath/lbeta.c): for large arguments
 * the Stirling corrections are combined before the logarithms, which keeps log B(v/2, 1/2) accurate for
 * the large degrees of freedom of a big survey, where log Γ(a) - log Γ(a + 1/2) would cancel.
 */

const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

/** Bernoulli-number coefficients B_2k / (2k (2k - 1)), k = 1..8. */
const STIRLING = [1 / 12, -1 / 360, 1 / 1260, -1 / 1680, 1 / 1188, -691 / 360360, 1 / 156, -3617 / 122400];

/** Stirling correction c(x) = log Γ(x) - ((x - 1/2) log x - x + log √(2π)), for x >= 10. */
function stirlingCorrection(x: number): number {
  const inverseSquare = 1 / (x * x);
  let power = 1 / x;
  let sum = 0;
  for (const coefficient of STIRLING) {
    sum += coefficient * power;
    power *= inverseSquare;
  }
  return sum;
}

/** log Γ(x) for x > 0 (R `lgamma` on the positive axis). */
export function logGamma(x: number): number {
  if (!(x > 0)) throw new RangeError(`logGamma needs x > 0, got ${x}`);
  if (x === Number.POSITIVE_INFINITY) return x;
  let shifted = x;
  let product = 1;
  while (shifted < 10) {
    product *= shifted;
    shifted += 1;
  }
  return (shifted - 0.5) * Math.log(shifted) - shifted + LOG_SQRT_2PI + stirlingCorrection(shifted) - Math.log(product);
}

/** log B(a, b) = log Γ(a) + log Γ(b) - log Γ(a + b) for a, b > 0 (R `lbeta`). */
export function logBeta(a: number, b: number): number {
  if (!(a > 0 && b > 0)) throw new RangeError(`logBeta needs a, b > 0, got ${a}, ${b}`);
  const p = Math.min(a, b);
  const q = Math.max(a, b);
  if (p >= 10) {
    const correction = stirlingCorrection(p) + stirlingCorrection(q) - stirlingCorrection(p + q);
    return (
      -0.5 * Math.log(q) + LOG_SQRT_2PI + correction + (p - 0.5) * Math.log(p / (p + q)) + q * Math.log1p(-p / (p + q))
    );
  }
  if (q >= 10) {
    const correction = stirlingCorrection(q) - stirlingCorrection(p + q);
    return logGamma(p) + correction + p - p * Math.log(p + q) + (q - 0.5) * Math.log1p(-p / (p + q));
  }
  return logGamma(p) + logGamma(q) - logGamma(p + q);
}
