import { describe, expect, it } from 'vitest';
import { statusAsOf, type FollowUpRow, type TrackedRecommendation } from './tracker.ts';

const W1 = { code: 'W1', reference_date: '2026-03-31' };
const W2 = { code: 'W2', reference_date: '2026-09-30' };
const W3 = { code: 'W3', reference_date: '2027-03-31' };

const recommendation = (id: number, wave = W1): TrackedRecommendation => ({
  id,
  wave,
  text: `R${id}`,
  text_ar: '',
  institution: 'DGAPR',
  institution_ar: '',
  priority: 'high',
  deadline: null,
  indicators: ['SAF_ADULTS'],
});
const row = (id: number, wave: typeof W1, status: FollowUpRow['status']): FollowUpRow => ({
  recommendation: id,
  wave,
  status,
  evidence: `${status} at ${wave.code}`,
  source: 'OMP',
  date: null,
});

describe('statusAsOf', () => {
  const recommendations = [recommendation(2, W2), recommendation(1)];
  const followUps = [row(1, W2, 'in_progress'), row(1, W3, 'implemented'), row(2, W3, 'rejected')];

  it('gives each earlier recommendation its latest follow-up up to the wave, never a later one', () => {
    const atW2 = statusAsOf(recommendations, followUps, W2);
    expect(atW2.map((line) => [line.id, line.status, line.as_of])).toEqual([[1, 'in_progress', 'W2']]);
    const atW3 = statusAsOf(recommendations, followUps, W3);
    expect(atW3.map((line) => [line.id, line.status, line.as_of, line.evidence])).toEqual([
      [1, 'implemented', 'W3', 'implemented at W3'],
      [2, 'rejected', 'W3', 'rejected at W3'],
    ]);
  });

  it('keeps a recommendation without any follow-up, with no status', () => {
    expect(statusAsOf([recommendation(3)], [], W2)).toEqual([
      expect.objectContaining({ id: 3, status: null, as_of: null, evidence: '' }),
    ]);
    expect(statusAsOf([recommendation(3)], [], W1)).toEqual([]);
  });
});
