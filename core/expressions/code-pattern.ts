/**
 * An XLSForm name, as `${CODE}` may name it: a letter or underscore, then letters, digits, `_`, `-`, `.`.
 * @see https://xlsform.org/en/#question-names
 */
export const QUESTION_CODE_PATTERN = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

export function isQuestionCodeSyntax(text: string): boolean {
  return QUESTION_CODE_PATTERN.test(text);
}
