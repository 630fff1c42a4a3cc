import { regularizedGammaUpper } from './incomplete-gamma.ts';

/**
 * Standard normal upper tail and quantile (R `pnorm(z, lower.tail = FALSE)` and `qnorm(p)`).
 *
 * The tail is exact up to rounding: P(Z > z) = Q(1/2, z²/2) / 2 for z >= 0 (regularized incomplete
 * gamma). The quantile starts from Abramowitz & Stegun 26.2.23 (error < 4.5e-4) and is refined by
 * second-order Newton steps on that tail, z ← z + d (1 + z d / 2) with d = (P(Z > z) - p) / φ(z),
 * until the step is below 1e-15 relative: about 1e-15 relative overall.
 */

const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

/** P(Z > z). */
export function normalUpperTail(z: number): number {
  if (Number.isNaN(z)) return Number.NaN;
  const half = 0.5 * regularizedGammaUpper(0.5, 0.5 * z * z);
  return z >= 0 ? half : 1 - half;
}

function normalDensity(z: number): number {
  return INV_SQRT_2PI * Math.exp(-0.5 * z * z);
}

/** Solves P(Z > z) = tail for 0 < tail <= 1/2, so z >= 0. */
function upperQuantile(tail: number): number {
  const t = Math.sqrt(-2 * Math.log(tail));
  let z = t - (2.515517 + t * (0.802853 + t * 0.010328)) / (1 + t * (1.432788 + t * (0.189269 + t * 0.001308)));
  for (let iteration = 0; iteration < 50; iteration++) {
    const density = normalDensity(z);
    if (density === 0) break;
    const d = (normalUpperTail(z) - tail) / density;
    const step = d * (1 + 0.5 * z * d);
    z += step;
    if (Math.abs(step) <= 1e-15 * Math.max(1, Math.abs(z))) break;
  }
  return z;
}

/** The p quantile of the standard normal, for p in [0, 1]. */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`normalQuantile needs p in [0, 1], got ${p}`);
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  if (p === 0.5) return 0;
  return p < 0.5 ? -upperQuantile(p) : upperQuantile(1 - p);
}
