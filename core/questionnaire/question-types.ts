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

/**
 * Notes show text and calculations are computed: neither takes an answer from the enumerator. A repeat's
 * answer is its instances, made of its questions' answers: it has none of its own to require or constrain.
 */
export function typeTakesAnswer(type: QuestionType): boolean {
  return type !== 'note' && type !== 'calculate' && type !== 'repeat';
}

/** The repeat a question is asked in, or undefined outside any. */
export function repeatOf(question: Question): string | undefined {
  return question.repeat === null || question.repeat === undefined || question.repeat === ''
    ? undefined
    : question.repeat;
}

export function takesAnswer(question: Question): boolean {
  return typeTakesAnswer(question.type);
}
