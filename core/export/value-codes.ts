import { neutraliseText } from './neutralise.ts';
import type { Column } from './types.ts';

export interface ValueCode {
  /** 1, 2, ... in the order of the questionnaire's choices: the same in SPSS and Stata. */
  readonly code: number;
  /** The value as the CSV holds it (neutralised like any cell). */
  readonly value: string;
  readonly label: string;
}

/** Stata value labels need numbers: a select_one column's choices are numbered in questionnaire order. */
export function valueCodes(column: Column): ValueCode[] {
  return (column.choices ?? []).map((choice, index) => ({
    code: index + 1,
    value: neutraliseText(choice.value),
    label: choice.label,
  }));
}

/** The label of the 0/1 columns of a select_multiple question. */
export const DUMMY_LABELS = [
  { code: 0, label: 'Non choisi' },
  { code: 1, label: 'Choisi' },
] as const;

/** One line of text for a script: labels are free text, a line break would end the command. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
