import { isQuestionCodeSyntax } from '../../expressions/index.ts';
import { MAX_CODE_LENGTH, RESERVED_CODES } from '../codes.ts';
import { questionPrefix, type VersionProblem } from '../problem.ts';
import type { Question, QuestionnaireVersion } from '../types.ts';

function formatProblem(question: Question): VersionProblem | undefined {
  const { code } = question;
  const at = { question: code, field: 'code' } as const;
  if (!isQuestionCodeSyntax(code)) {
    return {
      rule: 'code_format',
      ...at,
      message: `${questionPrefix(code)} : un code commence par une lettre ou _, suivi de lettres sans accent, chiffres, _, - ou . (sans espace).`,
    };
  }
  if (code.length > MAX_CODE_LENGTH) {
    return {
      rule: 'code_too_long',
      ...at,
      message: `${questionPrefix(code)} : le code dépasse ${MAX_CODE_LENGTH} caractères.`,
    };
  }
  if (RESERVED_CODES.has(code)) {
    return {
      rule: 'code_reserved',
      ...at,
      message: `${questionPrefix(code)} : ce code est réservé, choisissez-en un autre.`,
    };
  }
  return undefined;
}

/** XLSForm names: format, length, and unique within the version (each repeat is reported). */
export function codeProblems(version: QuestionnaireVersion): readonly VersionProblem[] {
  const problems: VersionProblem[] = [];
  const seen = new Set<string>();
  for (const question of version.questions) {
    const problem = formatProblem(question);
    if (problem) problems.push(problem);
    if (seen.has(question.code)) {
      problems.push({
        rule: 'duplicate_code',
        question: question.code,
        field: 'code',
        message: `${questionPrefix(question.code)} : ce code est utilisé par plusieurs questions.`,
      });
    }
    seen.add(question.code);
  }
  return problems;
}
