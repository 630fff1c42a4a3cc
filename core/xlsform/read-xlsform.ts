import ExcelJS, { type Workbook, type Worksheet, type XlsxReadOptions } from 'exceljs';
import { expressionProblems } from './expression-problems.ts';
import { MAX_FILE_BYTES, MAX_PARSED_CELLS, MAX_PARSED_ROWS, MAX_SHEET_COLUMNS, MAX_SHEET_ROWS } from './limits.ts';
import { fileProblem, sortProblems, type XlsFormProblem, type XlsFormWarning } from './problems.ts';
import { CHOICES_SHEET, readChoices } from './read-choices.ts';
import { readSettings, SETTINGS_SHEET } from './read-settings.ts';
import { readSurvey, SURVEY_SHEET } from './read-survey.ts';
import { contentExtent, readTable as readSheet, type Extent, type SheetTable } from './sheet-table.ts';
import type { Mutable, ReadXlsFormResult, XlsForm } from './types.ts';
import { versionProblems } from './version-problems.ts';
import { checkZip } from './zip-guard.ts';

/**
 * exceljs honours these although its typings omit them: it stops parsing a sheet at the 5,001st row
 * element or a row's 101st cell, so an oversized sheet is refused before it is built in memory.
 */
interface LoadOptions extends Partial<XlsxReadOptions> {
  readonly maxRows: number;
  readonly maxCols: number;
}

const LOAD_OPTIONS: LoadOptions = {
  maxRows: MAX_PARSED_ROWS,
  maxCols: MAX_PARSED_CELLS,
  // Formatting an XLSForm does not need, and exceljs parsers with a history of choking on odd input.
  ignoreNodes: ['dataValidations', 'conditionalFormatting', 'extLst'],
};

const NOT_XLSX = "Ce fichier n'est pas un classeur Excel (.xlsx) lisible.";

function asBytes(input: unknown): Uint8Array | undefined {
  if (input instanceof Uint8Array) return input;
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  return undefined;
}

async function loadWorkbook(bytes: Uint8Array): Promise<Workbook | XlsFormProblem> {
  const zip = checkZip(bytes);
  if (!zip.ok) return fileProblem(zip.reason);
  const workbook = new ExcelJS.Workbook();
  try {
    // A copy, as a plain ArrayBuffer: what exceljs's typings ask for, and safe from the caller reusing its buffer.
    await workbook.xlsx.load(new Uint8Array(bytes).buffer, LOAD_OPTIONS);
  } catch (error) {
    const text = error instanceof Error ? error.message : '';
    if (/max row count/i.test(text))
      return fileProblem(`Une feuille a plus de ${MAX_PARSED_ROWS} lignes, même vides : fichier refusé.`);
    if (/max column count/i.test(text))
      return fileProblem(`Une ligne a plus de ${MAX_PARSED_CELLS} cellules, même vides : fichier refusé.`);
    return fileProblem(NOT_XLSX);
  }
  return workbook;
}

function sizeProblems(worksheet: Worksheet, extent: Extent): XlsFormProblem[] {
  const at = { sheet: worksheet.name, row: 0, column: '' };
  const problems: XlsFormProblem[] = [];
  if (extent.rows > MAX_SHEET_ROWS) {
    problems.push({ ...at, message: `La feuille a ${extent.rows} lignes remplies : ${MAX_SHEET_ROWS} au plus.` });
  }
  if (extent.columns > MAX_SHEET_COLUMNS) {
    problems.push({
      ...at,
      message: `La feuille a ${extent.columns} colonnes remplies : ${MAX_SHEET_COLUMNS} au plus.`,
    });
  }
  return problems;
}

function findSheet(workbook: Workbook, name: string): Worksheet | undefined {
  return workbook.worksheets.find((worksheet) => worksheet.name.trim().toLowerCase() === name);
}

function readWorkbook(workbook: Workbook, fileName: string | undefined): ReadXlsFormResult {
  const extents = new Map(workbook.worksheets.map((worksheet) => [worksheet, contentExtent(worksheet)] as const));
  const oversized = [...extents].flatMap(([worksheet, extent]) => sizeProblems(worksheet, extent));
  if (oversized.length > 0) return { ok: false, problems: oversized };
  const readTable = (worksheet: Worksheet): SheetTable =>
    readSheet(worksheet, extents.get(worksheet) ?? contentExtent(worksheet));
  const surveySheet = findSheet(workbook, SURVEY_SHEET);
  const choicesSheet = findSheet(workbook, CHOICES_SHEET);
  const settingsSheet = findSheet(workbook, SETTINGS_SHEET);
  const problems: XlsFormProblem[] = [];
  const warnings: XlsFormWarning[] = [];
  const settings = readSettings(settingsSheet && readTable(settingsSheet), fileName, problems, warnings);
  const lists = readChoices(choicesSheet && readTable(choicesSheet), settings, problems, warnings);
  const sheetOrder = [
    '',
    surveySheet?.name ?? SURVEY_SHEET,
    choicesSheet?.name ?? CHOICES_SHEET,
    settingsSheet?.name ?? SETTINGS_SHEET,
  ];
  if (surveySheet === undefined) {
    problems.push({
      sheet: SURVEY_SHEET,
      row: 0,
      column: '',
      message: 'Feuille « survey » absente : elle porte les questions.',
    });
    return { ok: false, problems: sortProblems(problems, sheetOrder) };
  }
  const survey = readSurvey(readTable(surveySheet), lists, settings.language, problems, warnings);
  const questionnaire = { sections: survey.sections, questions: survey.questions.map(({ question }) => question) };
  problems.push(...expressionProblems(survey));
  if (survey.questions.length > 0 || problems.length === 0) problems.push(...versionProblems(survey, questionnaire));
  if (problems.length > 0) return { ok: false, problems: sortProblems(problems, sheetOrder) };

  const form: Mutable<XlsForm> = { formId: settings.formId, title: settings.title, questionnaire };
  if (settings.titleAr !== '') form.titleAr = settings.titleAr;
  if (settings.version !== '') form.version = settings.version;
  if (settings.defaultLanguage !== '') form.defaultLanguage = settings.defaultLanguage;
  if (settings.kept !== undefined) form.settings = settings.kept;
  if (survey.keptRows.length > 0) form.keptRows = survey.keptRows;
  return { ok: true, form, warnings: sortProblems(warnings, sheetOrder) };
}

/**
 * Reads an XLSForm workbook (as exported by KoboToolbox or written by `writeXlsForm`) into a questionnaire,
 * or lists every problem found, each at its sheet, row and column. Never throws: whatever the bytes, the
 * answer is a result. Oversized, malformed or hostile files are refused before the workbook is parsed.
 * `fileName` names the form when the workbook has no `form_id`, as pyxform does. An accepted form comes
 * with `warnings`: what was accepted with a change (columns kept but not applied, types never asked...).
 */
export async function readXlsForm(
  input: Uint8Array | ArrayBuffer,
  options: { readonly fileName?: string } = {},
): Promise<ReadXlsFormResult> {
  try {
    const bytes = asBytes(input);
    if (bytes === undefined) return { ok: false, problems: [fileProblem(NOT_XLSX)] };
    if (bytes.byteLength > MAX_FILE_BYTES) {
      const message = `Le fichier dépasse ${MAX_FILE_BYTES / 1024 / 1024} Mo : un questionnaire XLSForm est bien plus petit.`;
      return { ok: false, problems: [fileProblem(message)] };
    }
    const loaded = await loadWorkbook(bytes);
    if (!(loaded instanceof ExcelJS.Workbook)) return { ok: false, problems: [loaded] };
    return readWorkbook(loaded, options.fileName);
  } catch {
    return { ok: false, problems: [fileProblem(NOT_XLSX)] };
  }
}
