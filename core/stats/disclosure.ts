/**
 * Disclosure control of published cells (domain `Statistics that can be trusted`: these are children).
 *
 * Primary suppression: a cell whose domain holds fewer than `threshold` interviews (10 by default) is
 * suppressed. Secondary suppression: cells sharing a `siblings` key partition one total (SEX = f and
 * SEX = m under the overall result); if exactly one of them is suppressed, the reader could recompute
 * it from the total and the others, so the smallest other sibling (fewest interviews; the first given
 * on a tie) is suppressed too. Two suppressed siblings can only be recovered as a pair.
 *
 * Empty cells (n = 0) publish nothing and describe no child: they are suppressed (there is no
 * estimate) but neither call for a complement nor serve as one, since hiding an empty cell protects
 * nothing. Each cell belongs to at most one sibling set (one-way breakdowns); a cell without one is
 * only checked against the threshold.
 */

export interface DisclosureCell {
  /** Caller's identifier, echoed in the decision. */
  readonly key: string;
  /** Interviews in the cell's domain (the estimate's denominator). */
  readonly n: number;
  /** Cells with the same value partition one published total. */
  readonly siblings?: string;
}

export type SuppressionReason = 'primary' | 'secondary';

export interface DisclosureDecision {
  readonly key: string;
  readonly suppressed: boolean;
  readonly reason: SuppressionReason | null;
}

export interface DisclosureOptions {
  /** Smallest publishable number of interviews, 10 by default. */
  readonly threshold?: number;
}

export const DEFAULT_DISCLOSURE_THRESHOLD = 10;

/** One decision per cell, in the order given. */
export function disclosureControl(cells: readonly DisclosureCell[], options?: DisclosureOptions): DisclosureDecision[] {
  const threshold = options?.threshold ?? DEFAULT_DISCLOSURE_THRESHOLD;
  if (!(threshold >= 0)) throw new RangeError(`disclosure threshold must be >= 0, got ${threshold}`);
  const reasons: (SuppressionReason | null)[] = cells.map((cell) =>
    cell.n < threshold || cell.n === 0 ? 'primary' : null,
  );

  const groups = new Map<string, number[]>();
  cells.forEach((cell, i) => {
    if (cell.siblings === undefined) return;
    const group = groups.get(cell.siblings);
    if (group === undefined) groups.set(cell.siblings, [i]);
    else group.push(i);
  });
  for (const members of groups.values()) {
    const withData = members.filter((i) => (cells[i]?.n ?? 0) > 0);
    const suppressed = withData.filter((i) => reasons[i] !== null);
    if (suppressed.length !== 1) continue;
    let complement: number | null = null;
    for (const i of withData) {
      if (reasons[i] !== null) continue;
      if (complement === null || (cells[i]?.n ?? 0) < (cells[complement]?.n ?? 0)) complement = i;
    }
    if (complement !== null) reasons[complement] = 'secondary';
  }
  return cells.map((cell, i) => {
    const reason = reasons[i] ?? null;
    return { key: cell.key, suppressed: reason !== null, reason };
  });
}

/**
 * The published form of a result: with `suppressed` set, and without estimate, se and interval when
 * suppressed (contract, "HTTP endpoints"). The other fields (n, population estimate, deff, df) stay.
 */
type Published = {
  readonly estimate: unknown;
  readonly se: unknown;
  readonly ci_low: unknown;
  readonly ci_high: unknown;
};
type Withheld<T> = Omit<T, 'estimate' | 'se' | 'ci_low' | 'ci_high'> & { readonly suppressed: true };

export function applyDisclosure<T extends Published>(
  result: T,
  decision: DisclosureDecision,
): (T & { readonly suppressed: false }) | Withheld<T> {
  if (!decision.suppressed) return { ...result, suppressed: false };
  const { estimate: _estimate, se: _se, ci_low: _low, ci_high: _high, ...kept } = result;
  return { ...kept, suppressed: true };
}
