import { describe, expect, it } from 'vitest';
import { buildDesign } from './design.ts';
import { estimateProportion } from './proportion.ts';
import { estimateWeightedProportion } from './weighted-proportion.ts';

/**
 * R is not installed here: the reference is written out in the test, from the formulas of R `survey`
 * for `svydesign(ids = ~1, weights = ~w)`: p̂ = Σ w y / Σ w, v = n / (n - 1) Σ (w (y - p̂) / Σ w)²,
 * logit interval with t on n - 1 degrees of freedom. Tolerance 1e-12: the same sums in another order.
 */
function reference(weights: number[], y: number[]) {
  const total = weights.reduce((sum, w) => sum + w, 0);
  const p = weights.reduce((sum, w, i) => sum + w * (y[i] ?? 0), 0) / total;
  const n = weights.length;
  const variance = (n / (n - 1)) * weights.reduce((sum, w, i) => sum + ((w * ((y[i] ?? 0) - p)) / total) ** 2, 0);
  return { p, se: Math.sqrt(variance) };
}

describe('estimateWeightedProportion (svydesign(ids = ~1, weights = ~w))', () => {
  it('gives the hand-computed value on four units', () => {
    // p = 5/6; z = (1/36, -5/36, 2/36, 2/36); v = 4/3 × 34/1296.
    const result = estimateWeightedProportion([1, 1, 2, 2], [1, 0, 1, 1]);
    expect(result.estimate).toBeCloseTo(5 / 6, 12);
    expect(result.se).toBeCloseTo(Math.sqrt((4 / 3) * (34 / 1296)), 12);
    expect(result.n).toBe(4);
    expect(result.df).toBe(3);
    expect(result.population_estimate).toBe(6);
    expect(result.ci_low).not.toBeNull();
    expect(result.ci_low ?? 1).toBeLessThan(5 / 6);
    expect(result.ci_high ?? 0).toBeGreaterThan(5 / 6);
  });

  it('matches the written-out formulas on unequal weights', () => {
    const weights = [1.5, 2.25, 1, 3, 1.2, 2, 2, 1.75, 1, 4];
    const y = [1, 0, 1, 1, 0, 0, 1, 0, 1, 1];
    const expected = reference(weights, y);
    const result = estimateWeightedProportion(weights, y as Array<0 | 1>);
    expect(Math.abs((result.estimate ?? NaN) - expected.p)).toBeLessThan(1e-12);
    expect(Math.abs((result.se ?? NaN) - expected.se)).toBeLessThan(1e-12);
  });

  it('equals the stratified estimator with one stratum of equal weights and a negligible sampling fraction', () => {
    const y: Array<0 | 1> = [1, 0, 0, 1, 1, 1, 0, 1, 0, 1, 1, 1];
    const population = 1e12;
    const design = buildDesign(
      y.map(() => ({ stratum: 'all' })),
      { all: population },
    );
    const stratified = estimateProportion(design, y);
    const weighted = estimateWeightedProportion(
      y.map(() => population / y.length),
      y,
    );
    expect(weighted.estimate).toBeCloseTo(stratified.estimate ?? NaN, 12);
    expect(weighted.se).toBeCloseTo(stratified.se ?? NaN, 9);
    expect(weighted.ci_low).toBeCloseTo(stratified.ci_low ?? NaN, 9);
    expect(weighted.ci_high).toBeCloseTo(stratified.ci_high ?? NaN, 9);
  });

  it('keeps units without a value in the n / (n - 1) factor, as a subset design does', () => {
    const result = estimateWeightedProportion([1, 1, 2, 2, 3], [1, 0, 1, 1, null]);
    const z = [1 / 36, -5 / 36, 2 / 36, 2 / 36];
    expect(result.se).toBeCloseTo(Math.sqrt((5 / 4) * z.reduce((sum, value) => sum + value * value, 0)), 12);
    expect(result.df).toBe(3);
  });

  it('has no interval at 0 or 1, and refuses a weight that is not positive', () => {
    expect(estimateWeightedProportion([1, 2], [1, 1]).ci_low).toBeNull();
    expect(estimateWeightedProportion([1, 2], [null, null]).estimate).toBeNull();
    expect(() => estimateWeightedProportion([1, 0], [1, 0])).toThrow(/weight of unit 1/);
  });
});
