import type { QuestionType } from '../questionnaire/index.ts';

/**
 * How an XLSForm `type` cell reads, after trimming, lower-casing its keyword and turning `begin group`,
 * `select one`... into their underscore spelling.
 * @see https://xlsform.org/en/#question-types
 */
export type SurveyRowKind =
  | {
      readonly kind: 'question';
      readonly type: QuestionType;
      readonly list?: string;
      /** The XLSForm type when the barometer asks the row as one of its own types. */
      readonly xlsformType?: 'acknowledge' | 'range' | 'or_other';
    }
  | { readonly kind: 'begin_group' }
  | { readonly kind: 'end_group' }
  | { readonly kind: 'begin_repeat' }
  | { readonly kind: 'end_repeat' }
  /** Filled in by the device (start time, device id...): kept for the export, the barometer records its own. */
  | { readonly kind: 'metadata' }
  /** A question the barometer cannot ask (a photo, a GPS point): kept for the export, never asked. */
  | { readonly kind: 'unsupported' }
  | { readonly kind: 'refused'; readonly message: string };

const METADATA = new Set([
  'start',
  'end',
  'today',
  'deviceid',
  'username',
  'audit',
  'email',
  'phonenumber',
  'simserial',
  'subscriberid',
  'start-geopoint',
  'background-audio',
]);

/** pyxform's types that make no sense in the barometer's interviews. */
const UNSUPPORTED = new Set([
  'geopoint',
  'geotrace',
  'geoshape',
  'image',
  'audio',
  'video',
  'file',
  'barcode',
  'time',
  'datetime',
  'hidden',
  'rank',
  'xml-external',
  'csv-external',
  'background-geopoint',
]);

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

const SUPPORTED =
  'select_one, select_multiple, integer, decimal, text, date, note, calculate, acknowledge, range, begin_group, end_group, begin_repeat, end_repeat';

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

function selectKind(
  head: 'select_one' | 'select_multiple',
  normalized: string,
  rest: readonly string[],
): SurveyRowKind {
  const [list, ...extra] = rest;
  if (list === undefined)
    return { kind: 'refused', message: `Type « ${normalized} » : il manque le nom de la liste de choix.` };
  if (extra.length === 1 && extra[0]?.toLowerCase() === 'or_other')
    return { kind: 'question', type: head, list, xlsformType: 'or_other' };
  if (extra.length > 0) {
    const message = `Type « ${normalized} » : seul « ${head} nom_de_liste [or_other] » est pris en charge (pas « ${extra.join(' ')} »).`;
    return { kind: 'refused', message };
  }
  return { kind: 'question', type: head, list };
}

export function classifyType(normalized: string): SurveyRowKind {
  const [head = '', ...rest] = normalized.split(' ');
  if (head === 'begin_group' && rest.length === 0) return { kind: 'begin_group' };
  if (head === 'end_group' && rest.length === 0) return { kind: 'end_group' };
  if (METADATA.has(head) && rest.length === 0) return { kind: 'metadata' };
  if (UNSUPPORTED.has(head) && rest.length === 0) return { kind: 'unsupported' };
  if (head === 'begin_repeat' && rest.length === 0) return { kind: 'begin_repeat' };
  if (head === 'end_repeat' && rest.length === 0) return { kind: 'end_repeat' };
  if (head === 'select_one_from_file' || head === 'select_multiple_from_file') {
    return {
      kind: 'refused',
      message: `Type « ${normalized} » : les choix pris dans un fichier joint ne sont pas pris en charge ; recopiez-les dans la feuille choices.`,
    };
  }
  if (head === 'select_one' || head === 'select_multiple') return selectKind(head, normalized, rest);
  if (head === 'acknowledge' && rest.length === 0)
    return { kind: 'question', type: 'select_one', xlsformType: 'acknowledge' };
  // The parameters decide integer or decimal; the reader settles it.
  if (head === 'range' && rest.length === 0) return { kind: 'question', type: 'decimal', xlsformType: 'range' };
  const simple = rest.length === 0 ? SIMPLE_TYPES[head] : undefined;
  if (simple !== undefined) return { kind: 'question', type: simple };
  return { kind: 'refused', message: `Type « ${normalized} » non pris en charge (types acceptés : ${SUPPORTED}).` };
}
