import { studentTQuantile } from './student-t.ts';

/**
 * The two-sided critical value t_{1-(1-level)/2, df} (R `qt(1 - (1 - level) / 2, df)`).
 *
 * Remembered per (level, df): a breakdown asks for the same few values hundreds of thousands of times
 * and a quantile on large df costs a few hundred continued-fraction terms. df is an integer below the
 * sample size, so the memory is small; it is still bounded, and emptied when full.
 */

const MAX_ENTRIES = 4096;
const remembered = new Map<string, number>();

export function tCritical(level: number, df: number): number {
  const key = `${level}|${df}`;
  const known = remembered.get(key);
  if (known !== undefined) return known;
  const value = -studentTQuantile((1 - level) / 2, df);
  if (remembered.size >= MAX_ENTRIES) remembered.clear();
  remembered.set(key, value);
  return value;
}
