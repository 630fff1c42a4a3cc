import { describe, expect, it } from 'vitest';
import { createVault, MIN_PASSPHRASE_LENGTH, openVault, seal, unseal } from './vault.ts';

// Few iterations keep the tests fast; the derivation itself is WebCrypto's.
const ITERATIONS = 1_000;
const interview = { code: 'W2-E03-7KQ2', participant: 'P-0042', answers: { A1: 'oui', B4: 15 } };

describe('offline vault', () => {
  it('gives back what was sealed, with the passphrase it was made with', async () => {
    const { header, key } = await createVault('phrase secrète 2026', ITERATIONS);
    const sealed = await seal(key, 'interview:1', interview);
    const reopened = await openVault(header, 'phrase secrète 2026');
    expect(reopened).not.toBeNull();
    expect(await unseal(reopened as CryptoKey, 'interview:1', sealed)).toEqual(interview);
  });

  it('stores nothing readable: no code, no answer, no passphrase in the sealed text or the header', async () => {
    const { header, key } = await createVault('phrase secrète 2026', ITERATIONS);
    const stored = JSON.stringify([header, await seal(key, 'interview:1', interview)]);
    for (const secret of ['W2-E03-7KQ2', 'P-0042', 'oui', 'phrase', 'omp-barometre'])
      expect(stored).not.toContain(secret);
    expect(atob(JSON.parse(stored)[1].data)).not.toContain('P-0042');
  });

  it('refuses a wrong passphrase', async () => {
    const { header } = await createVault('phrase secrète 2026', ITERATIONS);
    expect(await openVault(header, 'phrase secrete 2026')).toBeNull();
  });

  it('refuses a record moved to another slot or altered', async () => {
    const { key } = await createVault('phrase secrète 2026', ITERATIONS);
    const sealed = await seal(key, 'interview:1', interview);
    await expect(unseal(key, 'interview:2', sealed)).rejects.toThrow();
    const altered = { ...sealed, data: `${sealed.data.slice(0, -4)}AAA=` };
    await expect(unseal(key, 'interview:1', altered)).rejects.toThrow();
  });

  it('uses a fresh IV and salt each time', async () => {
    const first = await createVault('phrase secrète 2026', ITERATIONS);
    const second = await createVault('phrase secrète 2026', ITERATIONS);
    expect(first.header.salt).not.toBe(second.header.salt);
    const [a, b] = [await seal(first.key, 's', interview), await seal(first.key, 's', interview)];
    expect(a.iv).not.toBe(b.iv);
    expect(a.data).not.toBe(b.data);
  });

  it('refuses a passphrase shorter than the minimum', async () => {
    await expect(createVault('x'.repeat(MIN_PASSPHRASE_LENGTH - 1), ITERATIONS)).rejects.toThrow(RangeError);
  });
});
