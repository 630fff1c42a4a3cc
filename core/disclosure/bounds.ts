import type { Interval } from './audit.ts';
import { INFINITY, Solver } from './solver.ts';

/** A published sum of some counts: Σ counts[cells] = total. */
export interface CountFact {
  readonly cells: readonly number[];
  readonly total: number;
}

/**
 * What a reader who knows these sums of non-negative counts derives of one of them: its least and
 * greatest value, by linear programming (the reader of `audit.ts` on a table of plain counts).
 */
export function countBounds(size: number, facts: readonly CountFact[], cell: number): Interval {
  const solver = new Solver({
    colLower: new Array<number>(size).fill(0),
    colUpper: new Array<number>(size).fill(INFINITY),
    rows: facts.map((fact) => ({
      indices: fact.cells,
      values: fact.cells.map(() => 1),
      lower: fact.total,
      upper: fact.total,
    })),
  });
  try {
    const lowest = solver.minimise(new Map([[cell, 1]]));
    const highest = solver.minimise(new Map([[cell, -1]]));
    if (!lowest || !highest) throw new RangeError('the published counts contradict one another');
    return { lower: lowest.value, upper: -highest.value };
  } finally {
    solver.dispose();
  }
}
