import { check } from '../expressions/index.ts';
import type { XlsFormProblem } from './problems.ts';
import type { Survey } from './read-survey.ts';
import { columnName } from './sheet-table.ts';

type Field = 'relevant' | 'constraint' | 'calculation';

/**
 * Every expression parses, names only questions of this form, and uses `.` only in a constraint. A group's
 * condition is checked on the group's row, and each question's own condition on its row.
 */
export function expressionProblems(survey: Survey): XlsFormProblem[] {
  const codes = new Set(survey.questions.map(({ question }) => question.code));
  const problems = (row: number, subject: string, field: Field, source: string | null | undefined): XlsFormProblem[] =>
    source === undefined || source === null || source === ''
      ? []
      : check(source, codes, { allowCurrent: field === 'constraint' }).map((error) => ({
          sheet: survey.sheet,
          row,
          column: columnName(survey.columns, field),
          message: `${subject}, ${field} « ${source} », caractère ${error.position + 1} : ${error.messageFr}.`,
        }));
  return [
    ...survey.groupConditions.flatMap(({ code, row, relevant }) =>
      problems(row, `Groupe « ${code} »`, 'relevant', relevant),
    ),
    ...survey.questions.flatMap(({ question, row, ownRelevant }) => {
      const subject = `Question « ${question.code} »`;
      return [
        ...problems(row, subject, 'relevant', ownRelevant),
        ...problems(row, subject, 'constraint', question.constraint),
        ...problems(row, subject, 'calculation', question.calculation),
      ];
    }),
  ];
}
