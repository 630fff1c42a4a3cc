import { describe, expect, it } from 'vitest';
import { compareEstimates, pointInterval, waveCoverage, type TrendPointInput } from './trend.ts';

describe('compareEstimates', () => {
  const series: TrendPointInput[] = [
    { wave: 'B2020', kind: 'baseline', estimate: 0.3, n: 100, comparable: true },
    { wave: 'W1', kind: 'wave', estimate: 0.4, se: 0.03, n: 250, df: 230, comparable: true },
    { wave: 'W2', kind: 'wave', estimate: 0.42, se: 0.03, n: 240, df: 230, comparable: true },
  ];
  const [baseline, w1, w2] = compareEstimates(series, { type: 'proportion' });

  it('gives no change on the baseline', () => {
    expect(baseline).toMatchObject({ wave: 'B2020', change_from_previous: null, change_from_baseline: null });
  });

  it('uses the panel design variance and Student t with Welch-Satterthwaite df between two waves', () => {
    const se = Math.hypot(0.03, 0.03);
    // df = (2 × 0.03²)² / (2 × 0.03⁴ / 230) = 460; qt(0.975, 460) = 1.965134461044154 (scipy 1.17).
    const t = 1.965134461044154;
    expect(w2?.change_from_previous).toEqual({
      comparable: true,
      change: expect.closeTo(0.02, 12) as number,
      se: expect.closeTo(se, 12) as number,
      ci_low: expect.closeTo(0.02 - t * se, 10) as number,
      ci_high: expect.closeTo(0.02 + t * se, 10) as number,
      significant: false,
      df: expect.closeTo(460, 9) as number,
      method: 'panel sub-strata, conditional covariance',
    });
  });

  it('weights the df towards the noisier wave', () => {
    const [, later] = compareEstimates(
      [
        { wave: 'W1', kind: 'wave', estimate: 0.4, se: 0.02, df: 40, comparable: true },
        { wave: 'W2', kind: 'wave', estimate: 0.5, se: 0.03, df: 200, comparable: true },
      ],
      { type: 'proportion' },
    );
    // df = (0.02² + 0.03²)² / (0.02⁴ / 40 + 0.03⁴ / 200) = 209.9379; qt(0.975, df) = 1.9713281735346153.
    const change = later?.change_from_previous;
    expect(change && 'df' in change ? change.df : null).toBeCloseTo(209.93788819875778, 9);
    expect(change && 'ci_high' in change ? change.ci_high : null).toBeCloseTo(
      0.1 + 1.9713281735346153 * Math.hypot(0.02, 0.03),
      10,
    );
  });

  it('draws no significance from a provisional wave, from the previous wave or the baseline', () => {
    const points = compareEstimates(
      [
        { wave: 'B2020', kind: 'baseline', estimate: 0.3, se: 0.01, comparable: true },
        { wave: 'W1', kind: 'wave', estimate: 0.4, se: 0.01, df: 200, comparable: true },
        { wave: 'W2', kind: 'wave', estimate: 0.6, se: 0.01, df: 200, comparable: true, provisional: true },
      ],
      { type: 'proportion' },
    );
    expect(points[1]?.change_from_baseline).toMatchObject({ significant: true });
    const open = points[2];
    expect(open?.change_from_previous).toMatchObject({ significant: null, change: expect.closeTo(0.2, 12) as number });
    expect(open?.change_from_baseline).toMatchObject({ significant: null });
    const note =
      open?.change_from_previous && 'note' in open.change_from_previous ? open.change_from_previous.note : '';
    expect(note).toMatch(/W2 is provisional/);
  });

  it('approximates a baseline without standard error by sqrt(p(1-p)/n) and says so', () => {
    const baselineSe = Math.sqrt((0.3 * 0.7) / 100);
    const change = w1?.change_from_baseline;
    expect(change).toMatchObject({
      comparable: true,
      significant: false,
      method: 'independent samples, normal approximation',
      df: null,
    });
    expect(change && 'se' in change ? change.se : null).toBeCloseTo(Math.hypot(baselineSe, 0.03), 12);
    expect(change && 'note' in change ? change.note : '').toMatch(
      /B2020 approximated as sqrt\(p\(1-p\)\/n\) with n = 100/,
    );
    expect(w2?.change_from_baseline).toMatchObject({ change: expect.closeTo(0.12, 12) as number, significant: true });
  });

  it('does not assess significance without standard error or n', () => {
    const [, later] = compareEstimates(
      [
        { wave: 'B2020', kind: 'baseline', estimate: 2.1, comparable: true },
        { wave: 'W1', kind: 'wave', estimate: 3.4, se: 0.2, comparable: true },
      ],
      { type: 'mean' },
    );
    expect(later?.change_from_baseline).toEqual({
      comparable: true,
      change: expect.closeTo(1.3, 12) as number,
      se: null,
      ci_low: null,
      ci_high: null,
      significant: null,
      method: 'independent samples, normal approximation',
      note: 'no standard error for B2020: significance not assessed',
    });
  });

  it('breaks the comparison across a changed definition, from the baseline too', () => {
    const points = compareEstimates(
      [
        { wave: 'B2020', kind: 'baseline', estimate: 0.3, se: 0.04, comparable: true },
        { wave: 'W1', kind: 'wave', estimate: 0.4, se: 0.03, comparable: false },
        { wave: 'W2', kind: 'wave', estimate: 0.5, se: 0.03, comparable: true },
        { wave: 'W3', kind: 'wave', estimate: null, comparable: true },
      ],
      { type: 'proportion' },
    );
    const comparability = points.map((point) => [
      point.change_from_previous?.comparable ?? null,
      point.change_from_baseline?.comparable ?? null,
    ]);
    expect(comparability).toEqual([
      [null, null],
      [false, false],
      [true, false],
      [null, false],
    ]);
    expect(points[2]?.change_from_previous).toMatchObject({ significant: true });
  });
});

describe('waveCoverage', () => {
  it('counts the interviews and the minors of the establishments visited over the frame', () => {
    const frame = [
      { establishment: 'A', population: 100 },
      { establishment: 'B', population: 50 },
      { establishment: 'C', population: 30 },
    ];
    const interviews = [
      { establishment: 'A', answers: {} },
      { establishment: 'A', answers: {} },
      { establishment: 'C', answers: {} },
    ];
    expect(waveCoverage(interviews, frame)).toEqual({ interviews: 3, minors_covered: 130, frame: 180 });
  });
});

describe('pointInterval', () => {
  it('uses sqrt(p(1-p)/n) for a baseline that gives only p and n (R: 0.3 + c(-1, 1) * qnorm(0.975) * sqrt(0.21 / 100))', () => {
    const interval = pointInterval({ wave: 'B2020', n: 100 }, 0.3, 'proportion');
    expect(interval?.ci_low).toBeCloseTo(0.2101832, 7);
    expect(interval?.ci_high).toBeCloseTo(0.3898168, 7);
  });

  it('uses a given standard error, clips a proportion to [0, 1] and not a mean', () => {
    expect(pointInterval({ wave: 'W1', se: 0.05, n: 12 }, 0.02, 'proportion')?.ci_low).toBe(0);
    expect(pointInterval({ wave: 'W1', se: 1, n: 12 }, 0.5, 'mean')?.ci_low).toBeCloseTo(-1.459964, 6);
  });

  it('gives none without a standard error to take', () => {
    expect(pointInterval({ wave: 'B2020' }, 2.5, 'mean')).toBeUndefined();
    expect(pointInterval({ wave: 'B2020', n: 0 }, 0.3, 'proportion')).toBeUndefined();
  });
});
