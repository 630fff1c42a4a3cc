import { estimateWeightedProportion, type Estimate, type EstimateOptions } from '../stats/index.ts';

export type MemberStatus = 'respondent' | 'nonrespondent' | 'ineligible';

export interface CohortUnit {
  /** Base weight: 1 when the whole cohort is followed, the inverse inclusion probability when sampled. */
  readonly weight: number;
  /** Weighting class, for example `${establishment type}|${sex}`. */
  readonly weightClass: string;
  readonly status: MemberStatus;
}

export interface AdjustedWeights {
  /** One per unit, in input order: 0 for non-respondents and ineligible members. */
  readonly weights: readonly number[];
  /** Σ w of eligible / Σ w of respondents, per class that has respondents. */
  readonly factors: Readonly<Record<string, number>>;
  /** Classes with eligible members but no respondent: their weight cannot be carried by anyone. */
  readonly emptyClasses: readonly string[];
}

/**
 * Weighting-class non-response adjustment (Kalton and Flores-Cervantes 2003, "Weighting methods", s. 2):
 * in class c, each respondent's weight becomes w × Σ_{eligible in c} w / Σ_{respondents in c} w, so that
 * the respondents stand for the eligible members of their class; ineligible members (deceased, moved
 * abroad) leave the target population and keep no weight. It assumes that within a class, respondents
 * and non-respondents have the same outcomes (missing at random given the class).
 */
export function adjustForNonresponse(units: readonly CohortUnit[]): AdjustedWeights {
  const eligible = new Map<string, number>();
  const responded = new Map<string, number>();
  units.forEach((unit, i) => {
    if (!(Number.isFinite(unit.weight) && unit.weight > 0)) {
      throw new RangeError(`base weight of unit ${i} must be positive, got ${unit.weight}`);
    }
    if (unit.status === 'ineligible') return;
    eligible.set(unit.weightClass, (eligible.get(unit.weightClass) ?? 0) + unit.weight);
    if (unit.status === 'respondent') {
      responded.set(unit.weightClass, (responded.get(unit.weightClass) ?? 0) + unit.weight);
    }
  });
  const factors: Record<string, number> = {};
  for (const [weightClass, sum] of responded) factors[weightClass] = (eligible.get(weightClass) ?? 0) / sum;
  const emptyClasses = [...eligible.keys()].filter((weightClass) => !responded.has(weightClass)).sort();
  const weights = units.map((unit) =>
    unit.status === 'respondent' ? unit.weight * (factors[unit.weightClass] ?? 0) : 0,
  );
  return { weights, factors, emptyClasses };
}

/**
 * A proportion for the released minors from the cohort's respondents: the adjusted weights of
 * `adjustForNonresponse`, then R `svydesign(ids = ~1, weights = ~w_adj)` on the respondents
 * (core/stats/weighted-proportion.ts). The variance treats the adjusted weights as fixed, which leaves
 * out the small variance the adjustment itself adds (documented in the report's method).
 * y: one value per unit of `units`; non-respondents' values are ignored.
 */
export function estimateCohortProportion(
  units: readonly CohortUnit[],
  y: readonly (0 | 1 | null)[],
  options?: EstimateOptions,
): Estimate {
  if (units.length !== y.length) throw new RangeError(`expected ${units.length} values, got ${y.length}`);
  const { weights } = adjustForNonresponse(units);
  const respondentWeights: number[] = [];
  const respondentValues: Array<0 | 1 | null> = [];
  units.forEach((unit, i) => {
    if (unit.status !== 'respondent') return;
    respondentWeights.push(weights[i] ?? 0);
    respondentValues.push(y[i] ?? null);
  });
  return estimateWeightedProportion(respondentWeights, respondentValues, options);
}
