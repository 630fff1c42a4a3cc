import { languageOf, type Language } from './languages.ts';
import type { XlsFormProblem } from './problems.ts';

/** A header cell: its 1-based column, its text as written, and what it designates. */
export interface Header {
  readonly column: number;
  readonly text: string;
  /** Lower case, spaces as `_`: `List name` and `list_name` are one column. */
  readonly field: string;
  /** After `::`, when the header has one: a recognised language, or `other` (ignored). */
  readonly language: Language | 'other' | undefined;
}

/** pyxform's other spellings of the same columns. */
const FIELD_ALIASES: Readonly<Record<string, string>> = {
  'jr:constraintmsg': 'constraint_message',
  id_string: 'form_id',
};

/** Columns pyxform translates; only these take the older one-colon form `label:English`. */
const TRANSLATABLE = new Set([
  'label',
  'hint',
  'guidance_hint',
  'constraint_message',
  'required_message',
  'form_title',
  'image',
  'audio',
  'video',
]);

function fieldOf(text: string): string {
  const base = text.trim().toLowerCase().replace(/\s+/g, '_');
  return FIELD_ALIASES[base] ?? base;
}

export function parseHeader(text: string, column: number): Header | undefined {
  if (text === '') return undefined;
  const double = text.indexOf('::');
  const single = /^([^:]+):([^:].*)$/.exec(text);
  const [base, languageText] =
    double !== -1
      ? [text.slice(0, double), text.slice(double + 2)]
      : single?.[1] !== undefined && single[2] !== undefined && TRANSLATABLE.has(fieldOf(single[1]))
        ? [single[1], single[2]]
        : [text, undefined];
  const language = languageText === undefined ? undefined : (languageOf(languageText) ?? 'other');
  return { column, text, field: fieldOf(base), language };
}

/** Which columns a sheet reads: single-valued ones, and translatable ones with `::language` variants. */
export interface ColumnSpec {
  readonly single: readonly string[];
  readonly translated: readonly string[];
}

/** The resolved columns of a sheet; a field absent from the sheet has no header. */
export interface Columns {
  readonly single: ReadonlyMap<string, Header>;
  readonly translated: ReadonlyMap<string, ReadonlyMap<Language, Header>>;
}

/**
 * Picks, for every field of `spec`, the header that holds it. A translatable field without `::` is in the
 * form's default language (French when the settings name none or one we do not know). A column with an
 * explicit language wins over the bare one; any other repeat is a problem and only the first is read.
 * Columns outside `spec` and languages other than French, Arabic and English are ignored.
 */
export function resolveColumns(
  sheet: string,
  headers: readonly Header[],
  spec: ColumnSpec,
  defaultLanguage: Language,
  problems: XlsFormProblem[],
): Columns {
  const single = new Map<string, Header>();
  const translated = new Map<string, Map<Language, Header>>();
  const duplicate = (header: Header): void => {
    problems.push({
      sheet,
      row: 1,
      column: header.text,
      message: `Colonne « ${header.text} » en double : seule la première est lue.`,
    });
  };
  const explicitFirst = [...headers].sort(
    (a, b) => Number(a.language === undefined) - Number(b.language === undefined),
  );
  const bareShadowed = new Set<string>();
  for (const header of explicitFirst) {
    if (spec.single.includes(header.field) && header.language === undefined) {
      if (single.has(header.field)) duplicate(header);
      else single.set(header.field, header);
    } else if (spec.translated.includes(header.field) && header.language !== 'other') {
      const languages = translated.get(header.field) ?? new Map<Language, Header>();
      translated.set(header.field, languages);
      const language = header.language ?? defaultLanguage;
      const existing = languages.get(language);
      if (existing === undefined) languages.set(language, header);
      else if (header.language !== undefined || bareShadowed.has(header.field)) duplicate(header);
      if (header.language === undefined) bareShadowed.add(header.field);
    }
  }
  return { single, translated };
}

export function missingColumns(sheet: string, columns: Columns, required: readonly string[]): XlsFormProblem[] {
  return required
    .filter((field) => !columns.single.has(field) && (columns.translated.get(field)?.size ?? 0) === 0)
    .map((field) => ({ sheet, row: 1, column: field, message: `Colonne obligatoire « ${field} » absente.` }));
}
