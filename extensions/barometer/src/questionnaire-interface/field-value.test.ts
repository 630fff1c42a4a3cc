import { describe, expect, it } from 'vitest';
import { answersFromValue, sameValue } from './field-value.ts';

describe('answersFromValue', () => {
  it.each([
    [{ AGE: 15 }, { AGE: 15 }],
    ['{"AGE":15}', { AGE: 15 }],
    ['not json', {}],
    [null, {}],
    [undefined, {}],
    [[1, 2], {}],
    [42, {}],
  ])('%j -> %j', (value, expected) => {
    expect(answersFromValue(value)).toEqual(expected);
  });

  it('copies, so that editing never writes into the value Directus holds', () => {
    const value = { AGE: 15 };
    expect(answersFromValue(value)).not.toBe(value);
  });
});

describe('sameValue', () => {
  it('ignores key order, not array order', () => {
    expect(sameValue({ A: 1, B: ['x', 'y'] }, { B: ['x', 'y'], A: 1 })).toBe(true);
    expect(sameValue({ B: ['y', 'x'] }, { B: ['x', 'y'] })).toBe(false);
    expect(sameValue({ A: 1 }, { A: 2 })).toBe(false);
  });

  it('treats null and undefined as the same empty value', () => {
    expect(sameValue(null, undefined)).toBe(true);
    expect(sameValue(null, {})).toBe(false);
  });
});
