import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDesign } from './design.ts';
import { domainOf } from './domain.ts';
import { stratifiedDomainMean } from './stratified-mean.ts';
import { naiveDomainMean, randomSample } from './test-support/random-design.ts';

describe('stratifiedDomainMean', () => {
  it('equals the influence-vector computation of R svyrecvar on random designs (1e-9 relative)', () => {
    fc.assert(
      fc.property(randomSample, (sample) => {
        const design = buildDesign(
          sample.strata.map((stratum) => ({ stratum })),
          sample.populations,
        );
        const actual = stratifiedDomainMean(design, sample.values, domainOf(sample.inDomain));
        const expected = naiveDomainMean(sample);
        if (expected === null) {
          expect(actual).toBeNull();
          return;
        }
        expect(actual).not.toBeNull();
        expect(actual?.estimate).toBeCloseTo(expected.estimate, 9);
        const variance = actual?.variance ?? Number.NaN;
        expect(Math.abs(variance - expected.variance)).toBeLessThanOrEqual(1e-9 * Math.max(1e-12, expected.variance));
      }),
    );
  });

  it('counts n, strata in the domain and df as R degf of the subset', () => {
    const design = buildDesign(
      ['A', 'A', 'A', 'B', 'B', 'C'].map((stratum) => ({ stratum })),
      { A: 10, B: 10, C: 5 },
    );
    const mean = stratifiedDomainMean(design, [1, 2, null, 4, 5, 6], domainOf([true, true, true, true, false, false]));
    // units with a value in the domain: 1, 2 (A) and 4 (B): 3 units in 2 strata.
    expect(mean?.n).toBe(3);
    expect(mean?.df).toBe(1);
    expect(mean?.populationEstimate).toBeCloseTo((2 * 10) / 3 + 10 / 2, 12);
  });

  it('rejects a value list of the wrong length and non-finite values', () => {
    const design = buildDesign([{ stratum: 'A' }, { stratum: 'A' }], { A: 4 });
    expect(() => stratifiedDomainMean(design, [1], undefined)).toThrow(RangeError);
    expect(() => stratifiedDomainMean(design, [1, Number.NaN], undefined)).toThrow(RangeError);
    expect(() => stratifiedDomainMean(design, [1, 2], { units: [5] })).toThrow(RangeError);
  });
});
