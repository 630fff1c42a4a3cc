import { describe, expect, it } from 'vitest';
import { checkTransitionReason, MIN_UNLOCK_REASON } from './index.ts';

describe('checkTransitionReason', () => {
  it('requires a reason to unlock, and says how long in both languages', () => {
    const check = checkTransitionReason('unlock', undefined);
    expect(check).toMatchObject({ ok: false, missing: true });
    expect(check.ok ? '' : check.fr).toContain(`${MIN_UNLOCK_REASON} caractères visibles`);
    expect(check.ok ? '' : check.ar).toContain(String(MIN_UNLOCK_REASON));
  });

  it('lets the other moves go without one', () => {
    expect(checkTransitionReason('lock', undefined)).toEqual({ ok: true, text: null });
  });

  it('counts visible characters, not code units: five spaces and a zero-width space are no reason', () => {
    expect(MIN_UNLOCK_REASON).toBe(5);
    expect(checkTransitionReason('unlock', 'abcd').ok).toBe(false);
    expect(checkTransitionReason('unlock', '     ').ok).toBe(false);
    expect(checkTransitionReason('unlock', 'abcd\u200b').ok).toBe(false);
    expect(checkTransitionReason('unlock', '  Correction  ')).toEqual({ ok: true, text: 'Correction' });
  });

  it('holds a reason given to any move to the same rule', () => {
    expect(checkTransitionReason('publish', 'ab')).toMatchObject({ ok: false, missing: false });
  });
});
