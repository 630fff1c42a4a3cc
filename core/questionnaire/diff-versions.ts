import { canonicalText, parse } from '../expressions/index.ts';
import { expressionSource } from './blank.ts';
import type { Choice, Question, QuestionnaireVersion } from './types.ts';

/** The properties whose change can alter what a question measures. */
const COMPARED_PROPERTIES = [
  'type',
  'label',
  'label_ar',
  'choices',
  'required',
  'relevant',
  'constraint',
  'calculation',
] as const;

export type ComparedProperty = (typeof COMPARED_PROPERTIES)[number];

export interface QuestionChange {
  readonly code: string;
  readonly properties: readonly ComparedProperty[];
  readonly before: Question;
  readonly after: Question;
}

export interface VersionDiff {
  /** In the second version only, in its display order. */
  readonly added: readonly Question[];
  /** In the first version only, in its display order. */
  readonly removed: readonly Question[];
  /** In both with a different meaning, in the second version's display order. */
  readonly changed: readonly QuestionChange[];
}

/** Spacing is not wording: trimmed, inner runs of spaces collapsed. */
function wording(text: string | null | undefined): string {
  return (text ?? '').trim().replace(/\s+/g, ' ');
}

/** Expressions are compared by meaning as far as syntax goes: spacing, parentheses and quotes ignored. */
function expressionMeaning(field: string | null | undefined): string {
  const source = expressionSource(field);
  if (source === undefined) return '';
  const parsed = parse(source);
  return parsed.ok ? canonicalText(parsed.ast) : source.trim();
}

/** Choices compared as a set of (value, wording): reordering them is not a change. */
function choiceSet(choices: readonly Choice[]): string {
  const entries = choices.map((choice) =>
    JSON.stringify([choice.value, wording(choice.label), wording(choice.label_ar)]),
  );
  return entries.sort().join('\n');
}

const SAME: { readonly [P in ComparedProperty]: (before: Question, after: Question) => boolean } = {
  type: (before, after) => before.type === after.type,
  label: (before, after) => wording(before.label) === wording(after.label),
  label_ar: (before, after) => wording(before.label_ar) === wording(after.label_ar),
  choices: (before, after) => choiceSet(before.choices) === choiceSet(after.choices),
  required: (before, after) => before.required === after.required,
  relevant: (before, after) => expressionMeaning(before.relevant) === expressionMeaning(after.relevant),
  constraint: (before, after) => expressionMeaning(before.constraint) === expressionMeaning(after.constraint),
  calculation: (before, after) => expressionMeaning(before.calculation) === expressionMeaning(after.calculation),
};

/** What changed between two versions of an instrument, questions matched by code. */
export function diffVersions(before: QuestionnaireVersion, after: QuestionnaireVersion): VersionDiff {
  const beforeByCode = new Map(before.questions.map((question) => [question.code, question] as const));
  const afterCodes = new Set(after.questions.map((question) => question.code));
  const added: Question[] = [];
  const changed: QuestionChange[] = [];
  for (const question of after.questions) {
    const previous = beforeByCode.get(question.code);
    if (!previous) {
      added.push(question);
      continue;
    }
    const properties = COMPARED_PROPERTIES.filter((property) => !SAME[property](previous, question));
    if (properties.length > 0) changed.push({ code: question.code, properties, before: previous, after: question });
  }
  const removed = before.questions.filter((question) => !afterCodes.has(question.code));
  return { added, removed, changed };
}
