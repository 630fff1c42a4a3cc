import { logBeta } from './log-gamma.ts';

/**
 * Regularized incomplete beta function I_x(a, b) (R `pbeta(x, a, b)`), evaluated by the continued
 * fraction of Numerical Recipes (3rd ed., §6.4, modified Lentz) on whichever of I_x(a, b) and
 * 1 - I_{1-x}(b, a) converges fast, i.e. directly when x < (a + 1) / (a + b + 2).
 *
 * The caller passes both x and its complement 1 - x: a t or F tail needs x = v / (v + t²) close to 1,
 * where 1 - x computed by subtraction would lose every significant digit.
 */

const MAX_ITERATIONS = 100_000;
const EPSILON = 1e-16;
const TINY = 1e-300;

function continuedFraction(x: number, complement: number, a: number, b: number): number {
  const sum = a + b;
  let c = 1;
  // 1 - (a + b) x / (a + 1) written with 1 - x: near the mode, x ≈ a / (a + b), the subtraction would
  // cancel and turn x's rounding into a relative error of order 1e-16 · a.
  let d = (1 - b + sum * complement) / (a + 1);
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= MAX_ITERATIONS; m++) {
    const m2 = 2 * m;
    let step = (m * (b - m) * x) / ((a - 1 + m2) * (a + m2));
    d = 1 + step * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + step / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    step = (-(a + m) * (sum + m) * x) / ((a + m2) * (a + 1 + m2));
    d = 1 + step * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + step / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) return h;
  }
  throw new Error(`incomplete beta continued fraction did not converge (a = ${a}, b = ${b}, x = ${x})`);
}

/** I_x(a, b), given x in [0, 1] and complement = 1 - x computed without cancellation. */
export function regularizedBeta(x: number, complement: number, a: number, b: number): number {
  if (!(a > 0 && b > 0)) throw new RangeError(`regularizedBeta needs a, b > 0, got ${a}, ${b}`);
  if (!(x >= 0 && complement >= 0)) throw new RangeError(`regularizedBeta needs x in [0, 1], got ${x}`);
  if (x === 0) return 0;
  if (complement === 0) return 1;
  // Whichever of x and 1 - x is small carries the precision; the logarithm of the other is taken
  // through log1p, otherwise a * log(x) with a = df / 2 in the tens of thousands amplifies rounding.
  const logX = x > 0.5 ? Math.log1p(-complement) : Math.log(x);
  const logComplement = complement > 0.5 ? Math.log1p(-x) : Math.log(complement);
  const logFront = a * logX + b * logComplement - logBeta(a, b);
  if (x < (a + 1) / (a + b + 2)) return (Math.exp(logFront) * continuedFraction(x, complement, a, b)) / a;
  return 1 - (Math.exp(logFront) * continuedFraction(complement, x, b, a)) / b;
}
