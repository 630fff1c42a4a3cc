// The seeded draw of one establishment's sample (README "The algorithm"): one Fisher–Yates shuffle of
// the sorted list, then the panel members first.
import { drawInputSchema, type DrawInput } from './input.ts';
import { targetSize } from '../waves/index.ts';
import { sha256, sha256Hex } from './sha256.ts';
import { xoshiro128ss, type Generator } from './xoshiro128.ts';

export interface Draw {
  /** ceil(rate × N_h); more than the list holds when N_h exceeds it, and then everyone is selected. */
  readonly target: number;
  /** Panel members first, then the random top-up; min(target, list length) codes. */
  readonly selected: readonly string[];
  /** Everyone else, in the order to approach them when a selected minor refuses or is absent. */
  readonly replacements: readonly string[];
  /** SHA-256 of `canonicalList(codes)`, hexadecimal. */
  readonly listSha256: string;
}

export type DrawResult =
  { readonly ok: true; readonly draw: Draw } | { readonly ok: false; readonly problems: readonly string[] };

/**
 * The list as it is fingerprinted and shuffled: codes sorted by UTF-16 code unit (byte order for these
 * ASCII codes, as `LC_ALL=C sort`), joined by a line feed, no final line feed.
 */
export function canonicalList(codes: readonly string[]): string {
  return sortedCodes(codes).join('\n');
}

function sortedCodes(codes: readonly string[]): string[] {
  return [...new Set(codes)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The stratum's generator: xoshiro128** whose state is the first 16 bytes, as four little-endian
 * 32-bit words, of SHA-256(UTF-8 of seed, a NUL byte, the stratum code). The stratum makes the
 * establishments of one draw independent: with the same seed alone, two lists of the same length
 * would select the same positions.
 */
export function streamFor(seed: string, stratum: string): Generator {
  const digest = sha256(new TextEncoder().encode(`${seed}\u0000${stratum}`));
  const words = new DataView(digest.buffer, digest.byteOffset, 16);
  return xoshiro128ss([0, 4, 8, 12].map((offset) => words.getUint32(offset, true)) as [number, number, number, number]);
}

/** Durstenfeld's Fisher–Yates: for i from n-1 down to 1, swap item i with a uniform j in [0, i]. */
export function shuffle<T>(items: readonly T[], generator: Generator): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = generator.below(i + 1);
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}

export function drawSample(input: DrawInput): DrawResult {
  const parsed = drawInputSchema.safeParse(input);
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => [...issue.path.map(String), issue.message].join(' : ')),
    };
  const { codes, rate, population, panel, seed, stratum } = parsed.data;
  const sorted = sortedCodes(codes);
  const order = shuffle(sorted, streamFor(seed, stratum));
  const retained = new Set(panel);
  // A stable partition of one random order: panel members keep their random order among themselves,
  // so the top-up is a simple random sample of the others and surplus panel members head the replacements.
  const ranked = [...order.filter((code) => retained.has(code)), ...order.filter((code) => !retained.has(code))];
  const target = targetSize(rate, population ?? sorted.length);
  return {
    ok: true,
    draw: {
      target,
      selected: ranked.slice(0, target),
      replacements: ranked.slice(target),
      listSha256: sha256Hex(canonicalList(sorted)),
    },
  };
}
