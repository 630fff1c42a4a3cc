import { describe, expect, it } from 'vitest';
import { targetSize } from './index.ts';

describe('targetSize', () => {
  it.each([
    [0.25, 40, 10],
    [0.25, 41, 11],
    [0.25, 1, 1],
    [0.1, 30, 3],
    [0.3, 10, 3],
    [0.7, 10, 7],
    [1, 7, 7],
    [0.25, 0, 0],
  ])('rounds rate %d × N_h %d up to %d, without binary rounding errors', (rate, population, expected) => {
    expect(targetSize(rate, population)).toBe(expected);
  });

  it('never answers -0, so a stored or printed target of an empty stratum is 0', () => {
    expect(Object.is(targetSize(0.25, 0), 0)).toBe(true);
    expect(Object.is(Math.ceil(0.25 * 0 - 1e-9), -0)).toBe(true);
  });
});
