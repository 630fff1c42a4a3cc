// Questionnaire items that answer a rule of the framework directly (issue 17, item 7), as indicators
// outside the barometer score: they have no dimension, so the score, its dimensions and their checks
// stay as they are, and the compliance matrix shows them against their rules.
import { DEMO_TAG } from './notice.ts';
import type { FrameworkIndicatorRecord, IndicatorStandardRecord } from './types.ts';
import { ruleCode } from './standards.ts';

/** The rules an indicator outside the score answers, as the catalogue names them, and how. */
export type RuleSpecs = ReadonlyArray<readonly [instrument: string, number: string, IndicatorStandardRecord['nature']]>;

type Spec = Omit<FrameworkIndicatorRecord, 'type' | 'sort' | 'dimension'> & { readonly rules: RuleSpecs };

/** The links of indicators outside the score to their rules; none sets a target. */
export function ruleLinks(
  specs: ReadonlyArray<{ readonly code: string; readonly rules: RuleSpecs }>,
): IndicatorStandardRecord[] {
  return specs.flatMap((spec) =>
    spec.rules.map(([instrument, number, nature]) => ({
      indicator: spec.code,
      rule: ruleCode(instrument, number),
      nature,
      target: null,
    })),
  );
}

const SPECS: readonly Spec[] = [
  {
    code: 'LEG_PARENTS_INFORMED',
    label: 'Parents informés de l’arrestation',
    label_ar: 'إخبار الوالدين بالتوقيف',
    numerator: "${PARENTS_INFORMED} = 'yes'",
    denominator: '',
    direction: 'higher_is_better',
    standard: 'Règles de Beijing r.10.1',
    description: 'Part des mineurs dont les parents ou le tuteur ont été informés de leur arrestation.',
    rules: [['BEIJING', 'r.10.1', 'measures']],
  },
  {
    code: 'SAF_VIOLENCE_STAFF',
    label: 'Violences subies de la part du personnel (3 derniers mois)',
    label_ar: 'التعرض للعنف من طرف الموظفين (الأشهر الثلاثة الأخيرة)',
    numerator: "selected(${VIOLENCE_BY}, 'staff')",
    denominator: "${VIOLENCE_3M} != 'refused'",
    direction: 'lower_is_better',
    standard: 'Règles de La Havane r.87(a)',
    description:
      'Part des mineurs qui déclarent des violences physiques de la part du personnel au cours des 3 derniers mois.',
    rules: [
      ['HAVANA', 'r.87(a)', 'measures'],
      ['HAVANA', 'r.67', 'approximates'],
    ],
  },
  {
    code: 'HEA_CARE_UNMET',
    label: 'Besoin de soins non satisfait (3 derniers mois)',
    label_ar: 'حاجة إلى العلاج لم تُلبَّ (الأشهر الثلاثة الأخيرة)',
    numerator: "${HEALTH_CARE_UNMET} = 'yes'",
    denominator: '',
    direction: 'lower_is_better',
    standard: 'Règles de La Havane r.49',
    description: 'Part des mineurs qui ont eu besoin de soins sans pouvoir les obtenir au cours des 3 derniers mois.',
    rules: [['HAVANA', 'r.49', 'measures']],
  },
  {
    code: 'RIG_COMPLAINT_RESOLVED',
    label: 'Plainte suivie d’une solution',
    label_ar: 'شكاية أفضت إلى حل',
    numerator: "${COMPLAINT_OUTCOME} = 'resolved'",
    denominator: "${COMPLAINT_FILED} = 'yes'",
    direction: 'higher_is_better',
    standard: 'Règles de La Havane r.75-78',
    description: 'Parmi les mineurs qui ont porté plainte, part de ceux dont la dernière plainte a résolu le problème.',
    rules: [
      ['HAVANA', 'r.75', 'measures'],
      ['UNODC-UNICEF', 'indicateur 13', 'approximates'],
    ],
  },
  {
    code: 'REL_HOUSING_UNSURE',
    label: 'Sans solution de logement à la sortie',
    label_ar: 'دون حل للسكن بعد الإفراج',
    numerator: "${HOUSING_AFTER_RELEASE} = 'no_solution' or ${HOUSING_AFTER_RELEASE} = 'dont_know'",
    denominator: '',
    direction: 'lower_is_better',
    standard: 'Règles de La Havane r.80',
    description: 'Part des mineurs qui n’ont pas de solution de logement, ou ne la connaissent pas, pour leur sortie.',
    rules: [['HAVANA', 'r.80', 'measures']],
  },
  {
    code: 'FAM_SAME_REGION',
    label: 'Détenu dans la région de sa famille',
    label_ar: 'محتجز في جهة إقامة أسرته',
    numerator: "${FAMILY_SAME_REGION} = 'yes'",
    denominator: '',
    direction: 'higher_is_better',
    standard: 'Règles de La Havane r.30',
    description:
      'Part des mineurs dont la famille habite la région de l’établissement, ce qui rend les visites possibles.',
    rules: [['HAVANA', 'r.59', 'approximates']],
  },
  {
    code: 'LEG_PREVIOUS_DETENTION',
    label: 'Déjà détenu auparavant',
    label_ar: 'سبق احتجازه',
    numerator: "${PREVIOUS_DETENTION} = 'yes'",
    denominator: '',
    direction: 'lower_is_better',
    standard: 'Principes directeurs de Riyad par. 46',
    description:
      'Part des mineurs qui ont déjà été détenus avant cette détention : la privation de liberté n’a pas été le dernier recours.',
    rules: [
      ['RIYADH', 'par. 46', 'approximates'],
      ['CRC', 'art. 37(b)', 'approximates'],
    ],
  },
];

export const frameworkIndicators: readonly FrameworkIndicatorRecord[] = SPECS.map(
  ({ rules: _rules, ...spec }, index) => ({
    ...spec,
    type: 'proportion',
    dimension: null,
    description: `${spec.description} ${DEMO_TAG}`,
    sort: 100 + index,
  }),
);

export const frameworkIndicatorStandards: readonly IndicatorStandardRecord[] = ruleLinks(SPECS);
