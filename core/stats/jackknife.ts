import type { Design } from './design.ts';

/**
 * Stratified delete-one jackknife (JKn) of a design, as R `as.svrepdesign(design, type = "JKn")` with
 * `options(survey.lonely.psu = "adjust")` and the defaults `survey.replicates.mse = FALSE`,
 * `survey.drop.replicates = TRUE` (oracle README, "The barometer score"). One replicate per unit i of
 * stratum h, so replicates are indexed by unit:
 * - n_h >= 2: unit i weighs 0, the others of stratum h n_h / (n_h - 1) times their weight, the rest
 *   unchanged; scale (1 - f_h)(n_h - 1) / n_h;
 * - n_h = 1 (lonely, "adjust"): the unit weighs 0 and every other unit H / (H - 1) times its weight,
 *   H the number of strata; scale (H - 1) / H;
 * - f_h = 1 (stratum taken whole): no replicate (scale 0), as R drops them.
 * Variance of a statistic θ (R `svrVar`): Σ_r scale_r (θ_r - θ̄)², θ̄ the plain mean of the replicates.
 *
 * Replicate weights are never built: a domain mean's replicate values come in closed form from the
 * per-stratum sums (`replicateMeans`), so n replicates of a statistic cost O(n), not O(n²).
 */

/** scale_r per unit (0 = no replicate). */
export function jackknifeScales(design: Design): Float64Array {
  const { unitStratum, sampleSize, fpc } = design;
  const strata = design.strata.length;
  const scales = new Float64Array(design.size);
  for (let i = 0; i < design.size; i++) {
    const h = unitStratum[i] ?? 0;
    const nh = sampleSize[h] ?? 0;
    const correction = fpc[h] ?? 0;
    if (correction <= 0) continue;
    if (nh > 1) scales[i] = (correction * (nh - 1)) / nh;
    else if (strata > 1) scales[i] = (strata - 1) / strata;
  }
  return scales;
}

/**
 * Fills replicates[i] with the domain mean of y in the replicate that drops unit i (NaN when that
 * replicate leaves the domain empty) and returns the full-sample mean (NaN for an empty domain).
 * With T_y, T_d the weighted totals of y and of the domain indicator d, S_h and m_h their unweighted
 * sums in stratum h and c_h = n_h / (n_h - 1):
 *   n_h >= 2:  θ_i = (T_y - w_h S_h + c_h w_h (S_h - d_i y_i)) / (T_d - w_h m_h + c_h w_h (m_h - d_i)),
 *   n_h = 1:   θ_i = (T_y - w_h S_h) / (T_d - w_h m_h)   (the factor H / (H - 1) cancels in a ratio).
 */
export function replicateMeans(design: Design, y: readonly (number | null)[], replicates: Float64Array): number {
  if (y.length !== design.size) throw new RangeError(`expected ${design.size} values (one per unit), got ${y.length}`);
  const { unitStratum, sampleSize, weight } = design;
  const strata = design.strata.length;
  const sums = new Float64Array(strata);
  const counts = new Float64Array(strata);
  for (let i = 0; i < design.size; i++) {
    const value = y[i] ?? null;
    if (value === null) continue;
    if (!Number.isFinite(value)) throw new RangeError(`value of unit ${i} is not a finite number: ${value}`);
    const h = unitStratum[i] ?? 0;
    sums[h] = (sums[h] ?? 0) + value;
    counts[h] = (counts[h] ?? 0) + 1;
  }
  let total = 0;
  let size = 0;
  for (let h = 0; h < strata; h++) {
    const w = weight[h] ?? 0;
    total += w * (sums[h] ?? 0);
    size += w * (counts[h] ?? 0);
  }
  for (let i = 0; i < design.size; i++) {
    const h = unitStratum[i] ?? 0;
    const nh = sampleSize[h] ?? 0;
    const w = weight[h] ?? 0;
    const stratumSum = sums[h] ?? 0;
    const stratumCount = counts[h] ?? 0;
    const otherTotal = total - w * stratumSum;
    const otherSize = size - w * stratumCount;
    if (nh === 1) {
      replicates[i] = otherTotal / otherSize;
      continue;
    }
    const value = y[i] ?? null;
    const expansion = (nh / (nh - 1)) * w;
    const keptSum = value === null ? stratumSum : stratumSum - value;
    const keptCount = value === null ? stratumCount : stratumCount - 1;
    const replicateSize = otherSize + expansion * keptCount;
    replicates[i] = replicateSize > 0 ? (otherTotal + expansion * keptSum) / replicateSize : Number.NaN;
  }
  return size > 0 ? total / size : Number.NaN;
}

/**
 * Σ scale_r (θ_r - θ̄)² over the replicates that exist (scale > 0) and are defined (not NaN): R
 * `svrVar` with `mse = FALSE`, whose na.omit drops undefined replicates.
 */
export function jackknifeVariance(replicates: ArrayLike<number>, scales: ArrayLike<number>): number {
  let sum = 0;
  let count = 0;
  for (let r = 0; r < replicates.length; r++) {
    const value = replicates[r] ?? Number.NaN;
    if ((scales[r] ?? 0) > 0 && !Number.isNaN(value)) {
      sum += value;
      count++;
    }
  }
  if (count === 0) return 0;
  const centre = sum / count;
  let variance = 0;
  for (let r = 0; r < replicates.length; r++) {
    const value = replicates[r] ?? Number.NaN;
    const scale = scales[r] ?? 0;
    if (scale > 0 && !Number.isNaN(value)) variance += scale * (value - centre) * (value - centre);
  }
  return variance;
}
