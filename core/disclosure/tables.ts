/**
 * The tables a reader can obtain for one indicator of one wave, as linear sums over atoms.
 *
 * An atom is the interviews of one establishment (and weight class) sharing a value of every variable
 * of the menu; "missing" is a value of its own. Every published cell is a sum over atoms of three
 * quantities the reader can rebuild from the published n, population estimate and estimate with the
 * public weights: the interviews in the denominator (n), their weighted sum (the population estimate)
 * and the weighted numerator (estimate × population estimate).
 */

/** The breakdown value of an interview whose answer or establishment attribute is unknown. */
export const MISSING = 'missing';

/** One interview as disclosure control sees it. */
export interface DisclosureUnit {
  readonly establishment: string;
  /** Its design weight N_h / n_h: public through the frame's populations and achieved interviews. */
  readonly weight: number;
  /** Its value of every menu variable; null when unknown. */
  readonly values: Readonly<Record<string, string | null>>;
}

/** One indicator's value per unit (null outside the denominator), with what the reader knows of it. */
export interface DisclosureColumn {
  readonly indicator: string;
  readonly values: readonly (number | null)[];
  /** Cells where all, or all but one or two, children share the answer are protected too. */
  readonly sensitive: boolean;
  /** A blank denominator: every interview is in it, so the frame's achieved interviews are its n. */
  readonly everyInterview: boolean;
  /** The values a reader knows an answer can take (0 and 1 for a proportion). */
  readonly range: readonly [number, number];
}

export interface Atom {
  readonly establishment: string;
  readonly weight: number;
  readonly values: readonly string[];
  /** Interviews in the denominator. */
  readonly n: number;
  /** Sum of the indicator's values. */
  readonly total: number;
}

export type PrimaryReason = 'size' | 'attribute';

export interface TableCell {
  /** `overall`, a menu variable or `establishment_code`. */
  readonly table: string;
  /** The domain as the endpoint prints it: `{}`, `{"SEX":"f"}`. */
  readonly key: string;
  readonly atoms: readonly number[];
  /** Printed by some output; "missing" and establishment cells never are. */
  readonly output: boolean;
  readonly n: number;
  readonly total: number;
  readonly weightedN: number;
  readonly weightedTotal: number;
  readonly primary: PrimaryReason | null;
}

/** The frame table: each establishment's achieved interviews, printed as "< threshold" under it. */
export interface FrameCell {
  readonly establishment: string;
  readonly atoms: readonly number[];
  /** null when printed as "< threshold". */
  readonly interviews: number | null;
}

export interface IndicatorTables {
  readonly indicator: string;
  readonly variables: readonly string[];
  readonly threshold: number;
  readonly range: readonly [number, number];
  readonly everyInterview: boolean;
  readonly atoms: readonly Atom[];
  readonly cells: readonly TableCell[];
  readonly frame: readonly FrameCell[];
}

/** Cells sharing every child's answer but at most this many are disclosive for a sensitive indicator. */
export const ATTRIBUTE_MARGIN = 2;

/**
 * A proportion cell of `n` children of whom `yes` answered yes tells every child's answer but at most
 * `ATTRIBUTE_MARGIN`: 0 %, 100 % and their neighbours. The rule of every sensitive proportion published.
 */
export function disclosesAttribute(n: number, yes: number): boolean {
  return yes <= ATTRIBUTE_MARGIN || n - yes <= ATTRIBUTE_MARGIN;
}

function primaryReason(n: number, total: number, column: DisclosureColumn, threshold: number): PrimaryReason | null {
  if (n === 0) return null;
  if (n < threshold) return 'size';
  const [low, high] = column.range;
  // Counted in children: a proportion's total is the number of yes.
  if (column.sensitive && low === 0 && high === 1 && disclosesAttribute(n, total)) return 'attribute';
  return null;
}

function domainKey(table: string, value: string | null): string {
  return table === 'overall' ? '{}' : JSON.stringify({ [table]: value });
}

/**
 * The menu's tables of one indicator (overall, then one table per variable with a "missing" cell),
 * the establishment cells (never printed, but atoms a reader must not recover) and the frame table.
 */
export function buildTables(
  units: readonly DisclosureUnit[],
  column: DisclosureColumn,
  variables: readonly string[],
  threshold: number,
): IndicatorTables {
  const atomIndex = new Map<string, number>();
  const atoms: { establishment: string; weight: number; values: string[]; n: number; total: number }[] = [];
  const achieved = new Map<string, number>();
  units.forEach((unit, i) => {
    achieved.set(unit.establishment, (achieved.get(unit.establishment) ?? 0) + 1);
    const values = variables.map((variable) => unit.values[variable] ?? MISSING);
    const key = JSON.stringify([unit.establishment, unit.weight, values]);
    let index = atomIndex.get(key);
    if (index === undefined) {
      index = atoms.length;
      atomIndex.set(key, index);
      atoms.push({ establishment: unit.establishment, weight: unit.weight, values, n: 0, total: 0 });
    }
    const value = column.values[i] ?? null;
    const atom = atoms[index];
    if (value !== null && atom) {
      atom.n += 1;
      atom.total += value;
    }
  });

  const cellOf = (table: string, key: string, members: number[], output: boolean): TableCell => {
    let n = 0;
    let total = 0;
    let weightedN = 0;
    let weightedTotal = 0;
    for (const index of members) {
      const atom = atoms[index];
      if (!atom) continue;
      n += atom.n;
      total += atom.total;
      weightedN += atom.weight * atom.n;
      weightedTotal += atom.weight * atom.total;
    }
    return {
      table,
      key,
      atoms: members,
      output,
      n,
      total,
      weightedN,
      weightedTotal,
      primary: primaryReason(n, total, column, threshold),
    };
  };
  const groups = (valueOf: (atom: Atom) => string): Map<string, number[]> => {
    const byValue = new Map<string, number[]>();
    atoms.forEach((atom, index) => {
      const value = valueOf(atom);
      byValue.set(value, [...(byValue.get(value) ?? []), index]);
    });
    return new Map([...byValue].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  };

  const cells: TableCell[] = [
    cellOf(
      'overall',
      '{}',
      atoms.map((_, index) => index),
      true,
    ),
  ];
  variables.forEach((variable, k) => {
    for (const [value, members] of groups((atom) => atom.values[k] ?? MISSING)) {
      cells.push(cellOf(variable, domainKey(variable, value), members, value !== MISSING));
    }
  });
  const byEstablishment = groups((atom) => atom.establishment);
  for (const [establishment, members] of byEstablishment) {
    cells.push(cellOf('establishment_code', domainKey('establishment_code', establishment), members, false));
  }
  const frame = [...byEstablishment].map(([establishment, members]): FrameCell => {
    const interviews = achieved.get(establishment) ?? 0;
    return { establishment, atoms: members, interviews: interviews < threshold ? null : interviews };
  });
  return {
    indicator: column.indicator,
    variables,
    threshold,
    range: column.range,
    everyInterview: column.everyInterview,
    atoms,
    cells,
    frame,
  };
}
