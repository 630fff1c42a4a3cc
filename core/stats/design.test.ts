import { describe, expect, it } from 'vitest';
import { buildDesign } from './design.ts';
import { domainOf, domainsBy } from './domain.ts';

describe('buildDesign', () => {
  const units = Object.freeze(['B', 'A', 'B', 'B'].map((stratum) => Object.freeze({ stratum })));
  const populations = Object.freeze({ A: 4, B: 12, C: 50 });

  it('weighs each unit N_h / n_h with fpc 1 - n_h / N_h, strata in order of appearance', () => {
    const design = buildDesign(units, populations);
    expect(design.size).toBe(4);
    expect(design.strata).toEqual(['B', 'A']);
    expect(Array.from(design.unitStratum)).toEqual([0, 1, 0, 0]);
    expect(Array.from(design.sampleSize)).toEqual([3, 1]);
    expect(Array.from(design.weight)).toEqual([4, 4]);
    expect(Array.from(design.fpc)).toEqual([0.75, 0.75]);
  });

  it('refuses a stratum missing from the frame or with more interviews than people', () => {
    expect(() => buildDesign([{ stratum: 'X' }], populations)).toThrow(/no population/);
    expect(() => buildDesign([{ stratum: 'toString' }], populations)).toThrow(/no population/);
    expect(() => buildDesign([{ stratum: 'A' }, { stratum: 'A' }], { A: 1 })).toThrow(/population of 1/);
  });

  it('does not modify its inputs (frozen) and returns a frozen design', () => {
    const design = buildDesign(units, populations);
    expect(Object.isFrozen(design)).toBe(true);
    expect(Object.isFrozen(design.strata)).toBe(true);
  });
});

describe('domains', () => {
  it('lists the units of a mask and of each value of a breakdown, null values in none', () => {
    expect(Array.from(domainOf(Object.freeze([false, true, true, false])).units)).toEqual([1, 2]);
    const domains = domainsBy(Object.freeze(['f', 'm', null, 'f']));
    expect([...domains.keys()]).toEqual(['f', 'm']);
    expect(Array.from(domains.get('f')?.units ?? [])).toEqual([0, 3]);
    expect(Array.from(domains.get('m')?.units ?? [])).toEqual([1]);
  });
});
