import { repeatOf } from './question-types.ts';
import type { Question, QuestionnaireVersion } from './types.ts';

export interface RepeatStructure {
  /** Each repeat's own questions (a repeat nested in it among them), in display order, keyed by its code. */
  readonly children: ReadonlyMap<string, readonly Question[]>;
  /** The repeat each question is directly asked in. */
  readonly repeatOf: ReadonlyMap<string, string>;
  /** The repeats a question is asked in, outermost first; empty outside any repeat. */
  readonly ancestors: (code: string) => readonly string[];
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
    // A repeat named in itself, or in one of its own questions, would make no tree: it stays outside.
    if (
      repeat === undefined ||
      list === undefined ||
      parents.has(question.code) ||
      createsLoop(parents, question.code, repeat)
    )
      continue;
    list.push(question);
    parents.set(question.code, repeat);
  }
  const chains = new Map<string, readonly string[]>();
  const ancestors = (code: string): readonly string[] => {
    const known = chains.get(code);
    if (known) return known;
    const parent = parents.get(code);
    const chain = parent === undefined ? [] : [...ancestors(parent), parent];
    chains.set(code, chain);
    return chain;
  };
  const structure = { children, repeatOf: parents, ancestors };
  structures.set(version, structure);
  return structure;
}

function createsLoop(parents: ReadonlyMap<string, string>, code: string, repeat: string): boolean {
  for (let current: string | undefined = repeat; current !== undefined; current = parents.get(current)) {
    if (current === code) return true;
  }
  return false;
}
