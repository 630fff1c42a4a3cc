import { describe, expect, it } from 'vitest';
import { logBeta, logGamma } from './log-gamma.ts';

function relativeError(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.abs(expected);
}

/** References: 30-digit arithmetic (mpmath 1.3 `loggamma`, `log(beta(a, b))`), as R `lgamma`/`lbeta`. */
describe('logGamma and logBeta', () => {
  it.each([
    [0.5, 0.57236494292470008707],
    [3.7, 1.4280723266653879219],
    [10, Math.log(362880)],
    [1e6, 12815504.56914761166],
  ] as const)('lgamma(%s) = %s (1e-14 relative)', (x, expected) => {
    expect(relativeError(logGamma(x), expected)).toBeLessThanOrEqual(1e-14);
  });

  it.each([
    [50000, 0.5, -4.8375216992804415099],
    [12, 15, -18.568172732389434645],
    [2.5, 3.5, -3.3018352699620526098],
  ] as const)('lbeta(%s, %s) = %s (1e-13 relative)', (a, b, expected) => {
    expect(relativeError(logBeta(a, b), expected)).toBeLessThanOrEqual(1e-13);
    expect(logBeta(b, a)).toBe(logBeta(a, b));
  });

  it('rejects arguments outside the positive axis', () => {
    expect(() => logGamma(0)).toThrow(RangeError);
    expect(() => logBeta(1, -1)).toThrow(RangeError);
  });
});
