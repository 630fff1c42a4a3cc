import { describe, expect, it } from 'vitest';
import { normalQuantile, normalUpperTail } from './normal.ts';

function relativeError(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.abs(expected);
}

/**
 * qnorm(0.975) = 1.959963984540054 is R's value quoted in the brief; the others are 30-digit
 * arithmetic (mpmath 1.3, sqrt(2) erfinv(2p - 1) and erfc(z / sqrt(2)) / 2). Tolerance 1e-14 relative.
 */
describe('normalQuantile', () => {
  it.each([
    [0.975, 1.959963984540054],
    [0.9, 1.281551565544600467],
    [0.995, 2.575829303548900761],
    [1e-10, -6.3613409024040562],
    [1e-300, -37.047096299361199],
  ] as const)('qnorm(%s) = %s', (p, expected) => {
    expect(relativeError(normalQuantile(p), expected)).toBeLessThanOrEqual(1e-14);
  });

  it('handles the ends and rejects p outside [0, 1]', () => {
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    expect(() => normalQuantile(-0.1)).toThrow(RangeError);
    expect(() => normalQuantile(Number.NaN)).toThrow(RangeError);
  });
});

describe('normalUpperTail', () => {
  it.each([
    [1.96, 0.024997895148220434],
    [10, 7.619853024160526e-24],
  ] as const)('pnorm(%s, lower.tail = FALSE) = %s', (z, expected) => {
    expect(relativeError(normalUpperTail(z), expected)).toBeLessThanOrEqual(1e-14);
    expect(normalUpperTail(-z)).toBeCloseTo(1 - expected, 15);
  });
});
