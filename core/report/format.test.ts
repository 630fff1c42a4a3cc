import { describe, expect, test } from 'vitest';
import {
  formatChange,
  formatDate,
  formatDecimal,
  formatEstimate,
  formatInteger,
  formatInterval,
  formatPercent,
  formatScoreChange,
} from './format.ts';

const NNBSP = '\u202F';
/** ICU 78 puts a no-break space (U+00A0) before "%" in fr-FR, and U+202F between digit groups. */
const NBSP = '\u00A0';

describe('French number formatting', () => {
  test.each([
    [() => formatPercent(0.5083), `50,8${NBSP}%`],
    [() => formatPercent(0.25, 0), `25${NBSP}%`],
    [() => formatInteger(1204), `1${NNBSP}204`],
    [() => formatDecimal(1204.45), `1${NNBSP}204,5`],
    [() => formatEstimate({ type: 'proportion' }, 0.51), `51,0${NBSP}%`],
    [() => formatEstimate({ type: 'mean', unit: 'jours' }, 7.94), '7,9\u00A0jours'],
    [() => formatInterval({ type: 'proportion' }, 0.4432, 0.5771), '44,3\u00A0–\u00A057,7'],
    [() => formatChange({ type: 'proportion' }, -0.11), '-11,0\u00A0pts'],
    [() => formatChange({ type: 'proportion' }, 0.07), '+7,0\u00A0pts'],
    [() => formatChange({ type: 'mean', unit: 'h' }, 1.6), '+1,6\u00A0h'],
    [() => formatScoreChange(4.84), '+4,8'],
    [() => formatScoreChange(0), '0,0'],
  ])('%#: %s', (format, expected) => {
    expect(format()).toBe(expected);
  });

  test('dates are French, in UTC, with the ordinal first day', () => {
    expect(formatDate('2026-03-09')).toBe('9 mars 2026');
    expect(formatDate('2026-03-01')).toBe('1er mars 2026');
    expect(formatDate('2026-12-31T23:30:00-05:00')).toBe('1er janvier 2027');
  });
});
