import { describe, expect, it } from 'vitest';
import { checkPassword, delayAfter, LoginThrottle, PASSWORD_POLICY_REGEX, type ThrottleKey } from './index.ts';

const rule = { freeAttempts: 3, baseDelaySeconds: 1, maxDelaySeconds: 8 };

function clock() {
  let now = 1_000_000;
  return { now: () => now, advance: (seconds: number) => (now += seconds * 1000) };
}

describe('LoginThrottle', () => {
  const account: ThrottleKey = { key: 'account:admin@example.com', rule, clearOnSuccess: true };
  const address: ThrottleKey = { key: 'ip:10.0.0.1', rule: { ...rule, freeAttempts: 5 }, clearOnSuccess: false };

  it('doubles the delay after the free attempts, up to the ceiling', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((failures) => delayAfter(failures, rule))).toEqual([0, 0, 1, 2, 4, 8, 8]);
  });

  it('refuses while a key is closed, without counting, and opens again after the delay', () => {
    const time = clock();
    const throttle = new LoginThrottle({ forgetAfterMs: 3_600_000, maxEntries: 100, now: time.now });
    for (let attempt = 0; attempt < 3; attempt += 1) expect(throttle.begin([account])).toEqual({ allowed: true });
    expect(throttle.begin([account])).toEqual({ allowed: false, retryAfterSeconds: 1 });
    for (let hammer = 0; hammer < 50; hammer += 1) throttle.begin([account]);
    time.advance(1);
    expect(throttle.begin([account])).toEqual({ allowed: true });
    expect(throttle.begin([account])).toEqual({ allowed: false, retryAfterSeconds: 2 });
  });

  it('gives the account back at a success but takes back only its own attempt from the address', () => {
    const time = clock();
    const throttle = new LoginThrottle({ forgetAfterMs: 3_600_000, maxEntries: 100, now: time.now });
    for (let attempt = 0; attempt < 3; attempt += 1) throttle.begin([account, address]);
    time.advance(1);
    throttle.begin([account, address]);
    throttle.succeed([account, address]);
    expect(throttle.begin([account])).toEqual({ allowed: true });
    // The address keeps three of its four counted attempts: two more use its five free ones.
    expect([throttle.begin([address]), throttle.begin([address])]).toEqual([{ allowed: true }, { allowed: true }]);
    expect(throttle.begin([address])).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it('forgets a quiet key and keeps at most maxEntries keys', () => {
    const time = clock();
    const throttle = new LoginThrottle({ forgetAfterMs: 60_000, maxEntries: 2, now: time.now });
    for (let attempt = 0; attempt < 3; attempt += 1) throttle.begin([account]);
    time.advance(61);
    for (let attempt = 0; attempt < 3; attempt += 1) expect(throttle.begin([account])).toEqual({ allowed: true });
    throttle.begin([{ ...account, key: 'a' }]);
    throttle.begin([{ ...account, key: 'b' }]);
    expect(throttle.begin([account])).toEqual({ allowed: true });
  });
});

describe('checkPassword', () => {
  it('refuses short passwords, in French and Arabic', () => {
    expect(checkPassword('court-11car', 'jean@example.com')).toMatchObject({
      ok: false,
      fr: expect.stringMatching(/12 caractères/),
      ar: expect.stringMatching(/12/),
    });
  });

  it('refuses the e-mail or its local part inside, whatever the case', () => {
    expect(checkPassword('Coordinateur-2026', 'coordinateur@example.com').ok).toBe(false);
    expect(checkPassword('xx-jean@example.com', 'Jean@Example.com').ok).toBe(false);
  });

  it('accepts a long password without the address', () => {
    expect(checkPassword('cheval-batterie-agrafe', 'coordinateur@example.com')).toEqual({ ok: true });
  });

  it('matches the Directus setting on the length', () => {
    const regex = new RegExp(PASSWORD_POLICY_REGEX.slice(1, -1));
    expect([regex.test('a'.repeat(11)), regex.test('a'.repeat(12))]).toEqual([false, true]);
  });
});
