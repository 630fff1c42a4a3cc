// A small scenario for the export tests: one version with every question type, three interviews
// carrying the identifiers that must never leave.
import { choices, question } from '../questionnaire/test-support.ts';
import type { QuestionnaireVersion } from '../questionnaire/index.ts';
import type { ExportInterview } from './types.ts';

export const VERSION: QuestionnaireVersion = {
  id: 7,
  instrument: 'BARO',
  version: 1,
  sections: [{ code: 'S1', label: 'Section 1' }],
  questions: [
    question('INTRO', 'note'),
    question('SEX', 'select_one', {
      label: 'Sexe',
      label_ar: 'الجنس',
      choices: [
        { value: 'male', label: 'Garçon' },
        { value: 'female', label: 'Fille' },
      ],
    }),
    question('AGE', 'integer', { label: 'Âge', constraint: '. >= 12 and . <= 18' }),
    question('BALANCE', 'decimal', { label: 'Solde du pécule' }),
    question('ACTIVITIES', 'select_multiple', {
      label: 'Activités',
      choices: choices('sport', 'school', 'work'),
      relevant: '${AGE} >= 15',
    }),
    question('VISIT_DATE', 'date', { label: 'Dernière visite' }),
    question('COMMENT', 'text', { label: 'Commentaire' }),
    question('N_ACT', 'calculate', { label: 'Nombre d’activités', calculation: 'count-selected(${ACTIVITIES})' }),
  ],
};

/** The identifiers a database row holds besides what the export reads. */
export const IDENTIFIERS = {
  participant: 'P-7KQ2M',
  user_created: '0b3a6d1e-1c5f-4a57-9a0e-0000000000ff',
  email: 'enqueteur@example.org',
  review_comment: 'Rejeté : vu avec le directeur',
  device_id: 'tablette-42',
} as const;

function interview(code: string, answers: Record<string, unknown>): ExportInterview {
  // The identifiers ride along as a database row would carry them: the export must ignore them.
  const row = {
    code,
    establishment_code: 'CRE-01',
    establishment_type: 'cre',
    region: 'Casablanca-Settat',
    interview_date: '2025-03-14',
    status: 'validated',
    instrument_version: 7,
    answers,
    ...IDENTIFIERS,
  };
  return row;
}

export const INTERVIEWS: readonly ExportInterview[] = [
  interview('W1-CRE-01-002', { SEX: 'female', AGE: 14, BALANCE: -12.5, ACTIVITIES: [], COMMENT: '=1+1', N_ACT: 0 }),
  interview('W1-CRE-01-001', {
    SEX: 'male',
    AGE: 16,
    BALANCE: 30,
    ACTIVITIES: ['work', 'sport'],
    VISIT_DATE: '2025-02-01',
    COMMENT: 'Visite du père',
    N_ACT: 2,
  }),
  interview('W1-CRE-01-003', { SEX: null, AGE: 17, ACTIVITIES: ['school'], COMMENT: '@SUM(A1)', N_ACT: 1 }),
];
