import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256, sha256Hex } from './sha256.ts';

describe('sha256', () => {
  // FIPS 180-4 examples (csrc.nist.gov "Examples with intermediate values", SHA256.pdf and SHA256_2.pdf).
  it.each([
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
  ])('hashes %j as NIST publishes', (text, expected) => {
    expect(sha256Hex(text)).toBe(expected);
  });

  it('agrees with node:crypto around every padding boundary', () => {
    for (let length = 0; length <= 200; length++) {
      const bytes = Uint8Array.from({ length }, (_, index) => (index * 131 + length) % 256);
      expect(Buffer.from(sha256(bytes)).toString('hex')).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });

  it('hashes text as UTF-8', () => {
    const text = 'Tirage public, Oujda — السحب 2026';
    expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });

  it('leaves its input untouched', () => {
    const bytes = Uint8Array.of(1, 2, 3);
    sha256(bytes);
    expect([...bytes]).toEqual([1, 2, 3]);
  });
});
