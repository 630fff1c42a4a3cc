import { expressionSource } from '../blank.ts';
import { questionPrefix, type ProblemField, type VersionProblem } from '../problem.ts';
import { isQuestionType, takesAnswer } from '../question-types.ts';
import type { Question, QuestionnaireVersion } from '../types.ts';

function notAllowed(question: Question, field: ProblemField, explanation: string): VersionProblem {
  return {
    rule: 'field_not_allowed',
    question: question.code,
    field,
    message: `${questionPrefix(question.code)} : ${explanation}`,
  };
}

function questionProblems(question: Question): readonly VersionProblem[] {
  const { code } = question;
  if (!isQuestionType(question.type)) {
    return [
      {
        rule: 'unknown_type',
        question: code,
        field: 'type',
        message: `${questionPrefix(code)} : type « ${question.type} » inconnu.`,
      },
    ];
  }
  const problems: VersionProblem[] = [];
  const isCalculate = question.type === 'calculate';
  if (!isCalculate && question.label.trim() === '') {
    problems.push({
      rule: 'missing_label',
      question: code,
      field: 'label',
      message: `${questionPrefix(code)} : le libellé est vide.`,
    });
  }
  if (isCalculate && expressionSource(question.calculation) === undefined) {
    problems.push({
      rule: 'missing_calculation',
      question: code,
      field: 'calculation',
      message: `${questionPrefix(code)} : une question calculate doit avoir un calcul (calculation).`,
    });
  }
  if (!isCalculate && expressionSource(question.calculation) !== undefined) {
    problems.push(notAllowed(question, 'calculation', 'seules les questions calculate ont un calcul (calculation).'));
  }
  if (!takesAnswer(question) && expressionSource(question.constraint) !== undefined) {
    problems.push(
      notAllowed(
        question,
        'constraint',
        `une question ${question.type} ne reçoit pas de réponse, elle ne peut pas avoir de contrainte.`,
      ),
    );
  }
  if (!takesAnswer(question) && question.required) {
    problems.push({
      rule: 'required_not_allowed',
      question: code,
      field: 'required',
      message: `${questionPrefix(code)} : une question ${question.type} ne reçoit pas de réponse, elle ne peut pas être obligatoire.`,
    });
  }
  return problems;
}

/** What each type requires or forbids: a label, a calculation, no constraint or `required` without an answer. */
export function fieldProblems(version: QuestionnaireVersion): readonly VersionProblem[] {
  return version.questions.flatMap(questionProblems);
}
