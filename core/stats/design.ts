/**
 * A stratified one-stage design with finite population correction, built once on the whole sample of a
 * wave and reused for every indicator and domain. Matches R
 * `svydesign(ids = ~1, strata = ~stratum, fpc = ~population)`: unit weights N_h / n_h, where n_h counts
 * every sampled unit of stratum h (a domain never re-weights, it only zeroes the units outside it), and
 * sampling fractions f_h = n_h / N_h entering the variance through 1 - f_h.
 *
 * The per-stratum arrays are indexed by the position of the stratum in `strata` (first appearance in
 * the units); `unitStratum[i]` is that index for unit i. They are typed arrays read through `ArrayLike`
 * so callers cannot write to them.
 */
export interface Design {
  /** Number of sampled units (interviews). */
  readonly size: number;
  /** Stratum codes, in order of first appearance among the units. */
  readonly strata: readonly string[];
  readonly unitStratum: ArrayLike<number>;
  /** n_h: sampled units per stratum. */
  readonly sampleSize: ArrayLike<number>;
  /** N_h: population per stratum, from the frame. */
  readonly populationSize: ArrayLike<number>;
  /** N_h / n_h. */
  readonly weight: ArrayLike<number>;
  /** 1 - n_h / N_h, the finite population correction of the variance. */
  readonly fpc: ArrayLike<number>;
}

export interface DesignUnit {
  readonly stratum: string;
}

/**
 * Builds the design from the units in sample order and the frame's population per stratum.
 * Throws a RangeError when a unit's stratum has no population, or a stratum has more units than people.
 */
export function buildDesign(units: readonly DesignUnit[], populations: Readonly<Record<string, number>>): Design {
  const indexOf = new Map<string, number>();
  const strata: string[] = [];
  const unitStratum = new Int32Array(units.length);
  const counts: number[] = [];
  units.forEach((unit, i) => {
    let h = indexOf.get(unit.stratum);
    if (h === undefined) {
      h = strata.length;
      indexOf.set(unit.stratum, h);
      strata.push(unit.stratum);
      counts.push(0);
    }
    unitStratum[i] = h;
    counts[h] = (counts[h] ?? 0) + 1;
  });
  const stratumCount = strata.length;
  const sampleSize = new Int32Array(stratumCount);
  const populationSize = new Float64Array(stratumCount);
  const weight = new Float64Array(stratumCount);
  const fpc = new Float64Array(stratumCount);
  strata.forEach((code, h) => {
    const n = counts[h] ?? 0;
    const population = Object.hasOwn(populations, code) ? populations[code] : undefined;
    if (population === undefined || !Number.isFinite(population)) {
      throw new RangeError(`stratum ${code} has no population in the frame`);
    }
    if (population < n) {
      throw new RangeError(`stratum ${code} has ${n} interviews but a population of ${population}`);
    }
    sampleSize[h] = n;
    populationSize[h] = population;
    weight[h] = population / n;
    fpc[h] = (population - n) / population;
  });
  return Object.freeze({
    size: units.length,
    strata: Object.freeze(strata),
    unitStratum,
    sampleSize,
    populationSize,
    weight,
    fpc,
  });
}
