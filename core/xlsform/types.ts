import type { QuestionnaireVersion } from '../questionnaire/index.ts';
import type { XlsFormProblem } from './problems.ts';

/** An XLSForm as the barometer keeps it: the `settings` sheet, and the questionnaire it describes. */
export interface XlsForm {
  /** `settings.form_id`: names the instrument an import creates or versions. */
  readonly formId: string;
  /** `settings.form_title` (French, else English, else `formId`). */
  readonly title: string;
  readonly titleAr?: string;
  /** `settings.version` as written: Kobo puts a timestamp there, unrelated to the barometer's version numbers. */
  readonly version?: string;
  /** `settings.default_language` as written, e.g. `French (fr)`. */
  readonly defaultLanguage?: string;
  readonly questionnaire: QuestionnaireVersion;
}

export type ReadXlsFormResult =
  { readonly ok: true; readonly form: XlsForm } | { readonly ok: false; readonly problems: readonly XlsFormProblem[] };

export type Mutable<T> = { -readonly [K in keyof T]: T[K] };
