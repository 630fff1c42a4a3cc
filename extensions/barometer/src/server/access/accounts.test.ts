import { describe, expect, it } from 'vitest';
import { throttleSettings } from './accounts.ts';

describe('throttleSettings', () => {
  it("throttles by default, with Directus's cast values or strings", () => {
    expect(throttleSettings({})).toMatchObject({
      enabled: true,
      accountFromAddress: { freeAttempts: 5, baseDelaySeconds: 1, maxDelaySeconds: 900 },
      account: { maxDelaySeconds: 60 },
    });
    expect(throttleSettings({ LOGIN_THROTTLE_ENABLED: false }).enabled).toBe(false);
    expect(throttleSettings({ LOGIN_THROTTLE_ENABLED: 'false', LOGIN_THROTTLE_FREE_PER_IP: '7' })).toMatchObject({
      enabled: false,
      address: { freeAttempts: 7 },
    });
  });

  it('refuses nonsense, naming the variable', () => {
    expect(() => throttleSettings({ LOGIN_THROTTLE_BASE_SECONDS: 0 })).toThrow(/LOGIN_THROTTLE_BASE_SECONDS/);
    expect(() => throttleSettings({ LOGIN_THROTTLE_ENABLED: 'maybe' })).toThrow(/LOGIN_THROTTLE_ENABLED/);
  });
});
