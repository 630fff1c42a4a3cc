import type { ExternalEstimateRecord, WaveRecord } from './types.ts';

export const baseline: WaveRecord = {
  code: 'B2020',
  label: 'Étude de référence 2020',
  kind: 'baseline',
  status: 'published',
  reference_date: '2020-06-30',
  fieldwork_start: null,
  fieldwork_end: null,
  sampling_rate: null,
  instrument_versions: [],
};

export const BASELINE_SOURCE =
  'OMP, étude 2020 sur la préparation à la réinsertion des mineurs détenus (valeurs de démonstration)';

/** Invented design effect of the 2020 study, to derive plausible standard errors from its sample sizes. */
const BASELINE_DEFF = 1.2;

/**
 * Invented 2020 values, mostly a little worse than wave 1 so that trends show something. Twice-weekly
 * contact and the number of activities were not measured in 2020: they have no baseline value.
 */
const PROPORTIONS: readonly (readonly [indicator: string, estimate: number, n: number])[] = [
  ['LEG_PRETRIAL', 0.52, 212],
  ['LEG_PRETRIAL_6M', 0.41, 110],
  ['LEG_LAWYER', 0.48, 212],
  ['SAF_ADULTS', 0.16, 212],
  ['SAF_VIOLENCE', 0.17, 201],
  ['SAF_ISOLATION', 0.11, 212],
  ['FAM_VISIT_3M', 0.71, 212],
  ['FAM_VISIT_MONTHLY', 0.52, 212],
  ['EDU_SCHOOLING', 0.49, 63],
  ['EDU_CERTIFICATE', 0.07, 118],
  ['VOC_IN_TRAINING', 0.29, 181],
  ['VOC_CERTIFIED', 0.08, 181],
  ['HEA_EXAM_ADMISSION', 0.58, 212],
  ['HEA_PSYSOCIAL', 0.41, 212],
  ['RIG_INFORMED', 0.44, 212],
  ['RIG_PLAN', 0.19, 212],
  ['RIG_COMPLAINT', 0.31, 212],
  ['REL_PLAN', 0.18, 212],
  ['REL_AFTERCARE_CONTACT', 0.12, 212],
];

function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

export const externalEstimates: readonly ExternalEstimateRecord[] = [
  ...PROPORTIONS.map(([indicator, estimate, n]) => ({
    wave: baseline.code,
    indicator,
    estimate,
    se: round4(Math.sqrt((BASELINE_DEFF * estimate * (1 - estimate)) / n)),
    n,
    origin: 'study' as const,
    source: BASELINE_SOURCE,
  })),
  {
    wave: baseline.code,
    indicator: 'HEA_WELLBEING',
    estimate: 3.05,
    se: 0.081,
    n: 212,
    origin: 'study',
    source: BASELINE_SOURCE,
  },
];
