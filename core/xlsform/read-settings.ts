import { isQuestionCodeSyntax } from '../expressions/index.ts';
import { MAX_CODE_LENGTH } from '../questionnaire/index.ts';
import { resolveColumns } from './columns.ts';
import { languageOf, type Language } from './languages.ts';
import type { XlsFormProblem } from './problems.ts';
import { cell, columnName, translation, type SheetTable } from './sheet-table.ts';

export const SETTINGS_SHEET = 'settings';

export interface Settings {
  readonly formId: string;
  readonly title: string;
  readonly titleAr: string;
  readonly version: string;
  readonly defaultLanguage: string;
  /** The language of bare `label`, `hint`... columns: the default language when we know it, else French. */
  readonly language: Language;
}

const SPEC = { single: ['form_id', 'version', 'default_language'], translated: ['form_title'] };

/**
 * The first row under the headers of `settings`. `form_id` is required and must be a code (it names the
 * instrument, which must not depend on a file name); a missing title falls back to the form id, as pyxform does.
 * @see https://xlsform.org/en/#settings-worksheet
 */
export function readSettings(table: SheetTable | undefined, problems: XlsFormProblem[]): Settings {
  if (table === undefined) {
    problems.push({
      sheet: SETTINGS_SHEET,
      row: 0,
      column: '',
      message: "Feuille « settings » absente : sa colonne form_id donne le code de l'instrument.",
    });
    return { formId: '', title: '', titleAr: '', version: '', defaultLanguage: '', language: 'fr' };
  }
  const declared = table.headers.find((header) => header.field === 'default_language' && header.language === undefined);
  const row = table.rows[0] ?? { number: 2, cells: [] };
  const defaultLanguage = declared === undefined ? '' : (row.cells[declared.column - 1] ?? '');
  const language = languageOf(defaultLanguage) ?? 'fr';
  const columns = resolveColumns(table.name, table.headers, SPEC, language, problems);
  const formId = cell(row, columns.single.get('form_id'));
  const at = { sheet: table.name, row: row.number, column: columnName(columns, 'form_id') };
  if (formId === '') {
    problems.push({ ...at, message: "form_id est vide : il donne le code de l'instrument importé." });
  } else if (!isQuestionCodeSyntax(formId) || formId.length > MAX_CODE_LENGTH) {
    problems.push({
      ...at,
      message:
        `form_id « ${formId} » : un code commence par une lettre ou _, suivi de lettres sans accent, chiffres, _, - ` +
        `ou . (${MAX_CODE_LENGTH} caractères au plus).`,
    });
  }
  const title = translation(row, columns, 'form_title');
  return {
    formId,
    title: title.text === '' ? formId : title.text,
    titleAr: title.arabic,
    version: cell(row, columns.single.get('version')),
    defaultLanguage,
    language,
  };
}
