import { describe, expect, it } from 'vitest';
import { computeIndicators } from './compute-indicators.ts';
import { computeScore } from './score.ts';
import type { FrameEntry, IndicatorDefinition, InterviewRecord } from './types.ts';

/** Timings printed, not asserted: the machine decides. A synthetic wave with a fixed seed. */

function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES = ['cre', 'quartier_mineurs', 'centre_sauvegarde'];
const ESTABLISHMENTS = 40;
const YES_NO = Array.from({ length: 15 }, (_, k) => `Q${k + 1}`);

function wave(size: number): { interviews: InterviewRecord[]; frame: FrameEntry[] } {
  const random = generator(2020 + size);
  const pick = <T,>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const interviews = Array.from({ length: size }, (_, i): InterviewRecord => {
    const answers: Record<string, unknown> = {
      SEX: random() < 0.1 ? 'f' : 'm',
      AGE: 12 + Math.floor(random() * 6),
      VISITS: Math.floor(random() * 8),
      WELLBEING: 1 + Math.floor(random() * 5),
      ACTIVITIES: ['sport', 'culture', 'none'].filter(() => random() < 0.4),
    };
    for (const code of YES_NO) if (random() < 0.95) answers[code] = pick(['yes', 'no']);
    return { establishment: `E${i % ESTABLISHMENTS}`, answers };
  });
  const frame = Array.from({ length: ESTABLISHMENTS }, (_, h): FrameEntry => ({
    establishment: `E${h}`,
    population: 4 * Math.ceil(size / ESTABLISHMENTS),
    establishment_type: TYPES[h % TYPES.length] ?? null,
    region: `R${h % 7}`,
  }));
  return { interviews, frame };
}

const indicators: IndicatorDefinition[] = [
  ...YES_NO.map((code, k): IndicatorDefinition => ({
    code: `P_${code}`,
    type: 'proportion',
    numerator: `\${${code}} = 'yes'`,
    denominator: k % 3 === 0 ? '${AGE} >= 15' : k % 3 === 1 ? "${SEX} = 'f' or ${Q1} = 'no'" : '',
    dimension: `D${k % 5}`,
    direction: 'higher_is_better',
  })),
  ...Array.from({ length: 5 }, (_, k): IndicatorDefinition => ({
    code: `SPORT_${k}`,
    type: 'proportion',
    numerator: "selected(${ACTIVITIES}, 'sport') and count-selected(${ACTIVITIES}) >= 1",
    denominator: `\${AGE} >= ${12 + k}`,
    dimension: 'D5',
    direction: 'higher_is_better',
  })),
  ...Array.from({ length: 5 }, (_, k): IndicatorDefinition => ({
    code: `MEAN_${k}`,
    type: 'mean',
    numerator: k % 2 === 0 ? '${VISITS}' : 'if(${WELLBEING} > 2, ${WELLBEING}, ${WELLBEING} + 1)',
    denominator: `\${AGE} >= ${12 + k}`,
    dimension: 'D6',
    direction: 'higher_is_better',
    goalpost_low: 0,
    goalpost_high: 10,
  })),
];

const knownCodes = new Set(['SEX', 'AGE', 'VISITS', 'WELLBEING', 'ACTIVITIES', ...YES_NO]);
const by = ['SEX', 'establishment_type', 'AGE'];

function timed<T>(run: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = run();
  return { result, ms: performance.now() - start };
}

describe('timing (printed, not asserted)', () => {
  it.each([250, 100_000])('%i interviews x 25 indicators x 3 crossed domain variables', (size) => {
    const { interviews, frame } = wave(size);
    expect(indicators).toHaveLength(25);
    const estimates = timed(() => computeIndicators(indicators, interviews, frame, knownCodes, { by }));
    const score = timed(() => computeScore(indicators, interviews, frame, knownCodes));
    console.log(
      `${size} interviews x ${indicators.length} indicators, by ${by.join(' x ')}: ` +
        `computeIndicators ${estimates.ms.toFixed(0)} ms (${estimates.result.length} results), ` +
        `computeScore ${score.ms.toFixed(0)} ms`,
    );
    expect(estimates.result.length).toBeGreaterThan(indicators.length);
  }, 120_000);
});
