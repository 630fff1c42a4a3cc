import type { Rng } from './prng.ts';
import type { EstablishmentType } from './types.ts';

export type Sex = 'f' | 'm';
export type LegalStatus = 'preventive' | 'convicted';
export type EducationLevel = 'none' | 'primary' | 'lower_secondary' | 'upper_secondary';

/** What does not change from one wave to the next for the same minor. */
export interface Person {
  readonly sex: Sex;
  /** Age at the first interview. */
  readonly age: number;
  readonly familySameRegion: boolean;
  readonly previousDetention: boolean;
  readonly educationLevel: EducationLevel;
  /**
   * How much the institution invests in this minor (individual plan, training, release plan...), N(0, 1):
   * it makes those answers correlate within a child and persist from one wave to the next.
   */
  readonly engagement: number;
}

/** The minor's situation on the day of an interview. */
export interface Situation {
  readonly age: number;
  readonly legalStatus: LegalStatus;
  readonly detentionMonths: number;
  readonly establishmentType: EstablishmentType;
  /** 0 in wave 1, 1 in wave 2: how far the (invented) reforms have gone. */
  readonly progress: number;
}

const GIRL_SHARE: Readonly<Record<EstablishmentType, number>> = {
  cre: 0.09,
  quartier_mineurs: 0.07,
  centre_sauvegarde: 0.22,
};

const AGES: readonly (readonly [number, number])[] = [
  [12, 1],
  [13, 2],
  [14, 8],
  [15, 15],
  [16, 22],
  [17, 30],
  [18, 16],
  [19, 5],
  [20, 1],
];

/** Child protection centres take younger children; juvenile wings of prisons older ones. */
const AGE_SHIFT: Readonly<Record<EstablishmentType, number>> = { cre: 0, quartier_mineurs: 0, centre_sauvegarde: -1 };

const SAME_REGION: Readonly<Record<EstablishmentType, number>> = {
  cre: 0.6,
  quartier_mineurs: 0.82,
  centre_sauvegarde: 0.72,
};

const PRETRIAL_SHARE: Readonly<Record<EstablishmentType, number>> = {
  cre: 0.38,
  quartier_mineurs: 0.6,
  centre_sauvegarde: 0.5,
};

function educationFor(age: number, rng: Rng): EducationLevel {
  return rng.weighted<EducationLevel>([
    ['none', 0.12],
    ['primary', age < 15 ? 0.55 : 0.42],
    ['lower_secondary', age < 15 ? 0.33 : 0.36],
    ['upper_secondary', age < 16 ? 0 : 0.1],
  ]);
}

export function newPerson(type: EstablishmentType, rng: Rng): Person {
  const age = Math.min(20, Math.max(12, rng.weighted(AGES) + AGE_SHIFT[type]));
  return {
    sex: rng.chance(GIRL_SHARE[type]) ? 'f' : 'm',
    age,
    familySameRegion: rng.chance(SAME_REGION[type]),
    previousDetention: rng.chance(age >= 16 ? 0.3 : 0.15),
    educationLevel: educationFor(age, rng),
    engagement: rng.normal(),
  };
}

export function newLegalStatus(type: EstablishmentType, rng: Rng): LegalStatus {
  return rng.chance(PRETRIAL_SHARE[type]) ? 'preventive' : 'convicted';
}

/** Months already spent in detention at a first interview; `recentOnly` for minors who entered after the previous wave. */
export function newDetentionMonths(status: LegalStatus, rng: Rng, recentOnly = false): number {
  if (recentOnly)
    return rng.weighted([
      [0, 3],
      [1, 4],
      [2, 4],
      [3, 3],
      [4, 2],
      [5, 2],
    ]);
  if (status === 'preventive') {
    return rng.weighted([
      [0, 2],
      [1, 3],
      [2, 3],
      [3, 3],
      [4, 2],
      [5, 2],
      [6, 2],
      [7, 1.5],
      [8, 1.5],
      [9, 1],
      [10, 1],
      [12, 0.8],
      [14, 0.5],
      [18, 0.3],
    ]);
  }
  return rng.weighted([
    [1, 1],
    [2, 2],
    [3, 2],
    [4, 2],
    [6, 3],
    [8, 3],
    [10, 2.5],
    [12, 2],
    [15, 1.5],
    [18, 1],
    [24, 0.6],
    [30, 0.3],
  ]);
}
