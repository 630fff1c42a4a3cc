import { describe, expect, it } from 'vitest';
import { xoshiro128ss } from './xoshiro128.ts';

describe('xoshiro128**', () => {
  it('gives the outputs of the reference C code', () => {
    // prng.di.unimi.it/xoshiro128starstar.c compiled with gcc, state {1, 2, 3, 4}, first eight next().
    const generator = xoshiro128ss([1, 2, 3, 4]);
    expect(Array.from({ length: 8 }, () => generator.nextUint32())).toEqual([
      11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849,
    ]);
  });

  it('keeps matching the reference far into the stream, with high bits set in the state', () => {
    // Same C code, state {0x9e3779b9, 0x243f6a88, 0xb7e15162, 0x6a09e667}: the 1001st output.
    const generator = xoshiro128ss([0x9e3779b9, 0x243f6a88, 0xb7e15162, 0x6a09e667]);
    for (let i = 0; i < 1000; i++) generator.nextUint32();
    expect(generator.nextUint32()).toBe(4074752414);
  });

  it('draws below a bound, every value equally often', () => {
    const generator = xoshiro128ss([5, 6, 7, 8]);
    const counts = [0, 0, 0, 0, 0, 0, 0];
    const draws = 70_000;
    for (let i = 0; i < draws; i++) {
      const value = generator.below(7);
      counts[value] = (counts[value] ?? 0) + 1;
    }
    // Each count is Binomial(70000, 1/7): mean 10000, SD 92.6; 5 SD leaves no room for a biased mapping.
    for (const count of counts)
      expect(Math.abs(count - draws / 7)).toBeLessThan(5 * Math.sqrt(draws * (1 / 7) * (6 / 7)));
  });

  it('accepts the extreme bounds', () => {
    const generator = xoshiro128ss([1, 2, 3, 4]);
    expect(generator.below(1)).toBe(0);
    expect(generator.below(2 ** 32)).toBe(0); // the second output of the reference stream is 0
  });
});
