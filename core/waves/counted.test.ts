import { describe, expect, it } from 'vitest';
import { DEFAULT_SAMPLING_RATE, isClosed, isCounted, samplingRateOf, WAVE_STATUSES } from './index.ts';

describe('isCounted', () => {
  it.each([
    [{ status: 'submitted', excluded: false }, true],
    [{ status: 'validated', excluded: null }, true],
    [{ status: 'validated' }, true],
    [{ status: 'validated', excluded: 1 }, false],
    [{ status: 'submitted', excluded: true }, false],
    [{ status: 'draft', excluded: false }, false],
    [{ status: 'rejected', excluded: false }, false],
  ])('%j -> %s', (interview, expected) => {
    expect(isCounted(interview)).toBe(expected);
  });
});

describe('statuses and the sampling rate', () => {
  it('closes a wave at its lock and for good at its publication', () => {
    expect(WAVE_STATUSES.filter(isClosed)).toEqual(['locked', 'published']);
  });

  it('reads a stored rate, text on PostgreSQL, and falls back to 25% when none was set', () => {
    expect(DEFAULT_SAMPLING_RATE).toBe(0.25);
    expect(samplingRateOf('0.3000')).toBe(0.3);
    expect(samplingRateOf(null)).toBe(0.25);
    expect(samplingRateOf(undefined)).toBe(0.25);
  });
});
