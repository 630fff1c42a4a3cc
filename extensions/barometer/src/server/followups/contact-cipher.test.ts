import { describe, expect, it } from 'vitest';
import { decryptContact, encryptContact, generateContactKey, parseContactKey } from './contact-cipher.ts';

describe('contact details encryption', () => {
  const key = parseContactKey(generateContactKey());

  it('round-trips, with a fresh nonce each time, and hides the plaintext', () => {
    const plain = '{"phone":"+212 600 000 000","name":"Fatima"}';
    const first = encryptContact(plain, key, 7);
    const second = encryptContact(plain, key, 7);
    expect(first).not.toBe(second);
    expect(first).not.toContain('Fatima');
    expect(Buffer.from(first.split('.')[3] ?? '', 'base64').toString('utf8')).not.toContain('Fatima');
    expect(decryptContact(first, key, 7)).toBe(plain);
  });

  it('refuses another key, another participant and an altered value', () => {
    const stored = encryptContact('secret', key, 7);
    expect(() => decryptContact(stored, parseContactKey(generateContactKey()), 7)).toThrow();
    expect(() => decryptContact(stored, key, 8)).toThrow();
    const [format, iv, tag, body] = stored.split('.');
    const altered = Buffer.from(body ?? '', 'base64');
    altered[0] = (altered[0] ?? 0) ^ 1;
    expect(() => decryptContact([format, iv, tag, altered.toString('base64')].join('.'), key, 7)).toThrow();
    expect(() => decryptContact('v0.a.b.c', key, 7)).toThrow(/v1 format/);
  });

  it('takes only a 32-byte base64 key, and fingerprints it', () => {
    expect(() => parseContactKey('short')).toThrow(/32 bytes/);
    expect(() => parseContactKey(Buffer.alloc(16).toString('base64'))).toThrow(/32 bytes/);
    const text = generateContactKey();
    expect(parseContactKey(text).id).toMatch(/^[0-9a-f]{16}$/);
    expect(parseContactKey(text).id).toBe(parseContactKey(` ${text}\n`).id);
  });
});
