import { describe, expect, it } from 'vitest';
import { buildDesign } from './design.ts';
import { domainOf } from './domain.ts';
import { estimateMean } from './mean.ts';
import { estimateProportion } from './proportion.ts';

/** 30 girls in 3 establishments of 40 (10 interviews each, f = 1/4). */
const design = buildDesign(
  Object.freeze(Array.from({ length: 30 }, (_, i) => Object.freeze({ stratum: `E${Math.floor(i / 10)}` }))),
  Object.freeze({ E0: 40, E1: 40, E2: 40 }),
);

describe('estimateProportion at 0 and 1 (Korn-Graubard, korn-graubard-interval.ts)', () => {
  // n = 30, df = 27: n* = 30 (qt(0.975, 29) / qt(0.975, 27))² = 29.80729, upper = 1 - 0.025^(1/n*),
  // computed with 30-digit arithmetic (mpmath 1.3); tolerance 1e-12 relative.
  const upper = 0.1164060378103903094;

  it('gives [0, upper] for an estimate of 0, with se 0 and no design effect', () => {
    const result = estimateProportion(design, Object.freeze(new Array<0>(30).fill(0)));
    expect(result.estimate).toBe(0);
    expect(result.se).toBe(0);
    expect(result.deff).toBeNull();
    expect(result.df).toBe(27);
    expect(result.ci_low).toBe(0);
    expect(Math.abs((result.ci_high ?? 0) - upper)).toBeLessThanOrEqual(1e-12 * upper);
    expect(result.ci_high).toBeGreaterThan(0.11);
    expect(result.ci_high).toBeLessThan(0.12);
  });

  it('mirrors it for an estimate of 1', () => {
    const result = estimateProportion(design, Object.freeze(new Array<1>(30).fill(1)));
    expect(result.estimate).toBe(1);
    expect(result.ci_high).toBe(1);
    expect(Math.abs((result.ci_low ?? 0) - (1 - upper))).toBeLessThanOrEqual(1e-12);
  });

  it('widens as the domain shrinks', () => {
    const few = estimateProportion(
      design,
      new Array<0>(30).fill(0),
      domainOf(Array.from({ length: 30 }, (_, i) => i < 5)),
    );
    expect(few.n).toBe(5);
    expect(few.df).toBe(4);
    expect(few.ci_high).toBeGreaterThan(upper);
  });
});

describe('estimateProportion at 0 with unequal weights (a panel wave)', () => {
  it("uses Kish's effective size (Σw)²/Σw², not n", () => {
    // 10 panel members weighing 1 and 10 top-up interviews weighing 19: n_eff = 200² / 3620 = 11.0497,
    // n* = n_eff (qt(0.975, 19) / qt(0.975, 18))² = 10.9668, upper = 1 - 0.025^(1/n*) (scipy 1.17).
    const panel = buildDesign(
      Array.from({ length: 20 }, (_, i) => ({ stratum: i < 10 ? 'P' : 'T' })),
      { P: 10, T: 190 },
    );
    const result = estimateProportion(panel, new Array<0>(20).fill(0));
    expect(result.df).toBe(18);
    expect(result.ci_high).toBeCloseTo(0.28563971918382514, 12);
  });
});

describe('estimates without data or degrees of freedom', () => {
  it('gives nulls, n = 0 and df = 0 for an empty domain', () => {
    const values = new Array<0 | 1 | null>(30).fill(null);
    expect(estimateProportion(design, values)).toEqual({
      estimate: null,
      se: null,
      ci_low: null,
      ci_high: null,
      n: 0,
      population_estimate: 0,
      deff: null,
      df: 0,
    });
    expect(estimateMean(design, values).n).toBe(0);
  });

  it('has no interval when df < 1 (one unit: R gives NaN)', () => {
    const values = Array.from({ length: 30 }, (_, i) => (i === 0 ? 1 : null));
    const result = estimateProportion(design, values);
    expect(result.estimate).toBe(1);
    expect(result.df).toBe(0);
    expect(result.ci_low).toBeNull();
    expect(estimateMean(design, values).ci_high).toBeNull();
  });
});

describe('inputs', () => {
  it('refuses values other than 0, 1 and null for a proportion', () => {
    expect(() => estimateProportion(design, new Array(30).fill(2) as (0 | 1)[])).toThrow(RangeError);
  });

  it('gives the same result for a mask and a unit list, and leaves frozen inputs alone', () => {
    const values = Object.freeze(Array.from({ length: 30 }, (_, i) => ((i * 7) % 3 === 0 ? 1 : 0) as 0 | 1));
    const mask = Object.freeze(Array.from({ length: 30 }, (_, i) => i % 4 !== 0));
    expect(estimateProportion(design, values, mask)).toEqual(estimateProportion(design, values, domainOf(mask)));
  });

  it('takes a confidence level', () => {
    const values = Array.from({ length: 30 }, (_, i) => i % 5);
    const at95 = estimateMean(design, values);
    const at90 = estimateMean(design, values, undefined, { level: 0.9 });
    expect((at90.ci_high ?? 0) - (at90.ci_low ?? 0)).toBeLessThan((at95.ci_high ?? 0) - (at95.ci_low ?? 0));
    expect(() => estimateMean(design, values, undefined, { level: 95 })).toThrow(RangeError);
  });
});
