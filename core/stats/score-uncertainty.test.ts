import { describe, expect, it } from 'vitest';
import { scoreUncertainty, type UncertaintyIndicator } from './score-uncertainty.ts';

const proportion = (code: string, dimension: string, estimate: number): UncertaintyIndicator => ({
  code,
  dimension,
  estimate,
  goalposts: { low: 0, high: 1 },
  direction: 'higher_is_better',
});

describe('scoreUncertainty on two dimensions scored 20 and 80', () => {
  const result = scoreUncertainty([proportion('A', 'd1', 0.2), proportion('B', 'd2', 0.8)]);

  it('gives the published score, the geometric mean and leave-one-out by hand', () => {
    expect(result.published).toBeCloseTo(50, 12);
    expect(result.geometric).toBeCloseTo(40, 12); // √(20 × 80)
    expect(result.leave_one_out).toEqual([
      { dimension: 'd1', score: expect.closeTo(80, 12) as number },
      { dimension: 'd2', score: expect.closeTo(20, 12) as number },
    ]);
  });

  it('spreads random weights as the uniform weight of a Dirichlet(1, 1): 20 + 60 w, w ~ U(0, 1)', () => {
    // Percentiles 23 and 77; with 2,000 draws the 5th percentile of w has an SE of √(0.05 × 0.95 / 2000)
    // = 0.005, 0.3 point on the score: ±1 is over 3 SE.
    expect(Math.abs(result.weights.low - 23)).toBeLessThan(1);
    expect(Math.abs(result.weights.high - 77)).toBeLessThan(1);
  });

  it('keeps goalposts moved by ±10 % inside their bounds: 10-30 and 70-90, so 40-60 overall', () => {
    expect(result.goalposts.low).toBeGreaterThan(40);
    expect(result.goalposts.high).toBeLessThan(60);
    expect(result.goalposts.low).toBeLessThan(50);
    expect(result.goalposts.high).toBeGreaterThan(50);
    expect(result.interval.low).toBeLessThan(result.geometric);
    expect(result.interval.high).toBeGreaterThan(result.published);
  });

  it('gives each indicator its nominal weight and its share of the score', () => {
    expect(result.effective_weights).toEqual([
      { indicator: 'A', nominal: 0.5, contribution: expect.closeTo(0.2, 12) as number },
      { indicator: 'B', nominal: 0.5, contribution: expect.closeTo(0.8, 12) as number },
    ]);
  });

  it('is the same for the same seed, and moves with another', () => {
    const inputs = [proportion('A', 'd1', 0.2), proportion('B', 'd2', 0.8)];
    expect(scoreUncertainty(inputs)).toEqual(result);
    expect(scoreUncertainty(inputs, { seed: 7 }).interval).not.toEqual(result.interval);
  });
});

describe('scoreUncertainty inputs', () => {
  it('weights indicators equally inside a dimension and reverses lower-is-better', () => {
    const result = scoreUncertainty([
      proportion('A', 'd1', 0.2),
      proportion('B', 'd1', 0.6),
      { ...proportion('C', 'd2', 0.3), direction: 'lower_is_better' },
    ]);
    expect(result.published).toBeCloseTo((40 + 70) / 2, 12);
    expect(result.effective_weights.map((entry) => entry.nominal)).toEqual([0.25, 0.25, 0.5]);
  });

  it('refuses no indicators and goalposts that do not increase', () => {
    expect(() => scoreUncertainty([])).toThrow(RangeError);
    expect(() => scoreUncertainty([{ ...proportion('A', 'd', 0.5), goalposts: { low: 1, high: 1 } }])).toThrow(
      /goalpost/,
    );
  });
});
