import { INFINITY, Solver, type LinearRow } from './solver.ts';
import type { IndicatorTables, TableCell } from './tables.ts';

/**
 * The protection interval: a reader's interval for a primary cell must be at least this many children
 * wide (±3) or as wide as the cell's count (±50 %), whichever is larger, capped at what the frame and
 * the always-published overall figure already allow.
 */
export const PROTECTION_CHILDREN = 6;

export function protectionWidth(count: number): number {
  return Math.max(count, PROTECTION_CHILDREN);
}

/** Slack for the solver's floating point: a bound within it is a bound reached. */
export const TOLERANCE = 1e-6;

export interface Interval {
  readonly lower: number;
  readonly upper: number;
}

export interface CellAudit {
  readonly key: string;
  readonly table: string;
  readonly primary: TableCell['primary'];
  /** What the reader derives for the interviews in the cell's denominator. */
  readonly n: Interval;
  /** What the reader derives for the sum of the cell's answers (the number of yes for a proportion). */
  readonly total: Interval;
}

/** Which rows of the reader's LP hold a cell: its n, weighted n and weighted total. */
const ROWS_PER_CELL = 3;

/**
 * The reader's linear programme (Fischetti and Salazar's attacker): per atom, its n and its total, with
 * non-negativity, a total between range × n, every published cell's three sums fixed, and the frame's
 * achieved interviews per establishment. A suppressed cell's rows are left free.
 */
export class Reader {
  readonly #solver: Solver;
  readonly #tables: IndicatorTables;
  readonly #suppressed: boolean[];

  constructor(tables: IndicatorTables, suppressed: readonly boolean[]) {
    this.#tables = tables;
    this.#suppressed = tables.cells.map(() => true);
    const atoms = tables.atoms.length;
    const [low, high] = tables.range;
    const rows: LinearRow[] = [];
    for (const cell of tables.cells) {
      rows.push(
        { indices: [...cell.atoms], values: cell.atoms.map(() => 1), lower: -INFINITY, upper: INFINITY },
        {
          indices: [...cell.atoms],
          values: cell.atoms.map((a) => tables.atoms[a]?.weight ?? 0),
          lower: -INFINITY,
          upper: INFINITY,
        },
        {
          indices: cell.atoms.map((a) => atoms + a),
          values: cell.atoms.map((a) => tables.atoms[a]?.weight ?? 0),
          lower: -INFINITY,
          upper: INFINITY,
        },
      );
    }
    tables.atoms.forEach((_, a) => {
      rows.push({ indices: [atoms + a, a], values: [1, -high], lower: -INFINITY, upper: 0 });
      rows.push({ indices: [atoms + a, a], values: [1, -low], lower: 0, upper: INFINITY });
    });
    for (const entry of tables.frame) {
      // "< threshold" means 1 to threshold - 1 interviews; the indicator's denominator may hold fewer.
      const upper = entry.interviews ?? tables.threshold - 1;
      const lower = tables.everyInterview ? (entry.interviews ?? 1) : 0;
      rows.push({ indices: [...entry.atoms], values: entry.atoms.map(() => 1), lower, upper });
    }
    this.#solver = new Solver({
      colLower: [...tables.atoms.map(() => 0), ...tables.atoms.map(() => -INFINITY)],
      colUpper: tables.atoms.map(() => INFINITY).concat(tables.atoms.map(() => INFINITY)),
      rows,
    });
    this.setPattern(suppressed);
  }

  /** Publishes or frees each cell's rows to match the pattern. */
  setPattern(suppressed: readonly boolean[]): void {
    this.#tables.cells.forEach((cell, c) => {
      const hidden = suppressed[c] ?? true;
      if (hidden === this.#suppressed[c]) return;
      this.#suppressed[c] = hidden;
      const values = [cell.n, cell.weightedN, cell.weightedTotal];
      values.forEach((value, k) => {
        this.#solver.changeRowBounds(c * ROWS_PER_CELL + k, hidden ? -INFINITY : value, hidden ? INFINITY : value);
      });
    });
  }

  /**
   * The reader's bounds on a cell's n or total, and the published cells whose rows bind them (non-zero
   * dual): only suppressing one of those can widen the interval.
   */
  bounds(cell: TableCell, quantity: 'n' | 'total'): { interval: Interval; binding: Set<number> } {
    const offset = quantity === 'n' ? 0 : this.#tables.atoms.length;
    const binding = new Set<number>();
    const solve = (sign: 1 | -1): number => {
      const result = this.#solver.minimise(new Map(cell.atoms.map((a) => [offset + a, sign])));
      // Feasible (the true data satisfies it) and bounded (the frame bounds every atom's n): anything
      // else is a fault of the solver, not an answer to publish on.
      if (result === null)
        throw new Error(`disclosure audit of ${this.#tables.indicator} ${cell.key}: the reader's LP has no optimum`);
      this.#tables.cells.forEach((_, c) => {
        for (let k = 0; k < ROWS_PER_CELL; k++) {
          if (Math.abs(result.duals[c * ROWS_PER_CELL + k] ?? 0) > 1e-9) binding.add(c);
        }
      });
      return sign * result.value;
    };
    const lower = solve(1);
    const upper = solve(-1);
    return { interval: { lower, upper }, binding };
  }

  dispose(): void {
    this.#solver.dispose();
  }
}

/** The width a primary cell's reader interval must keep, before the cap. */
export function requiredWidth(tables: IndicatorTables, cell: TableCell, quantity: 'n' | 'total'): number {
  const [low, high] = tables.range;
  if (quantity === 'n') return cell.primary === 'size' ? protectionWidth(cell.n) : 0;
  return (high - low) * (cell.primary === 'size' ? protectionWidth(cell.n) : PROTECTION_CHILDREN);
}

/** A suppressed cell's reader intervals, by quantity. */
export type CellIntervals = Readonly<Record<'n' | 'total', Interval>>;

/**
 * The reader's intervals of every suppressed cell with interviews (by cell index), from one LP over
 * all the published cells: what the audit prints and what deciding whether the pattern holds reads.
 */
export function readerIntervals(tables: IndicatorTables, suppressed: readonly boolean[]): Map<number, CellIntervals> {
  const reader = new Reader(tables, suppressed);
  try {
    const intervals = new Map<number, CellIntervals>();
    tables.cells.forEach((cell, c) => {
      if (!(suppressed[c] ?? true) || cell.n === 0) return;
      intervals.set(c, { n: reader.bounds(cell, 'n').interval, total: reader.bounds(cell, 'total').interval });
    });
    return intervals;
  } finally {
    reader.dispose();
  }
}

/**
 * For every suppressed cell with interviews, the [lower, upper] that a reader derives from all the
 * published cells of the indicator's tables together with the frame.
 */
export function auditPattern(
  tables: IndicatorTables,
  suppressed: readonly boolean[],
  intervals: ReadonlyMap<number, CellIntervals> = readerIntervals(tables, suppressed),
): CellAudit[] {
  return [...intervals].map(([c, { n, total }]): CellAudit => {
    const cell = tables.cells[c] as TableCell;
    return { key: cell.key, table: cell.table, primary: cell.primary, n, total };
  });
}

export function width(interval: Interval): number {
  return interval.upper - interval.lower;
}
