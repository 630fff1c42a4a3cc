import { describe, expect, it } from 'vitest';
import { DEMO_TRACING_DATE, planFollowups } from './followups.ts';

describe('the demo follow-up plan', () => {
  const members = [5, 1, 4, 2, 3, 6].map((id) => ({
    id,
    window_start: id <= 4 ? '2026-10-15' : '2027-01-10',
    enumerator: null,
    outcome: null,
  }));

  it('assigns every other member, and gives outcomes only where the window opened before the demo date', () => {
    const plans = planFollowups(members);
    expect(plans.map((plan) => plan.id)).toEqual([1, 3, 5]);
    expect(plans.map((plan) => plan.outcome)).toEqual(['interviewed', 'unreachable', null]);
    expect(plans[0]?.outcome_date).toBe('2026-10-15');
    expect(plans[2]?.outcome_date).toBeNull();
    expect('2026-10-15' <= DEMO_TRACING_DATE).toBe(true);
  });
});
