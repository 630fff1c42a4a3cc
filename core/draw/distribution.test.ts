// The draw is a simple random sample without replacement: checked on its frequencies over many seeds.
// Seeds are fixed (`seed-0` ... `seed-1999`), so the test is deterministic: it cannot flake, and a
// change of algorithm that biases the selection makes it fail.
import { describe, expect, it } from 'vitest';
import { drawSample } from './draw.ts';
import type { DrawInput } from './input.ts';

const SEEDS = 2_000;
const CODES = Array.from({ length: 40 }, (_, index) => `M${String(index).padStart(2, '0')}`);

/** How often each code is selected, and each pair of codes together, over SEEDS seeds. */
function frequencies(input: Omit<DrawInput, 'seed'>) {
  const single = new Map<string, number>();
  const pairs = new Map<string, number>();
  for (let index = 0; index < SEEDS; index++) {
    const result = drawSample({ ...input, seed: `seed-${index}` });
    if (!result.ok) throw new Error(result.problems.join('; '));
    const selected = new Set(result.draw.selected);
    for (const code of selected) single.set(code, (single.get(code) ?? 0) + 1);
    for (const [a, b] of PAIRS)
      if (selected.has(a) && selected.has(b)) pairs.set(`${a}+${b}`, (pairs.get(`${a}+${b}`) ?? 0) + 1);
  }
  return {
    single: (code: string) => (single.get(code) ?? 0) / SEEDS,
    pair: (a: string, b: string) => (pairs.get(`${a}+${b}`) ?? 0) / SEEDS,
  };
}

/**
 * Four binomial standard deviations of a frequency over SEEDS draws: a code's count is
 * Binomial(SEEDS, p), so an unbiased draw leaves one code outside with probability 6e-5, and all 40
 * inside with probability 0.997; a bias of a few points (a modulo bias, an off-by-one in the shuffle
 * that never moves the last code) is well outside it. About 0.039 for p = 0.25.
 */
const tolerance = (p: number) => 4 * Math.sqrt((p * (1 - p)) / SEEDS);

// Neighbours in the sorted list, the two ends, and far apart: where a positional bias would show.
const PAIRS: Array<[string, string]> = [
  ['M00', 'M01'],
  ['M00', 'M39'],
  ['M19', 'M20'],
  ['M38', 'M39'],
  ['M05', 'M27'],
];

describe('inclusion frequencies over 2,000 seeds', () => {
  it('selects each code with probability n/N = the sampling rate, and pairs as a simple random sample', () => {
    const { single, pair } = frequencies({ codes: CODES, rate: 0.25, stratum: 'E' });
    const p = 10 / 40;
    for (const code of CODES) expect(Math.abs(single(code) - p), code).toBeLessThan(tolerance(p));
    // Joint inclusion of two codes in a simple random sample without replacement: n(n-1) / (N(N-1)).
    const joint = (10 * 9) / (40 * 39);
    for (const [a, b] of PAIRS) expect(Math.abs(pair(a, b) - joint), `${a}+${b}`).toBeLessThan(tolerance(joint));
  });

  it('always keeps the panel, and tops up with probability (n - panel) / (N - panel) for the others', () => {
    const panel = ['M03', 'M18', 'M19', 'M39'];
    const { single } = frequencies({ codes: CODES, rate: 0.25, stratum: 'E', panel });
    for (const code of panel) expect(single(code), code).toBe(1);
    const p = (10 - 4) / (40 - 4);
    for (const code of CODES.filter((candidate) => !panel.includes(candidate)))
      expect(Math.abs(single(code) - p), code).toBeLessThan(tolerance(p));
  });

  it('draws among the panel evenly when it exceeds the target', () => {
    const panel = CODES.slice(0, 16);
    const { single } = frequencies({ codes: CODES, rate: 0.25, stratum: 'E', panel });
    const p = 10 / 16;
    for (const code of panel) expect(Math.abs(single(code) - p), code).toBeLessThan(tolerance(p));
    for (const code of CODES.slice(16)) expect(single(code), code).toBe(0);
  });
});
