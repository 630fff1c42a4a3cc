import type { Person, Situation } from './profiles.ts';
import type { Rng } from './prng.ts';
import type { AnswerValue, EstablishmentType } from './types.ts';

/** Per type of establishment: CRE and child protection centres offer more than juvenile wings of prisons. */
interface Offer {
  readonly schooling: number;
  readonly training: number;
  readonly psychosocial: number;
  readonly individualPlan: number;
  readonly releasePlan: number;
  readonly sharesWithAdults: number;
  readonly activities: number;
  readonly twiceWeeklyContact: number;
  readonly violence: number;
}

const OFFER: Readonly<Record<EstablishmentType, Offer>> = {
  cre: {
    schooling: 0.66,
    training: 0.5,
    psychosocial: 0.55,
    individualPlan: 0.4,
    releasePlan: 0.22,
    sharesWithAdults: 0.04,
    activities: 1,
    twiceWeeklyContact: 0.42,
    violence: 0.13,
  },
  quartier_mineurs: {
    schooling: 0.3,
    training: 0.2,
    psychosocial: 0.3,
    individualPlan: 0.12,
    releasePlan: 0.08,
    sharesWithAdults: 0.34,
    activities: 0.6,
    twiceWeeklyContact: 0.28,
    violence: 0.2,
  },
  centre_sauvegarde: {
    schooling: 0.78,
    training: 0.35,
    psychosocial: 0.65,
    individualPlan: 0.45,
    releasePlan: 0.26,
    sharesWithAdults: 0.01,
    activities: 1.1,
    twiceWeeklyContact: 0.5,
    violence: 0.1,
  },
};

function clamp(probability: number): number {
  return Math.min(0.98, Math.max(0.01, probability));
}

function yesNo(rng: Rng, probability: number): 'yes' | 'no' {
  return rng.chance(clamp(probability)) ? 'yes' : 'no';
}

function scale(rng: Rng, mean: number): number {
  return Math.min(5, Math.max(1, Math.round(mean + rng.normal() * 0.9)));
}

function someOf(rng: Rng, options: readonly (readonly [string, number])[], fallback: string): string[] {
  const chosen = options.filter(([, probability]) => rng.chance(clamp(probability))).map(([value]) => value);
  return chosen.length > 0 ? chosen : [fallback];
}

/**
 * One child's answers to BARO v1, question by question in the form's order. Only relevant questions get
 * an answer (the relevance below mirrors the questionnaire's `relevant` expressions), so the result passes
 * validation in `submit` mode; the tests check that against the questionnaire itself.
 */
export function baroAnswers(person: Person, situation: Situation, rng: Rng): Record<string, AnswerValue> {
  const offer = OFFER[situation.establishmentType];
  const { age, legalStatus, detentionMonths, progress } = situation;
  const boost = person.engagement * 0.08;
  const answers: Record<string, AnswerValue> = {};

  answers.SEX = person.sex;
  answers.AGE = age;
  answers.FAMILY_SAME_REGION = person.familySameRegion ? 'yes' : 'no';
  answers.LEGAL_STATUS = legalStatus;
  answers.DETENTION_MONTHS = detentionMonths;
  answers.PREVIOUS_DETENTION = person.previousDetention ? 'yes' : 'no';
  answers.EDUCATION_LEVEL = person.educationLevel;

  answers.LAWYER_SEEN = yesNo(rng, (legalStatus === 'convicted' ? 0.74 : 0.52) + 0.04 * progress);
  answers.PARENTS_INFORMED = rng.weighted([
    ['yes', 0.7],
    ['no', 0.2],
    ['dont_know', 0.1],
  ]);
  if (legalStatus === 'preventive') {
    answers.PRETRIAL_OVER_6M = detentionMonths > 6 || (detentionMonths === 6 && rng.chance(0.5)) ? 'yes' : 'no';
  }

  const sharesWithAdults = rng.chance(clamp(offer.sharesWithAdults - 0.05 * progress));
  answers.SHARES_WITH_ADULTS = sharesWithAdults ? 'yes' : 'no';
  const violence = rng.weighted([
    ['yes', offer.violence + (sharesWithAdults ? 0.08 : 0) - 0.03 * progress],
    ['refused', 0.04],
    ['no', 0.83],
  ]);
  answers.VIOLENCE_3M = violence;
  if (violence === 'yes') {
    answers.VIOLENCE_BY = someOf(
      rng,
      [
        ['staff', 0.3],
        ['other_minors', 0.7],
        ['adult_detainees', sharesWithAdults ? 0.5 : 0.03],
      ],
      'other_minors',
    );
  }
  answers.ISOLATION_3M = yesNo(rng, (violence === 'yes' ? 0.16 : 0.06) - 0.02 * progress);
  answers.FEELS_SAFE = scale(rng, 3.7 - (violence === 'yes' ? 1.2 : 0) - (sharesWithAdults ? 0.5 : 0));

  const visited = rng.chance(
    clamp(
      (person.familySameRegion ? 0.86 : 0.5) +
        (situation.establishmentType === 'centre_sauvegarde' ? 0.05 : 0) +
        0.03 * progress,
    ),
  );
  answers.FAMILY_VISIT_3M = visited ? 'yes' : 'no';
  if (visited) {
    answers.VISITS_FREQUENCY = person.familySameRegion
      ? rng.weighted([
          ['weekly', 0.45],
          ['monthly', 0.37],
          ['less_than_monthly', 0.18],
        ])
      : rng.weighted([
          ['weekly', 0.08],
          ['monthly', 0.34],
          ['less_than_monthly', 0.58],
        ]);
  }
  const twice = clamp(offer.twiceWeeklyContact + 0.06 * progress);
  answers.CONTACT_WEEKLY = rng.weighted([
    ['twice_or_more', twice],
    ['once', (1 - twice) * 0.65],
    ['none', (1 - twice) * 0.35],
  ]);

  if (age < 16) {
    const schooling = rng.chance(clamp(offer.schooling + 0.07 * progress + boost));
    answers.SCHOOLING = schooling ? 'yes' : 'no';
    if (schooling && rng.chance(0.85)) answers.SCHOOL_HOURS_WEEK = rng.int(3, 12) * 2;
  }
  if (detentionMonths >= 6) {
    answers.CERTIFICATE_OBTAINED = yesNo(rng, offer.schooling * 0.22 + 0.03 * progress + boost / 2);
  }
  const activities = someOf(
    rng,
    [
      ['sport', 0.7 * offer.activities],
      ['library', 0.28 * offer.activities],
      ['arts', 0.22 * offer.activities],
      ['religious', 0.4],
      ['cultural', 0.16 * offer.activities + 0.05 * progress],
    ],
    'none',
  );
  answers.ACTIVITIES = activities;
  answers.N_ACTIVITIES = activities.includes('none') ? 0 : activities.length;

  if (age >= 15) {
    const training = rng.chance(clamp(offer.training + 0.05 * progress + boost + (person.sex === 'f' ? -0.05 : 0)));
    answers.VOC_TRAINING = training ? 'yes' : 'no';
    if (training) {
      answers.VOC_FIELD =
        person.sex === 'f'
          ? rng.weighted([
              ['sewing', 4],
              ['hairdressing', 3],
              ['cooking', 3],
              ['computing', 2],
              ['other', 1],
            ])
          : rng.weighted([
              ['carpentry', 3],
              ['electricity', 3],
              ['plumbing', 2],
              ['cooking', 2],
              ['computing', 2],
              ['agriculture', 1],
              ['hairdressing', 1],
              ['other', 1],
            ]);
      answers.VOC_CERTIFIED = yesNo(rng, (detentionMonths >= 6 ? 0.5 : 0.12) + 0.05 * progress);
    }
  }

  answers.MEDICAL_EXAM_ADMISSION = rng.weighted([
    ['yes', 0.68 + 0.04 * progress],
    ['no', 0.24],
    ['dont_know', 0.08],
  ]);
  const psychosocial = rng.chance(clamp(offer.psychosocial + 0.08 * progress + boost));
  answers.PSY_SOCIAL_SEEN = psychosocial ? 'yes' : 'no';
  answers.HEALTH_CARE_UNMET = yesNo(rng, 0.16 - 0.02 * progress);
  answers.WELLBEING = scale(
    rng,
    3.1 + (visited ? 0.4 : -0.2) - (violence === 'yes' ? 0.8 : 0) + (psychosocial ? 0.2 : 0) + 0.1 * progress,
  );

  answers.INFORMED_RIGHTS = yesNo(rng, 0.55 + 0.07 * progress);
  const individualPlan = rng.weighted([
    ['yes', clamp(offer.individualPlan + 0.07 * progress + boost)],
    ['no', 0.55],
    ['dont_know', 0.08],
  ]);
  answers.INDIVIDUAL_PLAN = individualPlan;
  const knowsComplaint = rng.chance(clamp(0.42 + 0.05 * progress));
  answers.KNOWS_COMPLAINT = knowsComplaint ? 'yes' : 'no';
  const complained = rng.chance(knowsComplaint ? 0.24 : 0.05);
  answers.COMPLAINT_FILED = complained ? 'yes' : 'no';
  if (complained) {
    answers.COMPLAINT_OUTCOME = rng.weighted([
      ['resolved', 0.25],
      ['answered', 0.25],
      ['no_response', 0.35],
      ['pending', 0.15],
    ]);
  }

  const releasePlan = rng.chance(
    clamp(
      offer.releasePlan +
        (individualPlan === 'yes' ? 0.2 : 0) +
        (legalStatus === 'convicted' ? 0.05 : 0) +
        0.09 * progress +
        boost,
    ),
  );
  answers.RELEASE_PLAN = releasePlan ? 'yes' : 'no';
  if (releasePlan) {
    answers.RELEASE_PLAN_ITEMS = someOf(
      rng,
      [
        ['housing', 0.45],
        ['school', age < 16 ? 0.6 : 0.25],
        ['work', age >= 16 ? 0.5 : 0.1],
        ['training', 0.4],
        ['health', 0.15],
        ['family_mediation', 0.3],
      ],
      'housing',
    );
  }
  answers.AFTERCARE_CONTACT = yesNo(rng, 0.14 + (releasePlan ? 0.22 : 0) + 0.06 * progress);
  answers.HOUSING_AFTER_RELEASE = person.familySameRegion
    ? rng.weighted([
        ['parents', 0.72],
        ['other_family', 0.14],
        ['institution', 0.04],
        ['no_solution', 0.03],
        ['dont_know', 0.07],
      ])
    : rng.weighted([
        ['parents', 0.55],
        ['other_family', 0.18],
        ['institution', 0.09],
        ['no_solution', 0.07],
        ['dont_know', 0.11],
      ]);
  if (rng.chance(0.92)) answers.CONFIDENCE_FUTURE = scale(rng, 3.2 + (releasePlan ? 0.6 : 0) + (visited ? 0.2 : -0.3));

  return answers;
}
