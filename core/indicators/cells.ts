import { domainsBy, type Domain } from '../stats/index.ts';
import { domainValues } from './domain-variables.ts';
import type { FrameEntry, InterviewRecord } from './types.ts';

/** One cell of a breakdown: a combination of values of the `by` variables, and its interviews. */
export interface Cell {
  /** One value per `by` variable, in the order of `by`. */
  readonly values: readonly string[];
  readonly domain: Readonly<Record<string, string>>;
  readonly units: Domain;
}

const NUMERIC = /^-?\d+(?:\.\d+)?$/;

/**
 * A total order on cell values, independent of locale: numbers first and by value (ages 9 before 10),
 * then text by code unit.
 */
export function compareValues(a: string, b: string): number {
  const aNumeric = NUMERIC.test(a);
  const bNumeric = NUMERIC.test(b);
  if (aNumeric !== bNumeric) return aNumeric ? -1 : 1;
  if (aNumeric) {
    const difference = Number(a) - Number(b);
    if (difference !== 0) return difference;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareCells(a: Cell, b: Cell): number {
  for (let k = 0; k < a.values.length; k++) {
    const order = compareValues(a.values[k] ?? '', b.values[k] ?? '');
    if (order !== 0) return order;
  }
  return 0;
}

/**
 * The crossed cells of the `by` variables present in the sample, sorted by the first variable's value,
 * then the second's, and so on. An interview with an unknown value of any variable is in no cell.
 * Built once per wave: one pass over the interviews per variable.
 */
export function crossedCells(
  by: readonly string[],
  interviews: readonly InterviewRecord[],
  frame: readonly FrameEntry[],
): Cell[] {
  if (by.length === 0) return [];
  const columns = by.map((variable) => domainValues(variable, interviews, frame));
  const keys = interviews.map((_, i) => {
    const values: string[] = [];
    for (const column of columns) {
      const value = column[i] ?? null;
      if (value === null) return null;
      values.push(value);
    }
    // JSON keeps the tuple unambiguous whatever characters the values hold.
    return JSON.stringify(values);
  });
  const cells = [...domainsBy(keys)].map(([key, units]): Cell => {
    const values = JSON.parse(key) as string[];
    // Shared by the results of every indicator, hence frozen.
    const domain = Object.freeze(Object.fromEntries(by.map((variable, k) => [variable, values[k] ?? ''])));
    return { values, domain, units };
  });
  return cells.sort(compareCells);
}
