import { repeatOf } from './question-types.ts';
import type { Question, QuestionnaireVersion } from './types.ts';

export interface RepeatStructure {
  /** Each repeat's questions, in display order, keyed by the repeat's code. */
  readonly children: ReadonlyMap<string, readonly Question[]>;
  /** The repeat of each question asked in one. */
  readonly repeatOf: ReadonlyMap<string, string>;
}

const structures = new WeakMap<QuestionnaireVersion, RepeatStructure>();

/** Which questions each repeat holds; kept per version object, as its compiled expressions are. */
export function repeatStructure(version: QuestionnaireVersion): RepeatStructure {
  const cached = structures.get(version);
  if (cached) return cached;
  const children = new Map<string, Question[]>();
  const parents = new Map<string, string>();
  for (const question of version.questions) {
    if (question.type === 'repeat' && !children.has(question.code)) children.set(question.code, []);
  }
  for (const question of version.questions) {
    const repeat = repeatOf(question);
    const list = repeat === undefined ? undefined : children.get(repeat);
    if (repeat === undefined || list === undefined || parents.has(question.code) || question.type === 'repeat')
      continue;
    list.push(question);
    parents.set(question.code, repeat);
  }
  const structure = { children, repeatOf: parents };
  structures.set(version, structure);
  return structure;
}
