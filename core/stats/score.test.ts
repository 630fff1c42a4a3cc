import { describe, expect, it } from 'vitest';
import { barometerScore, type ScoreIndicator } from './barometer-score.ts';
import { buildDesign } from './design.ts';
import {
  expectedScores,
  indicatorValues,
  interviews,
  populations,
  scoreDimensions,
} from './test-support/oracle-wave-a.ts';

/**
 * R survey 4.1.1 on the oracle wave (test/fixtures/oracle/wave-a/score.json):
 *   rep <- as.svrepdesign(design, type = "JKn")      # 349 replicates
 *   withReplicates(rep, function(w, data) <scores of the indicators, dimensions and overall>)
 * Tolerance: 1e-9 relative on score and se (the brief asks for 6 significant digits).
 */
const TOLERANCE = 1e-9;

const design = buildDesign(
  interviews.map((row) => ({ stratum: row['establishment_code'] ?? '' })),
  populations,
);

const indicators: ScoreIndicator[] = Object.entries(scoreDimensions).flatMap(([dimension, codes]) =>
  codes.map((code) => ({
    code,
    dimension,
    values: indicatorValues(code),
    // score.json normalisation: a proportion times 100; WELLBEING (1-5) as (x - 1) / 4 x 100.
    goalposts: code === 'WELLBEING' ? { low: 1, high: 5 } : { low: 0, high: 1 },
    direction: 'higher_is_better' as const,
  })),
);

const result = barometerScore(design, Object.freeze(indicators.map((indicator) => Object.freeze(indicator))));
const entries = [...result.indicators, ...result.dimensions, result.overall];

describe('oracle wave-a: score.json', () => {
  it('covers the 14 rows', () => {
    expect(expectedScores).toHaveLength(14);
    expect(entries.map((entry) => entry.code).sort()).toEqual(expectedScores.map((row) => row.name).sort());
  });

  it.each(expectedScores.map((row) => [row.name, row] as const))('%s', (name, expected) => {
    const actual = entries.find((entry) => entry.code === name);
    expect(actual).toBeDefined();
    const score = actual?.score ?? Number.NaN;
    const se = actual?.se ?? Number.NaN;
    expect(Math.abs(score - expected.score)).toBeLessThanOrEqual(TOLERANCE * expected.score);
    expect(Math.abs(se - expected.se)).toBeLessThanOrEqual(TOLERANCE * expected.se);
    // The contract fixes the interval at ± 1.96 SE.
    expect(actual?.ci_low).toBeCloseTo(Math.max(0, expected.score - 1.96 * expected.se), 6);
    expect(actual?.ci_high).toBeCloseTo(Math.min(100, expected.score + 1.96 * expected.se), 6);
  });
});
