export { MAX_FILE_BYTES, MAX_SHEET_COLUMNS, MAX_SHEET_ROWS, MAX_UNCOMPRESSED_BYTES } from './limits.ts';
export type { XlsFormProblem } from './problems.ts';
export { readXlsForm } from './read-xlsform.ts';
export type { KeptRow, ReadXlsFormResult, XlsForm, XlsFormCells } from './types.ts';
export { writeXlsForm } from './write-xlsform.ts';
export type { XlsFormWarning } from './problems.ts';
export { parseStoredExtras, parseStoredVersionExtras, type VersionExtras } from './stored.ts';
export { cleanText, keepTextInert } from './inert-cells.ts';
