/**
 * xoshiro128** 1.1 (Blackman and Vigna), a 32-bit generator with 128 bits of state that passes
 * BigCrush, and is a dozen lines in any language, so a draw can be replayed outside this code.
 * @see https://prng.di.unimi.it/xoshiro128starstar.c (the reference implementation)
 * @see https://doi.org/10.1145/3460772 (Blackman and Vigna, "Scrambled linear pseudorandom number generators")
 */

export interface Generator {
  /** Next output, an unsigned 32-bit integer. */
  nextUint32(): number;
  /** Uniform integer in [0, bound), without modulo bias; bound in [1, 2^32]. */
  below(bound: number): number;
}

const rotl = (x: number, k: number): number => (x << k) | (x >>> (32 - k));

/**
 * The generator started from four 32-bit words. The reference forbids the all-zero state (it would
 * output zeros forever); seeded from a SHA-256 digest it happens with probability 2^-128.
 */
export function xoshiro128ss(state: readonly [number, number, number, number]): Generator {
  let [s0, s1, s2, s3] = state.map((word) => word >>> 0) as [number, number, number, number];
  const nextUint32 = (): number => {
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    return result;
  };
  return {
    nextUint32,
    // Rejection sampling: outputs at or above the largest multiple of `bound` below 2^32 are drawn
    // again, so every remainder is equally likely (a plain `% bound` favours small values).
    below(bound) {
      const limit = 2 ** 32 - (2 ** 32 % bound);
      for (;;) {
        const value = nextUint32();
        if (value < limit) return value % bound;
      }
    },
  };
}
