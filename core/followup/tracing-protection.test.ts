import { beforeAll, describe, expect, it } from 'vitest';
import { countBounds, loadSolver } from '../disclosure/index.ts';
import { isEligible } from './outcomes.ts';
import { followupResponse, TRACING_CELLS, type TracingCell } from './response-rate.ts';
import { protectTracing } from './tracing-protection.ts';
import type { TracedOutcome } from './redetention.ts';

beforeAll(loadSolver);

/** A cohort with these counts per cell, as the tracing records it. */
function cohort(counts: Partial<Record<TracingCell, number>>) {
  const members: TracedOutcome[] = TRACING_CELLS.flatMap((cell) =>
    Array.from({ length: counts[cell] ?? 0 }, (): TracedOutcome => {
      if (cell === 're_detained_observed') return { outcome: 're_detained', observed: true };
      return { outcome: cell === 'not_traced' ? null : cell, observed: false };
    }),
  );
  return followupResponse(members);
}

/** The reader's interval for a hidden cell from the cohort, the eligible, and every published cell. */
function readerWidth(response: ReturnType<typeof cohort>, hidden: ReadonlySet<TracingCell>, cell: TracingCell) {
  const index = (key: TracingCell) => TRACING_CELLS.indexOf(key);
  const eligible = TRACING_CELLS.filter((key) =>
    isEligible(key === 'not_traced' ? null : key === 're_detained_observed' ? 're_detained' : key),
  );
  const { lower, upper } = countBounds(
    TRACING_CELLS.length,
    [
      { cells: TRACING_CELLS.map(index), total: response.cohort },
      { cells: eligible.map(index), total: response.eligible },
      ...TRACING_CELLS.filter((key) => !hidden.has(key)).map((key) => ({
        cells: [index(key)],
        total: response.outcomes[key],
      })),
    ],
    index(cell),
  );
  return upper - lower;
}

describe('the tracing table’s hidden counts', () => {
  it('hides a second out-of-scope count: the eligible total would give away the deaths otherwise', () => {
    const response = cohort({ interviewed: 30, refused: 12, unreachable: 10, deceased: 3, not_traced: 5 });
    // Hiding the small counts alone: moved abroad is a published 0, so deceased = cohort − eligible − 0.
    expect(readerWidth(response, new Set(['deceased', 'not_traced']), 'deceased')).toBe(0);
    const hidden = protectTracing(response, 10);
    // Not traced would stand alone among the eligible: the smallest published count there goes with it.
    expect([...hidden].sort()).toEqual(['deceased', 'moved_abroad', 'not_traced', 'unreachable']);
    for (const cell of hidden) expect(readerWidth(response, hidden, cell)).toBeGreaterThanOrEqual(1);
  });

  it('hides a complement when one small count stands alone among the eligible', () => {
    const response = cohort({ interviewed: 30, refused: 12, unreachable: 10, re_detained_observed: 2 });
    const hidden = protectTracing(response, 10);
    expect(hidden.has('re_detained_observed')).toBe(true);
    // The smallest published count among the eligible goes with it.
    expect(hidden.has('unreachable')).toBe(true);
    expect(readerWidth(response, hidden, 're_detained_observed')).toBeGreaterThanOrEqual(1);
  });

  it('never hides the interviews, and leaves a table without small counts whole', () => {
    expect(protectTracing(cohort({ interviewed: 4, refused: 12, unreachable: 10 }), 10).size).toBe(0);
    expect(protectTracing(cohort({ interviewed: 30, refused: 12 }), 10).size).toBe(0);
  });

  it('keeps every hidden count at least one child wide, on many tables', () => {
    let seed = 7;
    // xorshift32: a fixed sequence of tables, the same on every run.
    const next = () => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return seed >>> 0;
    };
    let hiddenCells = 0;
    for (let table = 0; table < 40; table += 1) {
      const counts = Object.fromEntries(TRACING_CELLS.map((cell) => [cell, next() % 4 === 0 ? 0 : next() % 16]));
      const response = cohort(counts);
      const hidden = protectTracing(response, 10);
      for (const cell of TRACING_CELLS) {
        const n = response.outcomes[cell];
        if (n > 0 && n < 10 && cell !== 'interviewed') expect(hidden.has(cell)).toBe(true);
      }
      for (const cell of hidden) expect(readerWidth(response, hidden, cell)).toBeGreaterThanOrEqual(1 - 1e-6);
      hiddenCells += hidden.size;
    }
    expect(hiddenCells).toBeGreaterThan(80);
  });
});
