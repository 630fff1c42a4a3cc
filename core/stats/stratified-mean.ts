import type { Design } from './design.ts';
import type { Domain } from './domain.ts';

/**
 * Weighted mean of y over a domain of a stratified one-stage design, with its linearised variance:
 * R `svymean(~y, subset(design, domain & !is.na(y)))` with `options(survey.lonely.psu = "adjust")`.
 *
 * Estimate: ŷ = Σ w_i d_i y_i / Σ w_i d_i (a ratio of weighted totals; d_i = 1 in the domain with a value).
 * Influence values on the full design: z_i = w_i d_i (y_i - ŷ) / Σ w d, zero outside the domain.
 * Variance (R `svyrecvar` / `onestrat`), summed over strata:
 * - n_h >= 2: (1 - f_h) n_h / (n_h - 1) Σ_{i in h} (z_i - z̄_h)², z̄_h over all n_h units of the stratum,
 *   zeros included (the domain does not change n_h);
 * - n_h = 1 ("adjust"): (1 - f_h) z_i², the lone unit centred at the grand mean of the unit totals,
 *   which is 0 for a mean (Σ z = 0): survey 4.1 leaves it uncentred, survey 4.5 centres it at Σ z / n.
 * A stratum taken whole (f_h = 1) contributes nothing.
 * Degrees of freedom (R `degf` of the subset): units in the domain minus strata with units in it.
 *
 * Per stratum the sums Σ d (y - ŷ) and Σ d (y - ŷ)² are sufficient, since w is constant within a stratum,
 * so the cost is two passes over the domain's units plus one over the strata.
 */
export interface DomainMean {
  readonly n: number;
  readonly populationEstimate: number;
  readonly estimate: number;
  readonly variance: number;
  readonly df: number;
  /** Σ w d (y - ŷ)², the weighted spread the design effect compares with. */
  readonly weightedSquares: number;
}

/**
 * Returns null when no unit of the domain has a value. y has one entry per unit of the design; null
 * means outside the estimate's denominator. Throws a RangeError on a non-finite value.
 */
export function stratifiedDomainMean(
  design: Design,
  y: readonly (number | null)[],
  domain: Domain | undefined,
): DomainMean | null {
  if (y.length !== design.size) {
    throw new RangeError(`expected ${design.size} values (one per unit), got ${y.length}`);
  }
  const { unitStratum, sampleSize, weight, fpc } = design;
  const stratumCount = design.strata.length;
  const units = domain?.units;
  const count = units === undefined ? design.size : units.length;
  const inDomain = new Int32Array(stratumCount);
  const sums = new Float64Array(stratumCount);
  for (let k = 0; k < count; k++) {
    const i = units === undefined ? k : (units[k] ?? -1);
    const value = y[i];
    if (value === undefined) throw new RangeError(`domain unit ${i} is not a unit of the design`);
    if (value === null) continue;
    if (!Number.isFinite(value)) throw new RangeError(`value of unit ${i} is not a finite number: ${value}`);
    const h = unitStratum[i] ?? 0;
    inDomain[h] = (inDomain[h] ?? 0) + 1;
    sums[h] = (sums[h] ?? 0) + value;
  }
  let n = 0;
  let strataInDomain = 0;
  let total = 0;
  let populationEstimate = 0;
  for (let h = 0; h < stratumCount; h++) {
    const unitsInStratum = inDomain[h] ?? 0;
    if (unitsInStratum === 0) continue;
    const w = weight[h] ?? 0;
    n += unitsInStratum;
    strataInDomain++;
    total += w * (sums[h] ?? 0);
    populationEstimate += w * unitsInStratum;
  }
  if (n === 0) return null;
  const estimate = total / populationEstimate;

  const deviations = new Float64Array(stratumCount);
  const squares = new Float64Array(stratumCount);
  for (let k = 0; k < count; k++) {
    const i = units === undefined ? k : (units[k] ?? -1);
    const value = y[i];
    if (value === null || value === undefined) continue;
    const h = unitStratum[i] ?? 0;
    const deviation = value - estimate;
    deviations[h] = (deviations[h] ?? 0) + deviation;
    squares[h] = (squares[h] ?? 0) + deviation * deviation;
  }
  let variance = 0;
  let weightedSquares = 0;
  for (let h = 0; h < stratumCount; h++) {
    if ((inDomain[h] ?? 0) === 0) continue;
    const nh = sampleSize[h] ?? 0;
    const w = weight[h] ?? 0;
    const sumDeviation = deviations[h] ?? 0;
    const sumSquares = squares[h] ?? 0;
    const share = w / populationEstimate;
    const spread = nh > 1 ? (nh / (nh - 1)) * (sumSquares - (sumDeviation * sumDeviation) / nh) : sumSquares;
    variance += (fpc[h] ?? 0) * share * share * spread;
    weightedSquares += w * sumSquares;
  }
  return { n, populationEstimate, estimate, variance, df: n - strataInDomain, weightedSquares };
}
