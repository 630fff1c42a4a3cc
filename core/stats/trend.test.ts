import { describe, expect, it } from 'vitest';
import { estimateChange } from './trend.ts';

describe('estimateChange (independent samples)', () => {
  it('gives the difference, sqrt(se1² + se2²) and a normal 95% interval', () => {
    const change = estimateChange(
      Object.freeze({ estimate: 0.5, se: 0.03 }),
      Object.freeze({ estimate: 0.6, se: 0.04 }),
    );
    expect(change.change).toBeCloseTo(0.1, 15);
    expect(change.se).toBeCloseTo(0.05, 15);
    // qnorm(0.975) = 1.959963984540054 (R)
    expect(change.ci_low).toBeCloseTo(0.1 - 1.959963984540054 * 0.05, 14);
    expect(change.ci_high).toBeCloseTo(0.1 + 1.959963984540054 * 0.05, 14);
    expect(change.significant).toBe(true);
  });

  it('is not significant when the interval holds 0, in either direction', () => {
    expect(estimateChange({ estimate: 0.5, se: 0.03 }, { estimate: 0.55, se: 0.04 }).significant).toBe(false);
    const fall = estimateChange({ estimate: 0.6, se: 0.01 }, { estimate: 0.5, se: 0.01 });
    expect(fall.change).toBeCloseTo(-0.1, 15);
    expect(fall.significant).toBe(true);
  });

  it('takes a level', () => {
    const at90 = estimateChange({ estimate: 0, se: 1 }, { estimate: 0, se: 0 }, { level: 0.9 });
    expect(at90.ci_high).toBeCloseTo(1.6448536269514722, 14);
  });
});
