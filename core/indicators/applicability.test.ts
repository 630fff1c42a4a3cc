import { describe, expect, it } from 'vitest';
import { computeIndicators } from './compute-indicators.ts';
import { IndicatorInputError } from './errors.ts';
import { computeScore, scoresComparable } from './score.ts';
import { frame, indicators, interviews, knownCodes } from './test-support/oracle.ts';
import type { IndicatorDefinition } from './types.ts';

const base = { type: 'proportion', direction: 'higher_is_better' } as const;

describe('indicators that do not apply to the wave', () => {
  const broken: IndicatorDefinition[] = [
    { ...base, code: 'AFTERCARE', numerator: "${AFTERCARE_RECEIVED} = 'yes'", denominator: '${RELEASED} = 1' },
    { ...base, code: 'TYPO', numerator: "${EDU_ENROLLED} = 'yes" },
    { ...base, code: 'DOT', numerator: ". = 'yes'" },
    { ...base, code: 'EMPTY', numerator: '  ' },
  ];
  const results = computeIndicators([...broken, ...indicators], interviews, frame, knownCodes, { disclosure: false });

  it('appear once each as applicable: false, with the reason, and the others are still computed', () => {
    expect(results.slice(0, 4)).toEqual([
      {
        indicator: 'AFTERCARE',
        applicable: false,
        reason:
          'numerator: no instrument version of the wave has question AFTERCARE_RECEIVED; ' +
          'denominator: no instrument version of the wave has question RELEASED',
      },
      { indicator: 'TYPO', applicable: false, reason: 'numerator: Unterminated string literal at position 18' },
      {
        indicator: 'DOT',
        applicable: false,
        reason: "numerator: '.' (the current answer) is only allowed in a constraint",
      },
      { indicator: 'EMPTY', applicable: false, reason: 'numerator: empty expression' },
    ]);
    expect(
      results.slice(4).filter((result) => 'domain' in result && Object.keys(result.domain).length === 0),
    ).toHaveLength(8);
  });

  it('are left out of the score without a problem; a mean without goalposts is a problem', () => {
    const score = computeScore(
      [
        { ...base, code: 'AFTERCARE', numerator: "${AFTERCARE_RECEIVED} = 'yes'", dimension: 'release' },
        {
          code: 'VISITS',
          type: 'mean',
          numerator: '${VISITS_COUNT}',
          dimension: 'family',
          direction: 'higher_is_better',
        },
        {
          code: 'BACKWARDS',
          type: 'mean',
          numerator: '${AGE}',
          dimension: 'legal',
          direction: 'lower_is_better',
          goalpost_low: 18,
          goalpost_high: 12,
        },
        ...indicators,
      ],
      interviews,
      frame,
      knownCodes,
    );
    expect(score.problems.map(({ indicator, problem }) => [indicator, problem])).toEqual([
      ['VISITS', 'missing-goalposts'],
      ['BACKWARDS', 'invalid-goalposts'],
    ]);
    expect(score.indicators.map((entry) => entry.code)).toEqual([
      'EDU',
      'VOC',
      'FAM',
      'PLAN',
      'LAW_GIRLS',
      'SPORT',
      'WELLBEING',
    ]);
  });
});

describe('a score with an indicator missing in a wave', () => {
  it('names the indicator and is not comparable with a complete wave', () => {
    const aftercare = { ...base, code: 'AFTERCARE', numerator: "${AFTERCARE_RECEIVED} = 'yes'", dimension: 'release' };
    const complete = computeScore(indicators, interviews, frame, knownCodes);
    const without = computeScore([aftercare, ...indicators], interviews, frame, knownCodes);
    expect(complete.missing).toEqual([]);
    expect(without.missing).toEqual(['AFTERCARE']);
    expect(scoresComparable(complete, complete)).toBe(true);
    expect(scoresComparable(complete, without)).toBe(false);
    expect(scoresComparable(without, complete)).toBe(false);
    // The uncertainty analysis runs on the scored indicators only, and gives the published score.
    expect(without.uncertainty?.published).toBeCloseTo(without.overall.score ?? Number.NaN, 9);
    expect(without.uncertainty?.effective_weights.map((entry) => entry.indicator)).toEqual(
      without.indicators.map((entry) => entry.code),
    );
  });
});

describe('missing answers', () => {
  it('put an interview outside the denominator when the numerator reads a missing answer', () => {
    const answers = [{ Q: 'yes' }, { Q: 'no' }, { Q: '' }, { Q: null }, {}, { Q: [] }];
    const wave = answers.map((a) => ({ establishment: 'E', answers: a }));
    const [result] = computeIndicators(
      [{ ...base, code: 'Q_YES', numerator: "${Q} = 'yes'" }],
      wave,
      [{ establishment: 'E', population: 60 }],
      new Set(['Q']),
      { disclosure: false },
    );
    expect(result).toMatchObject({ n: 2, estimate: 0.5 });
  });

  it('put an interview outside the denominator when the denominator reads a missing answer, as R NA', () => {
    const answers = [
      { Q: 'yes', R: 'no' },
      { Q: 'no', R: 'no' },
      { Q: 'yes', R: 'yes' },
      { Q: 'yes' },
      { Q: 'no', R: '' },
    ];
    const wave = answers.map((a) => ({ establishment: 'E', answers: a }));
    const run = (denominator: string) =>
      computeIndicators(
        [{ ...base, code: 'Q_YES', numerator: "${Q} = 'yes'", denominator }],
        wave,
        [{ establishment: 'E', population: 60 }],
        new Set(['Q', 'R']),
        { disclosure: false },
      )[0];
    // Read as '' the two interviews without R would count as "R is not yes": 3 of 4.
    expect(run("${R} != 'yes'")).toMatchObject({ n: 2, estimate: 0.5 });
    expect(run("not(${R} = 'yes')")).toMatchObject({ n: 2, estimate: 0.5 });
    // A denominator that tests emptiness keeps the empty answers, as its author meant.
    expect(run("${R} = ''")).toMatchObject({ n: 2, estimate: 0.5 });
    expect(run("${R} != 'yes' or string-length(${R}) = 0")).toMatchObject({ n: 4, estimate: 0.5 });
  });

  it('leave a mean without a value when the numerator is not a finite number', () => {
    const wave = [
      { X: 4, Y: 2 },
      { X: 3, Y: 0 },
      { X: 'many', Y: 1 },
    ].map((a) => ({ establishment: 'E', answers: a }));
    const [result] = computeIndicators(
      [{ ...base, type: 'mean', code: 'RATIO', numerator: '${X} div ${Y}' }],
      wave,
      [{ establishment: 'E', population: 30 }],
      new Set(['X', 'Y']),
      { disclosure: false },
    );
    expect(result).toMatchObject({ n: 1, estimate: 2 });
  });
});

describe('input errors', () => {
  it('refuse an unknown or repeated by variable, a multiple choice breakdown and a frame that misses a stratum', () => {
    const run =
      (by: string[], waveFrame = frame) =>
      () =>
        computeIndicators(indicators, interviews, waveFrame, knownCodes, { by });
    expect(run(['SEX', 'COLOUR'])).toThrow(new IndicatorInputError('unknown breakdown variables: COLOUR'));
    expect(run(['SEX', 'SEX'])).toThrow(IndicatorInputError);
    expect(run(['ACTIVITIES'])).toThrow(/multiple choice/);
    expect(run(['SEX'], frame.slice(1))).toThrow(new IndicatorInputError('stratum E01 has no population in the frame'));
  });
});
