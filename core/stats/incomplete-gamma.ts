import { logGamma } from './log-gamma.ts';

/**
 * Regularized upper incomplete gamma function Q(a, x) = Γ(a, x) / Γ(a) (R `pgamma(x, a, lower = FALSE)`),
 * by the series for P(a, x) when x < a and by the continued fraction for Q(a, x) otherwise
 * (Numerical Recipes, 3rd ed., §6.2, which switches at a + 1: switching earlier costs a few more
 * terms but avoids taking a small Q as 1 - P). Used for the normal tail, Q(1/2, z²/2) = 2 P(Z > z).
 */

const MAX_ITERATIONS = 100_000;
const EPSILON = 1e-16;
const TINY = 1e-300;

function lowerSeries(a: number, x: number, logFront: number): number {
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n <= MAX_ITERATIONS; n++) {
    term *= x / (a + n);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * EPSILON) return sum * Math.exp(logFront);
  }
  throw new Error(`incomplete gamma series did not converge (a = ${a}, x = ${x})`);
}

function upperFraction(a: number, x: number, logFront: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i <= MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) return Math.exp(logFront) * h;
  }
  throw new Error(`incomplete gamma continued fraction did not converge (a = ${a}, x = ${x})`);
}

/** Q(a, x) for a > 0, x >= 0. */
export function regularizedGammaUpper(a: number, x: number): number {
  if (!(a > 0) || !(x >= 0)) throw new RangeError(`regularizedGammaUpper needs a > 0, x >= 0, got ${a}, ${x}`);
  if (x === 0) return 1;
  if (x === Number.POSITIVE_INFINITY) return 0;
  const logFront = a * Math.log(x) - x - logGamma(a);
  if (x < a) return 1 - lowerSeries(a, x, logFront);
  return upperFraction(a, x, logFront);
}
