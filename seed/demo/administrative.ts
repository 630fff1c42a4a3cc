// Administrative figures (issue 17, item 7): what DGAPR and the Ministry of Justice count, not what the
// minors answer. Each is an indicator outside the score with no numerator (no interview gives it), whose
// value for a wave is an external estimate of origin "administrative" with its source. Values invented.
import { ruleLinks, type RuleSpecs } from './framework-indicators.ts';
import { DEMO_TAG } from './notice.ts';
import type { ExternalEstimateRecord, FrameworkIndicatorRecord, IndicatorStandardRecord } from './types.ts';

type Spec = Pick<FrameworkIndicatorRecord, 'code' | 'label' | 'label_ar' | 'type' | 'direction' | 'standard'> & {
  readonly description: string;
  readonly source: string;
  /** The figure for each wave's period, in the indicator's unit. */
  readonly values: Readonly<Record<keyof typeof PERIODS, number>>;
  readonly rules: RuleSpecs;
};

/** The period each wave's administrative figures describe: the last one published before its fieldwork. */
const PERIODS = { B2020: '2019', W1: '2025', W2: 'premier semestre 2026', W3: '2026' } as const;

const DGAPR = 'DGAPR, rapport d’activité';
const JUSTICE = 'Ministère de la Justice, statistiques judiciaires';

const SPECS: readonly Spec[] = [
  {
    code: 'ADM_DETENTION_RATE',
    label: 'Mineurs détenus pour 100 000 mineurs',
    label_ar: 'القاصرون المحتجزون لكل 100000 قاصر',
    type: 'mean',
    direction: 'lower_is_better',
    standard: 'UNODC/UNICEF indicateur 2',
    description: 'Mineurs détenus au 31 décembre, pour 100 000 habitants de 12 à 17 ans (chiffre administratif).',
    source: DGAPR,
    values: { B2020: 24.1, W1: 21.6, W2: 20.9, W3: 19.8 },
    rules: [
      ['UNODC-UNICEF', 'indicateur 2', 'measures'],
      ['CRC', 'art. 37(b)', 'approximates'],
    ],
  },
  {
    code: 'ADM_DEATHS',
    label: 'Décès en détention pour 1 000 mineurs détenus',
    label_ar: 'الوفيات أثناء الاحتجاز لكل 1000 قاصر محتجز',
    type: 'mean',
    direction: 'lower_is_better',
    standard: 'UNODC/UNICEF indicateur 6',
    description: 'Décès de mineurs en détention sur l’année, pour 1 000 mineurs détenus (chiffre administratif).',
    source: DGAPR,
    values: { B2020: 1.2, W1: 0.9, W2: 0.6, W3: 0.6 },
    rules: [['UNODC-UNICEF', 'indicateur 6', 'measures']],
  },
  {
    code: 'ADM_CUSTODIAL',
    label: 'Peines privatives de liberté parmi les mineurs condamnés',
    label_ar: 'العقوبات السالبة للحرية من بين القاصرين المحكوم عليهم',
    type: 'proportion',
    direction: 'lower_is_better',
    standard: 'UNODC/UNICEF indicateur 9',
    description: 'Part des mineurs condamnés dans l’année à une peine privative de liberté (chiffre administratif).',
    source: JUSTICE,
    values: { B2020: 0.46, W1: 0.41, W2: 0.37, W3: 0.33 },
    rules: [
      ['UNODC-UNICEF', 'indicateur 9', 'measures'],
      ['MA-LOI-43-22', 'texte entier', 'approximates'],
    ],
  },
  {
    code: 'ADM_DIVERSION',
    label: 'Mineurs orientés vers une alternative avant jugement',
    label_ar: 'القاصرون الموجَّهون إلى بديل قبل الحكم',
    type: 'proportion',
    direction: 'higher_is_better',
    standard: 'UNODC/UNICEF indicateur 10',
    description:
      'Part des mineurs poursuivis orientés, avant jugement, vers une mesure qui évite le procès (chiffre administratif).',
    source: JUSTICE,
    values: { B2020: 0.12, W1: 0.15, W2: 0.19, W3: 0.22 },
    rules: [
      ['UNODC-UNICEF', 'indicateur 10', 'measures'],
      ['BEIJING', 'r.11', 'measures'],
    ],
  },
];

export const administrativeIndicators: readonly FrameworkIndicatorRecord[] = SPECS.map((spec, index) => ({
  code: spec.code,
  label: spec.label,
  label_ar: spec.label_ar,
  type: spec.type,
  dimension: null,
  numerator: '',
  denominator: '',
  direction: spec.direction,
  standard: spec.standard,
  description: `${spec.description} ${DEMO_TAG}`,
  sort: 200 + index,
}));

export const administrativeStandards: readonly IndicatorStandardRecord[] = ruleLinks(SPECS);

export const administrativeEstimates: readonly ExternalEstimateRecord[] = SPECS.flatMap((spec) =>
  Object.entries(PERIODS).map(([wave, period]) => ({
    wave,
    indicator: spec.code,
    estimate: spec.values[wave as keyof typeof PERIODS],
    se: null,
    n: null,
    origin: 'administrative' as const,
    source: `${spec.source} ${period} (valeurs de démonstration)`,
  })),
);
