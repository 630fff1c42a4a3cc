import { describe, expect, it } from 'vitest';
import { barometerScore, type ScoreIndicator } from './barometer-score.ts';
import { buildDesign } from './design.ts';

const design = buildDesign(
  Array.from({ length: 12 }, (_, i) => ({ stratum: i < 6 ? 'A' : 'B' })),
  { A: 24, B: 30 },
);

function indicator(
  code: string,
  dimension: string,
  values: (number | null)[],
  extra: Partial<ScoreIndicator> = {},
): ScoreIndicator {
  return Object.freeze({
    code,
    dimension,
    values: Object.freeze(values),
    goalposts: { low: 0, high: 1 },
    direction: 'higher_is_better' as const,
    ...extra,
  });
}

describe('barometerScore', () => {
  const half = [1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0];

  it('reverses the goalposts when lower is better and keeps scores inside [0, 100]', () => {
    const result = barometerScore(design, [
      indicator('UP', 'd', half),
      indicator('DOWN', 'd', [2, 2, 2, 2, 2, 2, 4, 4, 4, 4, 4, 4], {
        goalposts: { low: 0, high: 10 },
        direction: 'lower_is_better',
      }),
      indicator('BEYOND', 'e', new Array(12).fill(7), { goalposts: { low: 1, high: 5 } }),
    ]);
    const [up, down, beyond] = result.indicators;
    expect(up?.score).toBeCloseTo(50, 12);
    // mean (24 x 2 + 30 x 4) / 54 = 3.1111, reversed on 0-10: 68.888...
    expect(down?.score).toBeCloseTo(100 - (100 * (24 * 2 + 30 * 4)) / 54 / 10, 12);
    expect(beyond?.score).toBe(100);
    expect(beyond?.se).toBe(0);
    expect(result.dimensions.map((d) => d.code)).toEqual(['d', 'e']);
    expect(result.dimensions[0]?.score).toBeCloseTo(((up?.score ?? 0) + (down?.score ?? 0)) / 2, 12);
    expect(result.overall.score).toBeCloseTo(((result.dimensions[0]?.score ?? 0) + 100) / 2, 12);
  });

  it('clips the interval to [0, 100]', () => {
    const result = barometerScore(design, [indicator('HIGH', 'd', [1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1])]);
    const entry = result.indicators[0];
    expect(entry?.ci_high).toBe(100);
    // The contract's 1.96, whatever the df (here 10).
    expect(entry?.ci_low).toBeCloseTo((entry?.score ?? 0) - 1.96 * (entry?.se ?? 0), 12);
  });

  it('leaves an indicator without data out of its dimension, and an empty dimension out of the overall', () => {
    const result = barometerScore(design, [
      indicator('SOME', 'd', half),
      indicator('NONE', 'd', new Array(12).fill(null)),
      indicator('ALONE', 'e', new Array(12).fill(null)),
    ]);
    expect(result.indicators[1]).toEqual({ code: 'NONE', score: null, se: null, ci_low: null, ci_high: null });
    expect(result.dimensions[0]?.score).toBeCloseTo(50, 12);
    expect(result.dimensions[1]?.score).toBeNull();
    expect(result.overall.score).toBeCloseTo(50, 12);
    expect(result.overall.se).toBeCloseTo(result.dimensions[0]?.se ?? Number.NaN, 12);
  });

  it('refuses goalposts that do not span an interval', () => {
    expect(() => barometerScore(design, [indicator('X', 'd', half, { goalposts: { low: 1, high: 1 } })])).toThrow(
      RangeError,
    );
  });
});
