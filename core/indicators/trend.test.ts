import { describe, expect, it } from 'vitest';
import { compareEstimates, type TrendPointInput } from './trend.ts';

const Z = 1.959963984540054; // qnorm(0.975)

describe('compareEstimates', () => {
  const series: TrendPointInput[] = [
    { wave: 'B2020', kind: 'baseline', estimate: 0.3, n: 100, comparable: true },
    { wave: 'W1', kind: 'wave', estimate: 0.4, se: 0.03, n: 250, comparable: true },
    { wave: 'W2', kind: 'wave', estimate: 0.42, se: 0.03, n: 240, comparable: true },
  ];
  const [baseline, w1, w2] = compareEstimates(series, { type: 'proportion' });

  it('gives no change on the baseline', () => {
    expect(baseline).toMatchObject({ wave: 'B2020', change_from_previous: null, change_from_baseline: null });
  });

  it('uses the standard errors of two independent samples', () => {
    const se = Math.hypot(0.03, 0.03);
    expect(w2?.change_from_previous).toEqual({
      comparable: true,
      change: expect.closeTo(0.02, 12) as number,
      se: expect.closeTo(se, 12) as number,
      ci_low: expect.closeTo(0.02 - Z * se, 12) as number,
      ci_high: expect.closeTo(0.02 + Z * se, 12) as number,
      significant: false,
      method: 'independent samples',
    });
  });

  it('approximates a baseline without standard error by sqrt(p(1-p)/n) and says so', () => {
    const baselineSe = Math.sqrt((0.3 * 0.7) / 100);
    const change = w1?.change_from_baseline;
    expect(change).toMatchObject({ comparable: true, significant: false, method: 'independent samples' });
    expect(change && 'se' in change ? change.se : null).toBeCloseTo(Math.hypot(baselineSe, 0.03), 12);
    expect(change && 'note' in change ? change.note : '').toMatch(/B2020 approximated as sqrt\(p\(1-p\)\/n\) with n = 100/);
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
      method: 'independent samples',
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
