import {
  Reader,
  readerIntervals,
  requiredWidth,
  TOLERANCE,
  width,
  type CellIntervals,
  type Interval,
} from './audit.ts';
import { Solver, INFINITY } from './solver.ts';
import type { IndicatorTables, TableCell } from './tables.ts';

export type CellStatus = 'published' | 'suppressed' | 'free';

/**
 * What the optimisation may not decide: a cell without interviews describes no child and is published
 * (the reader sees it absent); a primary cell and a cell no output prints are suppressed; the overall
 * figure, when not primary, is always published.
 */
export function cellStatus(cell: TableCell): CellStatus {
  if (cell.n === 0) return 'published';
  if (cell.primary !== null || !cell.output) return 'suppressed';
  if (cell.table === 'overall') return 'published';
  return 'free';
}

/** Information lost by suppressing a cell: its interviews, plus one so that small cells still cost. */
function loss(cell: TableCell): number {
  return 1 + cell.n;
}

export interface ProtectionResult {
  /** One flag per cell of the tables. */
  readonly suppressed: readonly boolean[];
  /** Master problems solved before the audit passed. */
  readonly iterations: number;
}

interface Need {
  readonly cell: number;
  readonly quantity: 'n' | 'total';
  /** The protection width before the cap. */
  readonly wanted: number;
}

function needsOf(tables: IndicatorTables): Need[] {
  return tables.cells.flatMap((cell, c): Need[] => {
    if (cell.primary === null) return [];
    return (['n', 'total'] as const).flatMap((quantity) => {
      const wanted = requiredWidth(tables, cell, quantity);
      return wanted > 0 ? [{ cell: c, quantity, wanted }] : [];
    });
  });
}

/**
 * A need's required width, capped at the width the fewest published cells leave (every cell hidden
 * that the optimisation may hide). Computed on demand: most needs hold without it.
 */
class Caps {
  readonly #tables: IndicatorTables;
  readonly #statuses: readonly CellStatus[];
  readonly #known = new Map<Need, number>();
  #reader: Reader | null = null;

  constructor(tables: IndicatorTables, statuses: readonly CellStatus[]) {
    this.#tables = tables;
    this.#statuses = statuses;
  }

  holds(need: Need, interval: Interval): boolean {
    const got = width(interval);
    if (got >= need.wanted - TOLERANCE) return true;
    return got >= this.required(need) - TOLERANCE;
  }

  required(need: Need): number {
    const known = this.#known.get(need);
    if (known !== undefined) return known;
    this.#reader ??= new Reader(
      this.#tables,
      this.#statuses.map((status) => status !== 'published'),
    );
    const cap = width(this.#reader.bounds(this.#tables.cells[need.cell] as TableCell, need.quantity).interval);
    const required = Math.min(need.wanted, cap);
    this.#known.set(need, required);
    return required;
  }

  dispose(): void {
    this.#reader?.dispose();
  }
}

/**
 * Secondary suppression as a MIP solved by cut generation (the "optimal" method of τ-ARGUS and of
 * sdcTable): the master problem picks the cells of least loss to suppress subject to the cuts found so
 * far. The reader's LP audits every primary cell; an interval found too narrow under some pattern adds
 * the cut "suppress at least one of the cells published there whose rows bind it": a pattern that
 * publishes all of them leaves the LP optimum where it was (the same duals stay feasible), so no
 * protecting pattern is cut off. To get many cuts per master problem, each round also completes the
 * master's pattern greedily (suppressing the cheapest binding cell until every interval holds), which
 * gives a protecting pattern; the loop ends when the master's lower bound reaches the best one found.
 * Suppressing every free cell protects by construction of the caps, so there always is one.
 */
export function protectTables(tables: IndicatorTables): ProtectionResult {
  const statuses = tables.cells.map(cellStatus);
  const needs = needsOf(tables);
  const caps = new Caps(tables, statuses);
  const free = statuses.flatMap((status, c) => (status === 'free' ? [c] : []));
  const column = new Map(free.map((c, k) => [c, k]));
  const lossOf = (c: number): number => loss(tables.cells[c] as TableCell);
  const patternLoss = (pattern: readonly boolean[]): number =>
    free.reduce((sum, c) => sum + (pattern[c] ? lossOf(c) : 0), 0);
  const costs = new Map(free.map((c, k) => [k, lossOf(c)]));
  const master = new Solver({
    colLower: free.map(() => 0),
    colUpper: free.map(() => 1),
    rows: [],
    binary: free.map(() => true),
  });
  // Its LP relaxation bounds the optimum from below for a fraction of a MIP's cost: when the greedy
  // pattern already meets that bound (losses are integers), no MIP is solved.
  const relaxation = new Solver({ colLower: free.map(() => 0), colUpper: free.map(() => 1), rows: [] });
  const reader = new Reader(
    tables,
    statuses.map((status) => status === 'suppressed'),
  );
  let candidate = statuses.map((status) => status === 'suppressed');
  let best: boolean[] | null = null;
  try {
    for (let iteration = 1; ; iteration++) {
      const completed = [...candidate];
      let cuts = 0;
      for (const need of needs) {
        const cell = tables.cells[need.cell] as TableCell;
        for (;;) {
          reader.setPattern(completed);
          const { interval, binding } = reader.bounds(cell, need.quantity);
          if (caps.holds(need, interval)) break;
          const published = [...binding].filter((c) => column.has(c) && !completed[c]);
          if (published.length === 0)
            throw new Error(`disclosure: no cell can protect ${tables.indicator} ${cell.key}`);
          const indices = published.map((c) => column.get(c) ?? 0).sort((a, b) => a - b);
          const cut = { indices, values: indices.map(() => 1), lower: 1, upper: INFINITY };
          master.addRow(cut);
          relaxation.addRow(cut);
          cuts++;
          const cheapest = published.reduce((a, b) => (lossOf(b) < lossOf(a) ? b : a));
          completed[cheapest] = true;
        }
      }
      if (cuts === 0) return { suppressed: candidate, iterations: iteration };
      if (best === null || patternLoss(completed) < patternLoss(best)) best = completed;
      const bound = relaxation.minimise(costs);
      if (bound !== null && Math.ceil(bound.value - TOLERANCE) >= patternLoss(best) - TOLERANCE)
        return { suppressed: best, iterations: iteration };
      const solution = master.minimise(costs);
      if (solution === null) throw new Error(`disclosure: the master problem of ${tables.indicator} has no solution`);
      if (solution.value >= patternLoss(best) - TOLERANCE) return { suppressed: best, iterations: iteration };
      candidate = statuses.map(
        (status, c) =>
          status === 'suppressed' || (status === 'free' && (solution.primal[column.get(c) ?? 0] ?? 0) > 0.5),
      );
    }
  } finally {
    reader.dispose();
    master.dispose();
    relaxation.dispose();
    caps.dispose();
  }
}

/**
 * Whether every primary cell keeps its protection interval under the pattern, for the tests and the app.
 * `intervals`: the reader's intervals of the suppressed cells when the caller has them (the audit).
 */
export function patternHolds(
  tables: IndicatorTables,
  suppressed: readonly boolean[],
  intervals: ReadonlyMap<number, CellIntervals> = readerIntervals(tables, suppressed),
): { holds: boolean; failures: { key: string; quantity: 'n' | 'total'; interval: Interval; required: number }[] } {
  const statuses = tables.cells.map(cellStatus);
  const caps = new Caps(tables, statuses);
  try {
    const failures = needsOf(tables).flatMap((need) => {
      const cell = tables.cells[need.cell] as TableCell;
      // A published primary cell is read exactly.
      const interval = intervals.get(need.cell)?.[need.quantity] ?? {
        lower: cell[need.quantity],
        upper: cell[need.quantity],
      };
      return caps.holds(need, interval)
        ? []
        : [{ key: cell.key, quantity: need.quantity, interval, required: caps.required(need) }];
    });
    return { holds: failures.length === 0, failures };
  } finally {
    caps.dispose();
  }
}
