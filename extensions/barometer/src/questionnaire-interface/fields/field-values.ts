import type { Choice } from '../../../../../core/questionnaire/index.ts';
import { localized, type UiLanguage } from '../../shared-app/ui-language.ts';

export interface ChoiceItem {
  readonly text: string;
  readonly value: string;
}

export function choiceItems(choices: readonly Choice[], language: UiLanguage): ChoiceItem[] {
  return choices.map((choice) => ({ text: localized(choice.label, choice.label_ar, language), value: choice.value }));
}

/** The selected values in the questionnaire's order, so that the same answers store the same array. */
export function selectedInOrder(choices: readonly Choice[], selected: unknown): string[] {
  const picked = new Set(Array.isArray(selected) ? selected : []);
  return choices.filter((choice) => picked.has(choice.value)).map((choice) => choice.value);
}

/** A number input's value as an answer: a finite number, or no answer. */
export function numberAnswer(value: unknown): number | null {
  if (value === null || value === undefined || value === '') return null;
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(number) ? number : null;
}

/** A text input's value as an answer: empty text is no answer. */
export function textAnswer(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}
