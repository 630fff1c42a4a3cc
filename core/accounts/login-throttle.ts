// Login throttling: every login attempt counts against a few keys (the client's address, the account,
// the pair of both); once a key has used its free attempts, each further attempt closes it for a delay
// that doubles up to a ceiling. The key is closed when the attempt starts, before its outcome is known,
// so that a hundred parallel guesses are refused like a hundred sequential ones; a success then gives
// the account back at once. Nothing is ever locked for good: a closed key opens again after its delay,
// and a key's count is forgotten once it has been quiet for `forgetAfterMs`.

export interface ThrottleRule {
  /** Attempts allowed before the first delay. */
  freeAttempts: number;
  /** Delay after the last free attempt; each further attempt doubles it. */
  baseDelaySeconds: number;
  maxDelaySeconds: number;
}

export interface ThrottleKey {
  key: string;
  rule: ThrottleRule;
  /** A success clears the key (the account) rather than only taking back its own attempt (an address). */
  clearOnSuccess: boolean;
}

export interface ThrottleOptions {
  forgetAfterMs: number;
  /** Bound on remembered keys, so that guesses with random e-mails cannot fill the memory. */
  maxEntries: number;
  now?: () => number;
}

interface Entry {
  failures: number;
  closedUntil: number;
  lastAttempt: number;
}

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** The delay after the `failures`-th counted attempt under `rule`, in seconds (0 while attempts are free). */
export function delayAfter(failures: number, rule: ThrottleRule): number {
  if (failures < rule.freeAttempts) return 0;
  const doublings = Math.min(failures - rule.freeAttempts, 40);
  return Math.min(rule.maxDelaySeconds, rule.baseDelaySeconds * 2 ** doublings);
}

export class LoginThrottle {
  private readonly entries = new Map<string, Entry>();
  private readonly now: () => number;
  private readonly options: ThrottleOptions;

  constructor(options: ThrottleOptions) {
    this.options = options;
    this.now = options.now ?? Date.now;
  }

  /**
   * Refuses the attempt while any of its keys is closed, and counts nothing then (so that hammering a
   * closed account does not lengthen its delay); otherwise counts it against every key.
   */
  begin(keys: ThrottleKey[]): ThrottleDecision {
    const now = this.now();
    const entries = keys.map((throttleKey) => this.entry(throttleKey.key, now));
    const closedUntil = Math.max(0, ...entries.map((entry) => entry?.closedUntil ?? 0));
    if (closedUntil > now) return { allowed: false, retryAfterSeconds: Math.ceil((closedUntil - now) / 1000) };
    keys.forEach((throttleKey, index) => {
      const entry = entries[index] ?? { failures: 0, closedUntil: 0, lastAttempt: now };
      entry.failures += 1;
      entry.lastAttempt = now;
      entry.closedUntil = now + delayAfter(entry.failures, throttleKey.rule) * 1000;
      this.remember(throttleKey.key, entry);
    });
    return { allowed: true };
  }

  /** The attempt that `begin` counted was a success. */
  succeed(keys: ThrottleKey[]): void {
    for (const throttleKey of keys) {
      const entry = this.entries.get(throttleKey.key);
      if (!entry) continue;
      if (throttleKey.clearOnSuccess) {
        this.entries.delete(throttleKey.key);
        continue;
      }
      entry.failures = Math.max(0, entry.failures - 1);
      if (entry.failures < throttleKey.rule.freeAttempts) entry.closedUntil = 0;
    }
  }

  private entry(key: string, now: number): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.closedUntil <= now && now - entry.lastAttempt > this.options.forgetAfterMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  /** Keeps the map in order of last attempt, and drops the quietest keys beyond the bound. */
  private remember(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
    while (this.entries.size > this.options.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }
}
