import { auditPattern, readerIntervals, type CellAudit } from './audit.ts';
import { patternHolds, protectTables } from './pattern.ts';
import { buildTables, type DisclosureColumn, type DisclosureUnit, type IndicatorTables } from './tables.ts';

/** One indicator's share of the wave's protection pattern. */
export interface IndicatorPattern {
  readonly indicator: string;
  /** Domain keys (`{}`, `{"SEX":"f"}`) of the printed cells that every output withholds. */
  readonly suppressed: ReadonlySet<string>;
  readonly tables: IndicatorTables;
  /** One flag per cell of `tables`. */
  readonly cells: readonly boolean[];
}

/** Patterns are costly (a MIP and LPs per indicator) and a locked wave's data never moves: kept by content. */
const cache = new Map<string, IndicatorPattern>();
const CACHE_SIZE = 512;

/**
 * The protection pattern of one indicator over the menu's tables (overall and one table per variable,
 * each with a "missing" cell) and the frame table, computed once per content of the wave.
 */
export function protectIndicator(
  units: readonly DisclosureUnit[],
  column: DisclosureColumn,
  variables: readonly string[],
  threshold: number,
): IndicatorPattern {
  const key = JSON.stringify([units, column, variables, threshold]);
  const known = cache.get(key);
  if (known) return known;
  const tables = buildTables(units, column, variables, threshold);
  const { suppressed } = protectTables(tables);
  const pattern: IndicatorPattern = {
    indicator: column.indicator,
    suppressed: new Set(tables.cells.flatMap((cell, c) => (cell.output && suppressed[c] ? [cell.key] : []))),
    tables,
    cells: suppressed,
  };
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value ?? '');
  cache.set(key, pattern);
  return pattern;
}

/** Audits are costly too (LPs per suppressed cell) and a pattern's never changes: kept with the pattern. */
const audits = new WeakMap<IndicatorPattern, { readonly cells: readonly CellAudit[]; readonly holds: boolean }>();

/** The audit of a pattern: every suppressed cell's reader interval, and whether each primary keeps its own. */
export function auditIndicator(pattern: IndicatorPattern): {
  readonly cells: readonly CellAudit[];
  readonly holds: boolean;
} {
  const known = audits.get(pattern);
  if (known) return known;
  // One reader's intervals for both: the printed intervals and the check that they are wide enough.
  const intervals = readerIntervals(pattern.tables, pattern.cells);
  const audit = {
    cells: auditPattern(pattern.tables, pattern.cells, intervals),
    holds: patternHolds(pattern.tables, pattern.cells, intervals).holds,
  };
  audits.set(pattern, audit);
  return audit;
}
