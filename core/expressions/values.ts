import { isoDateToDays } from './dates.ts';

/** The XPath 1.0 value types this subset needs (no node-sets: a select_multiple answer is a string). */
export type Value = string | number | boolean;

/** XPath `Number` with surrounding whitespace and an optional minus, as `number()` accepts it. */
const NUMERIC_TEXT = /^[ \t\r\n]*-?(?:\d+(?:\.\d*)?|\.\d+)[ \t\r\n]*$/;

/**
 * An answer as the expression sees it: missing (null, undefined) is the empty string, a select_multiple
 * array is its space-separated values, as ODK stores it.
 */
export function fromAnswer(answer: unknown): Value {
  if (typeof answer === 'string' || typeof answer === 'number' || typeof answer === 'boolean') return answer;
  if (Array.isArray(answer)) {
    return answer.filter((item) => typeof item === 'string' || typeof item === 'number').join(' ');
  }
  return '';
}

/** XPath `boolean()`: a non-empty string, a number other than 0 and NaN. */
export function toBoolean(value: Value): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0 && !Number.isNaN(value);
  return value.length > 0;
}

/**
 * XPath `number()`, extended as ODK does for dates: an ISO date is its day count since 1970-01-01.
 * Anything else that is not numeric text is NaN (so comparisons with it are false).
 */
export function toNumber(value: Value): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (NUMERIC_TEXT.test(value)) return Number(value.trim());
  return isoDateToDays(value.trim()) ?? Number.NaN;
}

/** XPath `string()`: NaN is 'NaN', infinities 'Infinity' and '-Infinity', booleans 'true'/'false'. */
export function toText(value: Value): string {
  return String(value);
}
