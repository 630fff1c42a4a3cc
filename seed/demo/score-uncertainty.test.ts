import { describe, expect, it } from 'vitest';
import { computeScore } from '../../core/indicators/index.ts';
import { demoData } from './data.ts';

/**
 * The demo W1's score audit against the figures of issue 14, computed there independently of
 * core/stats/score-uncertainty.ts: 49.5 ± 0.65 published, 43.7 with geometric means, 43.9 to 53.1
 * leaving one dimension out (both exact, no randomness), 39.2 to 60.9 under random dimension weights
 * (a Monte-Carlo of its own: here the 5th-95th percentiles of 2,000 Dirichlet draws, within a point).
 */
describe('the demo W1 score uncertainty', () => {
  const counted = demoData.interviews.filter(
    (interview) => interview.wave === 'W1' && (interview.status === 'submitted' || interview.status === 'validated'),
  );
  const frame = demoData.frames
    .filter((entry) => entry.wave === 'W1')
    .map(({ establishment, population }) => ({ establishment, population }));
  const codes = new Set(counted.flatMap((interview) => Object.keys(interview.answers)));
  const score = computeScore(
    demoData.indicators,
    counted.map(({ establishment, answers }) => ({ establishment, answers })),
    frame,
    codes,
  );

  it('reproduces the published score and the audit of issue 14', () => {
    expect(score.overall.score).toBeCloseTo(49.5, 1);
    expect(score.overall.se).toBeCloseTo(0.65, 2);
    const u = score.uncertainty;
    expect(u?.geometric).toBeCloseTo(43.7, 1);
    const out = (u?.leave_one_out ?? []).map((entry) => entry.score);
    expect(Math.min(...out)).toBeCloseTo(43.9, 1);
    expect(Math.max(...out)).toBeCloseTo(53.1, 1);
    expect(Math.abs((u?.weights.low ?? 0) - 39.2)).toBeLessThan(1);
    expect(Math.abs((u?.weights.high ?? 0) - 60.9)).toBeLessThan(1);
  });
});
