import {
  checkVersion,
  type ProblemField,
  type ProblemRule,
  type QuestionnaireVersion,
} from '../questionnaire/index.ts';
import type { XlsFormProblem } from './problems.ts';
import type { Survey } from './read-survey.ts';
import { columnName } from './sheet-table.ts';

/**
 * Rules the reader has already applied where it knows the exact row and column (a choice on the
 * `choices` sheet, the second of two names, the position in an expression): not reported twice.
 */
const CHECKED_WHILE_READING: ReadonlySet<ProblemRule> = new Set<ProblemRule>([
  'duplicate_code',
  'duplicate_section',
  'unknown_section',
  'unknown_type',
  'missing_choices',
  'duplicate_choice',
  'choice_value_format',
  'missing_choice_label',
  'expression_syntax',
  'unknown_reference',
  'current_outside_constraint',
]);

const COLUMNS: { readonly [F in ProblemField]: string } = {
  code: 'name',
  type: 'type',
  label: 'label',
  section: 'type',
  required: 'required',
  choices: 'type',
  relevant: 'relevant',
  constraint: 'constraint',
  calculation: 'calculation',
  repeat: 'type',
  repeat_count: 'repeat_count',
};

/** The publication check of `core/questionnaire`, each problem pointed at its question's row. */
export function versionProblems(survey: Survey, version: QuestionnaireVersion): XlsFormProblem[] {
  const rows = new Map(survey.questions.map(({ question, row }) => [question.code, row] as const));
  return checkVersion(version)
    .filter((problem) => !CHECKED_WHILE_READING.has(problem.rule))
    .map((problem) => ({
      sheet: survey.sheet,
      row: (problem.question === undefined ? undefined : rows.get(problem.question)) ?? 1,
      column: columnName(survey.columns, COLUMNS[problem.field ?? 'type']),
      message: problem.message,
    }));
}
