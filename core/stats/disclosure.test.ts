import { describe, expect, it } from 'vitest';
import { applyDisclosure, disclosureControl, type DisclosureCell } from './disclosure.ts';

function decide(cells: DisclosureCell[], threshold?: number): Record<string, string | null> {
  const frozen = Object.freeze(cells.map((cell) => Object.freeze(cell)));
  const decisions = disclosureControl(frozen, threshold === undefined ? undefined : { threshold });
  return Object.fromEntries(decisions.map((decision) => [decision.key, decision.reason]));
}

describe('disclosureControl', () => {
  it('suppresses cells under 10 interviews (primary) and keeps 10 and more', () => {
    expect(
      decide([
        { key: 'overall', n: 9 },
        { key: 'other', n: 10 },
      ]),
    ).toEqual({ overall: 'primary', other: null });
  });

  it('suppresses the smallest sibling when exactly one cell of a partition is suppressed (secondary)', () => {
    const cells = [
      { key: 'overall', n: 140 },
      { key: 'cre', n: 13, siblings: 'type' },
      { key: 'quartier', n: 120, siblings: 'type' },
      { key: 'centre', n: 7, siblings: 'type' },
    ];
    expect(decide(cells)).toEqual({ overall: null, cre: 'secondary', quartier: null, centre: 'primary' });
  });

  it('suppresses LAW_GIRLS in two establishment types of the oracle wave and adds nothing', () => {
    // test/fixtures/oracle/README.md: LAW_GIRLS by establishment_type rests on 13, 9 and 7 interviews.
    const cells = [
      { key: 'LAW_GIRLS', n: 29 },
      { key: 'cre', n: 13, siblings: 'establishment_type' },
      { key: 'quartier_mineurs', n: 9, siblings: 'establishment_type' },
      { key: 'centre_sauvegarde', n: 7, siblings: 'establishment_type' },
    ];
    expect(decide(cells)).toEqual({
      LAW_GIRLS: null,
      cre: null,
      quartier_mineurs: 'primary',
      centre_sauvegarde: 'primary',
    });
  });

  it('adds nothing when two siblings are already suppressed', () => {
    const cells = [
      { key: 'cre', n: 13, siblings: 'type' },
      { key: 'quartier', n: 9, siblings: 'type' },
      { key: 'centre', n: 7, siblings: 'type' },
    ];
    expect(decide(cells)).toEqual({ cre: null, quartier: 'primary', centre: 'primary' });
  });

  it('treats sibling sets separately and breaks ties by order', () => {
    const cells = [
      { key: 'f', n: 4, siblings: 'SEX' },
      { key: 'm', n: 300, siblings: 'SEX' },
      { key: 'a', n: 50, siblings: 'AGE' },
      { key: 'b', n: 50, siblings: 'AGE' },
      { key: 'c', n: 2, siblings: 'AGE' },
    ];
    expect(decide(cells)).toEqual({ f: 'primary', m: 'secondary', a: 'secondary', b: null, c: 'primary' });
  });

  it('neither protects nor uses empty cells', () => {
    const cells = [
      { key: 'f', n: 29, siblings: 'SEX' },
      { key: 'm', n: 0, siblings: 'SEX' },
      { key: 'x', n: 3, siblings: 'TYPE' },
      { key: 'y', n: 0, siblings: 'TYPE' },
      { key: 'z', n: 40, siblings: 'TYPE' },
    ];
    expect(decide(cells)).toEqual({ f: null, m: 'primary', x: 'primary', y: 'primary', z: 'secondary' });
  });

  it('takes a threshold', () => {
    expect(decide([{ key: 'a', n: 12 }], 15)).toEqual({ a: 'primary' });
    expect(
      decide(
        [
          { key: 'a', n: 3 },
          { key: 'b', n: 0 },
        ],
        0,
      ),
    ).toEqual({ a: null, b: 'primary' });
    expect(() => disclosureControl([], { threshold: -1 })).toThrow(RangeError);
  });
});

describe('applyDisclosure', () => {
  const result = Object.freeze({ estimate: 0.7, se: 0.15, ci_low: 0.27, ci_high: 0.94, n: 7, df: 5 });

  it('drops estimate, se and interval of a suppressed result and flags it', () => {
    expect(applyDisclosure(result, { key: 'x', suppressed: true, reason: 'primary' })).toEqual({
      n: 7,
      df: 5,
      suppressed: true,
    });
  });

  it('keeps a published result whole', () => {
    expect(applyDisclosure(result, { key: 'x', suppressed: false, reason: null })).toEqual({
      ...result,
      suppressed: false,
    });
  });
});
