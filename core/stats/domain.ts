/**
 * A domain (subpopulation) of a design: the sorted indexes of the units in it. As in R
 * `subset(design, ...)` on a `survey.design2`, units outside a domain keep their stratum and weigh zero;
 * listing the units lets an estimate cost O(units in the domain + strata) instead of O(sample).
 */
export interface Domain {
  readonly units: ArrayLike<number>;
}

/** The domain of the units whose mask entry is true. */
export function domainOf(mask: readonly boolean[]): Domain {
  let count = 0;
  for (const inside of mask) if (inside) count++;
  const units = new Int32Array(count);
  let next = 0;
  mask.forEach((inside, i) => {
    if (inside) units[next++] = i;
  });
  return { units };
}

/** One domain per distinct non-null value, in one pass: the cells of a breakdown (`by=SEX`). */
export function domainsBy(values: readonly (string | null)[]): ReadonlyMap<string, Domain> {
  const lists = new Map<string, number[]>();
  values.forEach((value, i) => {
    if (value === null) return;
    const list = lists.get(value);
    if (list === undefined) lists.set(value, [i]);
    else list.push(i);
  });
  const domains = new Map<string, Domain>();
  for (const [value, list] of lists) domains.set(value, { units: Int32Array.from(list) });
  return domains;
}
