import { mulberry32 } from '../../core/random/index.ts';
/**
 * A small seeded PRNG (mulberry32) so the demo is identical on every run and every machine.
 * Each part of the demo draws from its own stream, derived from a label, so that changing how one
 * establishment or one interview is generated does not reshuffle all the others.
 */

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** One of the items, with probability proportional to its weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
  /** Approximately normal (sum of uniforms), mean 0 and standard deviation 1. */
  normal(): number;
  shuffle<T>(items: readonly T[]): T[];
}

/** FNV-1a, to turn a seed and a label into a 32-bit stream seed. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193);
  }
  return value >>> 0;
}

export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: (items) => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
    weighted: (entries) => {
      const total = entries.reduce((sum, [, weight]) => sum + Math.max(weight, 0), 0);
      let target = next() * total;
      for (const [item, weight] of entries) {
        target -= Math.max(weight, 0);
        if (target < 0) return item;
      }
      const last = entries.at(-1);
      if (last === undefined) throw new Error('weighted pick from an empty list');
      return last[0];
    },
    normal: () => {
      let sum = 0;
      for (let index = 0; index < 12; index += 1) sum += next();
      return sum - 6;
    },
    shuffle: (items) => {
      const copy = [...items];
      for (let index = copy.length - 1; index > 0; index -= 1) {
        const other = Math.floor(next() * (index + 1));
        const a = copy[index];
        const b = copy[other];
        if (a === undefined || b === undefined) continue;
        copy[index] = b;
        copy[other] = a;
      }
      return copy;
    },
  };
  return rng;
}

/** The stream for one labelled part of the demo. */
export function streamFor(seed: number, label: string): Rng {
  return createRng(hash(`${seed}:${label}`));
}
