import type { QuestionType } from '../questionnaire/index.ts';

/**
 * How an XLSForm `type` cell reads, after trimming, lower-casing its keyword and turning `begin group`,
 * `select one`... into their underscore spelling.
 * @see https://xlsform.org/en/#question-types
 */
export type SurveyRowKind =
  | { readonly kind: 'question'; readonly type: QuestionType; readonly list?: string }
  | { readonly kind: 'begin_group' }
  | { readonly kind: 'end_group' }
  /** Filled in by the device (start time, device id...): not a question the barometer stores. */
  | { readonly kind: 'metadata' }
  | { readonly kind: 'unsupported'; readonly message: string };

const METADATA = new Set(['start', 'end', 'today', 'deviceid', 'username']);

const SIMPLE_TYPES: Readonly<Record<string, QuestionType>> = {
  integer: 'integer',
  int: 'integer',
  decimal: 'decimal',
  text: 'text',
  string: 'text',
  date: 'date',
  note: 'note',
  calculate: 'calculate',
};

const SUPPORTED = 'select_one, select_multiple, integer, decimal, text, date, note, calculate, begin_group, end_group';

/** The keyword is case-insensitive; a list name is not (`select_one Yes_No` needs the list `Yes_No`). */
export function normalizeType(text: string): string {
  const [head = '', ...rest] = text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/^(begin|end) (group|repeat)\b/i, '$1_$2')
    .replace(/^select (one|multiple)\b/i, 'select_$1')
    .split(' ');
  return [head.toLowerCase(), ...rest].join(' ');
}

export function classifyType(normalized: string): SurveyRowKind {
  const [head = '', ...rest] = normalized.split(' ');
  if (head === 'begin_group' && rest.length === 0) return { kind: 'begin_group' };
  if (head === 'end_group' && rest.length === 0) return { kind: 'end_group' };
  if (METADATA.has(head) && rest.length === 0) return { kind: 'metadata' };
  if (head === 'begin_repeat' || head === 'end_repeat') {
    return {
      kind: 'unsupported',
      message: `Type « ${normalized} » : les répétitions (repeat) ne sont pas prises en charge.`,
    };
  }
  if (head === 'select_one' || head === 'select_multiple') {
    const [list, ...extra] = rest;
    if (list === undefined)
      return { kind: 'unsupported', message: `Type « ${normalized} » : il manque le nom de la liste de choix.` };
    if (extra.length > 0) {
      const message = `Type « ${normalized} » : seul « ${head} nom_de_liste » est pris en charge (pas « ${extra.join(' ')} »).`;
      return { kind: 'unsupported', message };
    }
    return { kind: 'question', type: head, list };
  }
  const simple = rest.length === 0 ? SIMPLE_TYPES[head] : undefined;
  if (simple !== undefined) return { kind: 'question', type: simple };
  return { kind: 'unsupported', message: `Type « ${normalized} » non pris en charge (types acceptés : ${SUPPORTED}).` };
}
