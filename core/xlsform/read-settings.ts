import { isQuestionCodeSyntax } from '../expressions/index.ts';
import { MAX_CODE_LENGTH } from '../questionnaire/index.ts';
import { resolveColumns } from './columns.ts';
import { cellKeeper } from './kept-cells.ts';
import { languageOf, type Language } from './languages.ts';
import type { XlsFormProblem, XlsFormWarning } from './problems.ts';
import { cell, columnName, translation, type SheetTable } from './sheet-table.ts';
import type { XlsFormCells } from './types.ts';

export const SETTINGS_SHEET = 'settings';

export interface Settings {
  readonly formId: string;
  readonly title: string;
  readonly titleAr: string;
  readonly version: string;
  readonly defaultLanguage: string;
  /** The language of bare `label`, `hint`... columns: the default language when we know it, else French. */
  readonly language: Language;
  /** `allow_choice_duplicates`: pyxform then accepts a value twice in a list (told apart by `choice_filter`). */
  readonly allowChoiceDuplicates: boolean;
  readonly kept: XlsFormCells | undefined;
}

const SPEC = { single: ['form_id', 'version', 'default_language'], translated: ['form_title'] };

const YES = new Set(['yes', 'true', 'true()', '1', 'y', 'oui']);

/** pyxform names a form without `form_id` after its file: `Enquête ménage.xlsx` gives `Enquete_menage`. */
export function formIdFromFileName(fileName: string): string {
  const stem = (fileName.split(/[\\/]/).at(-1) ?? '').replace(/\.[^.]*$/, '');
  const ascii = stem
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9_.-]+/g, '_');
  return (/^[A-Za-z_]/.test(ascii) ? ascii : `_${ascii}`).slice(0, MAX_CODE_LENGTH);
}

/**
 * The first row under the headers of `settings`, a sheet the spec makes optional. `form_id` must be a
 * code (it names the instrument); without one it comes from the file name, as in pyxform, with a warning.
 * A missing title falls back to the form id, as pyxform does.
 * @see https://xlsform.org/en/#settings-worksheet
 */
export function readSettings(
  table: SheetTable | undefined,
  fileName: string | undefined,
  problems: XlsFormProblem[],
  warnings: XlsFormWarning[],
): Settings {
  const row = table?.rows[0] ?? { number: 2, cells: [] };
  const sheet = table?.name ?? SETTINGS_SHEET;
  const declared = table?.headers.find(
    (header) => header.field === 'default_language' && header.language === undefined,
  );
  const defaultLanguage = declared === undefined ? '' : (row.cells[declared.column - 1] ?? '');
  const language = languageOf(defaultLanguage) ?? 'fr';
  const columns = resolveColumns(sheet, table?.headers ?? [], SPEC, language, problems);
  const written = cell(row, columns.single.get('form_id'));
  const at = {
    sheet,
    row: table === undefined ? 0 : row.number,
    column: table === undefined ? '' : columnName(columns, 'form_id'),
  };
  let formId = written;
  if (formId === '' && fileName !== undefined && fileName.trim() !== '') {
    formId = formIdFromFileName(fileName);
    warnings.push({
      ...at,
      message: `Pas de form_id : le code de l'instrument « ${formId} » vient du nom du fichier.`,
      message_ar: `لا يوجد form_id: رمز الاستمارة « ${formId} » مأخوذ من اسم الملف.`,
    });
  }
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
  // allow_choice_duplicates is applied, and kept so that the export says it again.
  const keeper = table === undefined ? undefined : cellKeeper(table, columns, new Set(['allow_choice_duplicates']));
  const kept = keeper?.extras(row);
  warnings.push(...(keeper?.warnings() ?? []));
  const title = translation(row, columns, 'form_title');
  return {
    formId,
    title: title.text === '' ? formId : title.text,
    titleAr: title.arabic,
    version: cell(row, columns.single.get('version')),
    defaultLanguage,
    language,
    allowChoiceDuplicates: YES.has(
      cell(
        row,
        table?.headers.find((header) => header.field === 'allow_choice_duplicates'),
      ).toLowerCase(),
    ),
    kept,
  };
}
