import { describe, expect, it } from 'vitest';
import { fromAnswer, toBoolean, toNumber, toText, type Value } from './values.ts';

describe('fromAnswer', () => {
  it.each<[unknown, Value]>([
    [null, ''],
    [undefined, ''],
    ['oui', 'oui'],
    [3, 3],
    [false, false],
    [['a', 'b'], 'a b'],
    [[], ''],
    [{ nested: true }, ''],
  ])('%j -> %j', (answer, expected) => {
    expect(fromAnswer(answer)).toEqual(expected);
  });
});

describe('toBoolean (XPath boolean())', () => {
  it.each<[Value, boolean]>([
    ['', false],
    ['false', true],
    ['0', true],
    [0, false],
    [Number.NaN, false],
    [-1, true],
    [true, true],
  ])('%j -> %j', (value, expected) => {
    expect(toBoolean(value)).toBe(expected);
  });
});

describe('toNumber (XPath number(), dates as days)', () => {
  it.each<[Value, number]>([
    ['', Number.NaN],
    [' 12 ', 12],
    ['-3.5', -3.5],
    ['.5', 0.5],
    ['1e3', Number.NaN],
    ['+1', Number.NaN],
    ['0x10', Number.NaN],
    ['abc', Number.NaN],
    [true, 1],
    [false, 0],
    ['1970-01-02', 1],
    ['2024-02-29', 19_782],
    ['2023-02-29', Number.NaN],
  ])('%j -> %d', (value, expected) => {
    expect(toNumber(value)).toBe(expected);
  });
});

describe('toText (XPath string())', () => {
  it.each<[Value, string]>([
    [1, '1'],
    [1.5, '1.5'],
    [-0, '0'],
    [Number.NaN, 'NaN'],
    [Infinity, 'Infinity'],
    [true, 'true'],
  ])('%j -> %s', (value, expected) => {
    expect(toText(value)).toBe(expected);
  });
});
