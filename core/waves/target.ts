/**
 * The sample size of one establishment: ceil(rate × N_h). The frame stores it, the draw selects it and
 * the coverage measures against it. The 1e-9 absorbs binary rounding, so 0.1 × 30 is 3 and not 4 (and
 * the max turns ceil's -0 into 0).
 */
export function targetSize(rate: number, population: number): number {
  return Math.max(0, Math.ceil(rate * population - 1e-9));
}
