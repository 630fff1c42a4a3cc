import { disclosureControl, type DisclosureCell } from '../stats/index.ts';

export interface TableCell {
  /** One value per breakdown variable. */
  readonly values: readonly string[];
  /** Interviews in the cell's denominator. */
  readonly n: number;
}

export interface TableSuppression {
  readonly overall: boolean;
  /** One flag per cell, in the order given. */
  readonly cells: readonly boolean[];
}

/** The cells sharing every value but the one at `varying` form a line that partitions one total. */
function lineKey(values: readonly string[], varying: number): string {
  return JSON.stringify(values.filter((_, k) => k !== varying));
}

/**
 * Primary and secondary suppression of one indicator's overall result and the cells of one breakdown.
 *
 * In a one-way breakdown the cells partition the overall result: one call of `disclosureControl`.
 * In a crossed breakdown (SEX x establishment_type) every line of the table partitions a margin that
 * another request (`by=SEX`) publishes, so no line may hold exactly one suppressed cell. A complement
 * suppressed in one line can leave a single suppressed cell in a crossing line, hence the passes until
 * nothing changes (the suppressed set only grows, so this ends).
 *
 * `disclosureControl` takes one sibling set per cell and decides from n alone, so a cell suppressed
 * by an earlier pass is shown to it with an n under the threshold (but not 0, which would mark it
 * empty and neither needing nor serving as a complement).
 */
export function suppressTable(
  overallN: number,
  cells: readonly TableCell[],
  variables: number,
  threshold: number,
): TableSuppression {
  const suppressed = cells.map(() => false);
  const overall = disclosureControl([{ key: 'overall', n: overallN }], { threshold })[0]?.suppressed ?? true;
  let changed = true;
  while (changed) {
    changed = false;
    for (let varying = 0; varying < variables; varying++) {
      const input = cells.map(
        (cell, i): DisclosureCell => ({
          key: String(i),
          n: suppressed[i] ? Math.min(cell.n, threshold / 2) : cell.n,
          siblings: lineKey(cell.values, varying),
        }),
      );
      disclosureControl(input, { threshold }).forEach((decision, i) => {
        if (decision.suppressed && !suppressed[i]) {
          suppressed[i] = true;
          changed = true;
        }
      });
    }
  }
  return { overall, cells: suppressed };
}
