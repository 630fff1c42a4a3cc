/** Shared by `${CODE}` references and the publish check, so that every valid code can be referenced. */
export const QUESTION_CODE_SYNTAX = '[A-Za-z_][A-Za-z0-9_.-]*';

/**
 * An XLSForm name: a letter or underscore, then letters, digits, `_`, `-`, `.` (ASCII only, as the codes
 * become column names in R, SPSS and Stata exports).
 * @see https://xlsform.org/en/#question-names
 */
export const QUESTION_CODE_PATTERN = new RegExp(`^${QUESTION_CODE_SYNTAX}$`);

export function isQuestionCodeSyntax(text: string): boolean {
  return QUESTION_CODE_PATTERN.test(text);
}
