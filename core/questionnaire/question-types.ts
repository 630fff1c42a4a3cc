import { QUESTION_TYPES, type Question, type QuestionType } from './types.ts';

export function isQuestionType(type: string): type is QuestionType {
  return QUESTION_TYPES.some((known) => known === type);
}

export function isSelect(question: Question): boolean {
  return question.type === 'select_one' || question.type === 'select_multiple';
}

/** Notes show text and calculations are computed: neither takes an answer from the enumerator. */
export function takesAnswer(question: Question): boolean {
  return question.type !== 'note' && question.type !== 'calculate';
}
