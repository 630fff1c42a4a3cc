import type { QuestionnaireVersion } from '../questionnaire/index.ts';
import type { XlsFormProblem, XlsFormWarning } from './problems.ts';

export type XlsFormCells = Readonly<Record<string, string>>;

/**
 * A `survey` row kept for the export but never asked: device metadata (`start`, `deviceid`...) and types
 * the barometer cannot ask (`geopoint`, `image`...). `before` is the index of the question it precedes.
 */
export interface KeptRow {
  readonly before: number;
  readonly cells: XlsFormCells;
}

/** An XLSForm as the barometer keeps it: the `settings` sheet, and the questionnaire it describes. */
export interface XlsForm {
  /** `settings.form_id` (else the file name): names the instrument an import creates or versions. */
  readonly formId: string;
  /** `settings.form_title` (French, else English, else `formId`). */
  readonly title: string;
  readonly titleAr?: string;
  /** `settings.version` as written: Kobo puts a timestamp there, unrelated to the barometer's version numbers. */
  readonly version?: string;
  /** `settings.default_language` as written, e.g. `French (fr)`. */
  readonly defaultLanguage?: string;
  readonly questionnaire: QuestionnaireVersion;
  /** Other `settings` columns (`allow_choice_duplicates`, `style`...), by header as written. */
  readonly settings?: XlsFormCells;
  readonly keptRows?: readonly KeptRow[];
}

export type ReadXlsFormResult =
  | { readonly ok: true; readonly form: XlsForm; readonly warnings: readonly XlsFormWarning[] }
  | { readonly ok: false; readonly problems: readonly XlsFormProblem[] };

export type Mutable<T> = { -readonly [K in keyof T]: T[K] };
