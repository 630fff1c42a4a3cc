import type { ComparedProperty, QuestionChange } from './diff-versions.ts';
import type { Choice, Question } from './types.ts';

/** A choice's wording on one side of a change; null where the choice does not exist. */
export interface ChoiceWording {
  readonly label: string;
  readonly label_ar: string | null;
}

/** A choice added (no `before`), removed (no `after`) or reworded. */
export interface ChoiceChange {
  readonly value: string;
  readonly before: ChoiceWording | null;
  readonly after: ChoiceWording | null;
}

type TextProperty = Exclude<ComparedProperty, 'choices' | 'required'>;

/** Old and new side of one changed property, as the diff shows it to the coordinator. */
export type PropertyChange =
  | { readonly property: TextProperty; readonly before: string | null; readonly after: string | null }
  | { readonly property: 'required'; readonly before: boolean; readonly after: boolean }
  | { readonly property: 'choices'; readonly choices: readonly ChoiceChange[] };

function text(question: Question, property: TextProperty): string | null {
  const value = question[property];
  return value === undefined || value === null || value.trim() === '' ? null : value;
}

function wordingOf(choice: Choice | undefined): ChoiceWording | null {
  return choice ? { label: choice.label, label_ar: choice.label_ar ?? null } : null;
}

/** Choices matched by value, in the new order then the removed ones; unchanged and moved ones left out. */
export function choiceChanges(before: readonly Choice[], after: readonly Choice[]): readonly ChoiceChange[] {
  const previous = new Map(before.map((choice) => [choice.value, choice] as const));
  const current = new Map(after.map((choice) => [choice.value, choice] as const));
  const values = [...current.keys(), ...before.map((choice) => choice.value).filter((value) => !current.has(value))];
  return values.flatMap((value) => {
    const old = wordingOf(previous.get(value));
    const next = wordingOf(current.get(value));
    const same = old !== null && next !== null && old.label === next.label && old.label_ar === next.label_ar;
    return same ? [] : [{ value, before: old, after: next }];
  });
}

/** Each property the diff found changed, with what it was and what it becomes. */
export function propertyChanges(change: QuestionChange): readonly PropertyChange[] {
  return change.properties.map((property): PropertyChange => {
    if (property === 'choices')
      return { property, choices: choiceChanges(change.before.choices, change.after.choices) };
    if (property === 'required') return { property, before: change.before.required, after: change.after.required };
    return { property, before: text(change.before, property), after: text(change.after, property) };
  });
}
