import { establishments } from './establishments.ts';
import type { EnumeratorKey } from './types.ts';
import { frameOf } from './waves.ts';

/** Who interviews where: the two big CRE share both enumerators, the rest is split by region. */
export const ENUMERATORS_BY_ESTABLISHMENT: Readonly<Record<string, readonly EnumeratorKey[]>> = {
  E01: ['enumerator1', 'enumerator2'],
  E02: ['enumerator1'],
  E03: ['enumerator1'],
  E04: ['enumerator1', 'enumerator2'],
  E05: ['enumerator1'],
  E06: ['enumerator1'],
  E07: ['enumerator2'],
  E08: ['enumerator2'],
  E09: ['enumerator2'],
  E10: ['enumerator2'],
  E11: ['enumerator2'],
  E12: ['enumerator2'],
};

export function enumeratorsOf(establishment: string): readonly EnumeratorKey[] {
  const found = ENUMERATORS_BY_ESTABLISHMENT[establishment];
  if (!found) throw new Error(`No demo enumerator for ${establishment}`);
  return found;
}

export interface EstablishmentFieldwork {
  readonly establishment: string;
  /** Interviews that count (validated in W1; draft, submitted or validated in W2). */
  readonly interviews: number;
  /** Positions (0-based, in visit order) of extra interviews rejected at review and replaced. */
  readonly rejected: readonly number[];
  /** Working days after the wave's fieldwork start when the team arrives. */
  readonly startDay: number;
  readonly perDay: number;
}

/** W1 reached its targets except two refusals (E05, E10); three interviews were rejected and replaced. */
const W1_SHORTFALL: Readonly<Record<string, number>> = { E05: 1, E10: 1 };
const W1_REJECTED: Readonly<Record<string, readonly number[]>> = { E01: [5], E04: [11], E08: [2] };
const W1_START_DAY: Readonly<Record<string, number>> = {
  E01: 0,
  E02: 2,
  E03: 4,
  E04: 6,
  E05: 10,
  E06: 14,
  E07: 18,
  E08: 22,
  E09: 26,
  E10: 30,
  E11: 34,
  E12: 37,
};

/** W2 is under way: some establishments done, some in progress, some not visited yet (about 45 % of the targets). */
const W2_PROGRESS: Readonly<Record<string, readonly [number, number]>> = {
  // establishment: [share of the target interviewed so far, start day]
  E01: [0.55, 3],
  E02: [1, 0],
  E03: [0, 0],
  E04: [0.6, 2],
  E05: [0.5, 8],
  E06: [0.5, 6],
  E07: [0, 0],
  E08: [0.45, 10],
  E09: [1, 0],
  E10: [0.3, 13],
  E11: [0, 0],
  E12: [1, 1],
};

export const W1_PLAN: readonly EstablishmentFieldwork[] = establishments.map(({ code }) => ({
  establishment: code,
  interviews: frameOf('W1', code).target - (W1_SHORTFALL[code] ?? 0),
  rejected: W1_REJECTED[code] ?? [],
  startDay: W1_START_DAY[code] ?? 0,
  perDay: 5,
}));

export const W2_PLAN: readonly EstablishmentFieldwork[] = establishments.map(({ code }) => {
  const [share, startDay] = W2_PROGRESS[code] ?? [0, 0];
  return {
    establishment: code,
    interviews: Math.round(share * frameOf('W2', code).target),
    rejected: [],
    startDay,
    perDay: 4,
  };
});

/**
 * The mandate scenario's later waves, finished: every establishment reaches its target, visited in
 * W1's order and at W1's pace.
 */
function completePlan(wave: string): readonly EstablishmentFieldwork[] {
  return establishments.map(({ code }) => ({
    establishment: code,
    interviews: frameOf(wave, code).target,
    rejected: [],
    startDay: W1_START_DAY[code] ?? 0,
    perDay: 5,
  }));
}

export const W2_COMPLETE_PLAN = completePlan('W2');
export const W3_PLAN = completePlan('W3');

/** Working-day index from which W2 interviews are still being reviewed, and from which some are still drafts. */
export const W2_REVIEWED_UNTIL_DAY = 5;
export const W2_DRAFTS_FROM_DAY = 9;

/** Interviews whose short duration a data-quality check should flag: [wave, establishment, position, minutes]. */
export const SHORT_INTERVIEWS: readonly (readonly [string, string, number, number])[] = [
  ['W1', 'E06', 3, 12],
  ['W1', 'E10', 7, 13],
  ['W2', 'E01', 14, 8],
  ['W2', 'E05', 2, 10],
];
