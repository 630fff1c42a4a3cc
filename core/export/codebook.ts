import { writeCsv } from './csv.ts';
import { repeatFileName } from './file-names.ts';
import { parentKeyName } from './layout.ts';
import { neutralise } from './neutralise.ts';
import type { Column, ExportDataset, ExportQuestion } from './types.ts';

const HEADER = [
  'code',
  'section',
  'type',
  'label',
  'label_ar',
  'choices',
  'relevant',
  'constraint',
  'columns',
] as const;

const INTERVIEW_FIELD_TYPE: Record<Column['kind'], string> = {
  string: 'text',
  integer: 'integer',
  decimal: 'decimal',
  date: 'date',
  select_one: 'select_one',
  dummy: 'integer',
};

/** `value=label` pairs in questionnaire order; ` | ` because labels often hold commas and semicolons. */
function choiceList(question: ExportQuestion): string {
  return question.choices.map((choice) => `${choice.value}=${choice.label}`).join(' | ');
}

function columnsOf(question: ExportQuestion, includeText: boolean, wave: string): string {
  if (question.type === 'note') return '(aucune : note)';
  if (question.type === 'repeat') {
    const link =
      question.repeat === null
        ? 'liée par respondent_id'
        : `liée à ${repeatFileName(wave, question.repeat, includeText)} par respondent_id et ${parentKeyName(question.repeat)} (sa colonne instance)`;
    return `(table à part ${repeatFileName(wave, question.code, includeText)} : une ligne par instance, ${link})`;
  }
  if (question.identifying && !includeText) return '(exclue : réponse identifiante, sur demande d’un coordinateur)';
  if (question.type === 'text' && !includeText) return '(exclue : réponse libre, sur demande d’un coordinateur)';
  const columns = question.columns.join(' ');
  return question.repeat === null ? columns : `${repeatFileName(wave, question.repeat, includeText)} : ${columns}`;
}

/** What disclosure control changed, after the questions: section `protection`, one row per change. */
function protectionRows(dataset: ExportDataset): Array<Array<string | null>> {
  const protection = dataset.protection;
  if (!protection) return [];
  const rule = `k-anonymat (k = ${protection.k}) sur ${protection.quasiIdentifiers.join(', ')} : chaque combinaison compte au moins ${protection.k} entretiens, une valeur manquante comptant comme une modalité`;
  return [
    ['(protection)', 'protection', 'règle', rule, null, null, null, null, protection.quasiIdentifiers.join(' ')],
    ...protection.recodes.map((recode) => [
      '(protection)',
      'protection',
      'recodage',
      recode,
      null,
      null,
      null,
      null,
      recode.split(' ')[0] ?? null,
    ]),
    ...protection.suppressed.map(({ column, count }) => [
      '(protection)',
      'protection',
      'suppression locale',
      `${column} : ${count} valeur(s) mise(s) à manquant`,
      null,
      null,
      null,
      null,
      column,
    ]),
  ];
}

/** One row per interview field, then one per question of the wave's versions (notes, free text and identifying questions included). */
export function codebookCsv(dataset: ExportDataset): string {
  const fields = dataset.columns
    .filter((column) => column.question === undefined)
    .map((column) => [
      column.name,
      '',
      INTERVIEW_FIELD_TYPE[column.kind],
      column.label,
      null,
      null,
      null,
      null,
      column.name,
    ]);
  const questions = dataset.questions.map((question) => [
    question.code,
    question.section,
    question.type,
    question.label,
    question.label_ar,
    choiceList(question) || null,
    question.relevant,
    question.constraint,
    columnsOf(question, dataset.includeText, dataset.wave),
  ]);
  return writeCsv(
    HEADER,
    [...fields, ...questions, ...protectionRows(dataset)].map((row) => row.map(neutralise)),
  );
}
