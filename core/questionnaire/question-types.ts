import { QUESTION_TYPES, type Question, type QuestionType } from './types.ts';

export function isQuestionType(type: string): type is QuestionType {
  return QUESTION_TYPES.some((known) => known === type);
}

export function isSelectType(type: QuestionType): boolean {
  return type === 'select_one' || type === 'select_multiple';
}

export function isSelect(question: Question): boolean {
  return isSelectType(question.type);
}

/** Notes show text and calculations are computed: neither takes an answer from the enumerator. */
export function typeTakesAnswer(type: QuestionType): boolean {
  return type !== 'note' && type !== 'calculate';
}

export function takesAnswer(question: Question): boolean {
  return typeTakesAnswer(question.type);
}
