import { describe, expect, it } from 'vitest';
import { FOLLOW_UP_LABELS, FOLLOW_UP_STATUSES, followUpProblem } from './follow-up.ts';

const W1 = { code: 'W1', reference_date: '2026-03-31' };
const W2 = { code: 'W2', reference_date: '2026-09-30' };

describe('followUpProblem', () => {
  it('accepts a first follow-up at a later wave', () => {
    expect(followUpProblem(W1, W2, [])).toBeNull();
    expect(followUpProblem(null, W2, ['W3'])).toBeNull();
  });

  it('refuses a follow-up at the recommendation’s own wave or before it, and a second one at a wave', () => {
    expect(followUpProblem(W2, W1, [])).toContain('vague ultérieure');
    expect(followUpProblem(W1, W1, [])).toContain('pas dans W1');
    expect(followUpProblem(W1, W2, ['W2'])).toContain('déjà son suivi dans la vague W2');
  });
});

it('labels every status in French and Arabic', () => {
  for (const status of FOLLOW_UP_STATUSES) {
    expect(FOLLOW_UP_LABELS[status].fr.length).toBeGreaterThan(0);
    expect(FOLLOW_UP_LABELS[status].ar).toMatch(/[\u0600-\u06FF]/);
  }
});
