import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { studentTQuantile, studentTUpperTail } from './student-t.ts';

function relativeError(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.abs(expected);
}

/**
 * Reference quantiles. "R" = the value quoted in the brief from R `qt`; "30 digits" = the root of
 * I_{df/(df+t²)}(df/2, 1/2) / 2 = 1 - p solved with 30-digit arithmetic (mpmath 1.3 `betainc`).
 * For df = 2 the brief's 4.302652729911275 disagrees with the closed form
 * t = (2p - 1) / sqrt(2 p (1 - p)) = 4.3026527297494618 at the 11th digit; the closed form is used.
 * Tolerance: 1e-12 relative (the brief asks for 1e-10).
 */
const QUANTILES: readonly (readonly [p: number, df: number, expected: number, source: string])[] = [
  [0.975, 1, 12.70620473617471, 'R'],
  [0.975, 2, 4.3026527297494618, 'closed form'],
  [0.975, 3, 3.1824463052837084, '30 digits'],
  [0.975, 5, 2.5705818356363148, '30 digits'],
  [0.975, 9, 2.262157162798205, '30 digits'],
  [0.975, 20, 2.085963447265837, 'R'],
  [0.975, 29, 2.0452296421327039, '30 digits'],
  [0.975, 30, 2.0422724563012379, '30 digits'],
  [0.975, 100, 1.9839715185235519, '30 digits'],
  [0.975, 337, 1.9670282846691862, '30 digits'],
  [0.975, 100000, 1.9599877075346093, '30 digits'],
  [0.995, 1, 63.656741162871524, '30 digits'],
  [0.9999999, 1.5, 24226.630997734749, '30 digits'],
  [0.999999, 3, 103.29946777942897, '30 digits'],
  [0.975, 0.5, 164.55767348048824, '30 digits'],
  [0.6, 4, 0.27072229470759736, '30 digits'],
  [0.025, 20, -2.085963447265837, 'R, by symmetry'],
];

describe('studentTQuantile', () => {
  it.each(QUANTILES)('qt(%s, %s) = %s (%s)', (p, df, expected) => {
    expect(relativeError(studentTQuantile(p, df), expected)).toBeLessThanOrEqual(1e-12);
  });

  it('is the normal quantile at df = Infinity and 0 at p = 1/2', () => {
    expect(studentTQuantile(0.975, Number.POSITIVE_INFINITY)).toBeCloseTo(1.959963984540054, 14);
    expect(studentTQuantile(0.5, 7)).toBe(0);
    expect(studentTQuantile(1, 7)).toBe(Number.POSITIVE_INFINITY);
  });

  it('rejects p outside [0, 1] and df <= 0', () => {
    expect(() => studentTQuantile(1.5, 3)).toThrow(RangeError);
    expect(() => studentTQuantile(0.5, 0)).toThrow(RangeError);
  });

  it('inverts the upper tail (property, 1e-12 relative on the tail)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-8, max: 1 - 1e-8, noNaN: true }),
        fc.double({ min: 1, max: 5000, noNaN: true }),
        (p, df) => {
          const tail = studentTUpperTail(studentTQuantile(p, df), df);
          expect(relativeError(tail, 1 - p)).toBeLessThanOrEqual(1e-10);
        },
      ),
    );
  });
});

/**
 * Reference: 30-digit arithmetic (mpmath `betainc`), as R `pt(t, df, lower.tail = FALSE)`. Tolerance
 * 1e-13 relative, 1e-11 at df = 1e5 (the continued fraction's error grows with df, see student-t.ts).
 */
describe('studentTUpperTail', () => {
  it.each([
    [2, 5, 0.050969739414929178, 1e-13],
    [40, 3, 0.000017190340394579264, 1e-13],
    [0.1, 1000, 0.46018218451180207, 1e-13],
    [1.96, 100000, 0.024999281597150817, 1e-11],
  ] as const)('pt(%s, %s, lower.tail = FALSE) = %s', (t, df, expected, tolerance) => {
    expect(relativeError(studentTUpperTail(t, df), expected)).toBeLessThanOrEqual(tolerance);
    expect(relativeError(studentTUpperTail(-t, df), 1 - expected)).toBeLessThanOrEqual(tolerance);
  });
});
