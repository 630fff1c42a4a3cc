import { countBounds, type CountFact } from '../disclosure/index.ts';
import { isEligible, type TracingOutcome } from './outcomes.ts';
import { TRACING_CELLS, type FollowupResponse, type TracingCell } from './response-rate.ts';

/** A hidden count is protected when the reader's interval for it is at least one child wide. */
const MIN_WIDTH = 1;
const TOLERANCE = 1e-6;

const INTERVIEWED = TRACING_CELLS.indexOf('interviewed');
const outcomeOf = (cell: TracingCell): TracingOutcome | null =>
  cell === 'not_traced' ? null : cell === 're_detained_observed' ? 're_detained' : cell;
const ELIGIBLE_CELLS = TRACING_CELLS.flatMap((cell, i) => (isEligible(outcomeOf(cell)) ? [i] : []));

/**
 * The tracing table's cells to hide (issue 16, point 4: the same protection as the rest). A count
 * under the threshold is hidden; the cohort, the eligible members (the response rate's denominator) and
 * the interviews (its numerator, and every estimate's n) are always published, so each hidden count
 * must keep a reader's interval at least one child wide given those totals and every published cell
 * (`countBounds`, core/disclosure): otherwise the smallest published cell that widens it is hidden
 * too, preferring counts over zeros, until none can be recomputed. Needs `loadSolver()` first.
 */
export function protectTracing(
  response: Pick<FollowupResponse, 'cohort' | 'eligible' | 'interviewed' | 'outcomes'>,
  threshold: number,
): ReadonlySet<TracingCell> {
  const counts = TRACING_CELLS.map((cell) => response.outcomes[cell]);
  const hidden = new Set(
    TRACING_CELLS.flatMap((_, i) =>
      (counts[i] ?? 0) > 0 && (counts[i] ?? 0) < threshold && i !== INTERVIEWED ? [i] : [],
    ),
  );
  const totals: CountFact[] = [
    { cells: TRACING_CELLS.map((_, i) => i), total: response.cohort },
    { cells: ELIGIBLE_CELLS, total: response.eligible },
  ];
  const facts = (): CountFact[] => [
    ...totals,
    ...counts.flatMap((n, i) => (hidden.has(i) ? [] : [{ cells: [i], total: n ?? 0 }])),
  ];
  const width = (cell: number) => {
    const { lower, upper } = countBounds(counts.length, facts(), cell);
    return upper - lower;
  };
  const exposed = () => [...hidden].find((cell) => width(cell) < MIN_WIDTH - TOLERANCE);
  for (let cell = exposed(); cell !== undefined; cell = exposed()) {
    const candidates = counts
      .map((n, i) => ({ n: n ?? 0, i }))
      .filter(({ i }) => !hidden.has(i) && i !== INTERVIEWED)
      .sort((a, b) => Number(a.n === 0) - Number(b.n === 0) || a.n - b.n);
    const widening = candidates.find(({ i }) => {
      hidden.add(i);
      const enough = width(cell) >= MIN_WIDTH - TOLERANCE;
      hidden.delete(i);
      return enough;
    });
    const chosen = widening ?? candidates[0];
    if (!chosen) break;
    hidden.add(chosen.i);
  }
  return new Set([...hidden].map((i) => TRACING_CELLS[i] as TracingCell));
}
