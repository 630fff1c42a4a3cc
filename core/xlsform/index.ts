export { MAX_FILE_BYTES, MAX_SHEET_COLUMNS, MAX_SHEET_ROWS, MAX_UNCOMPRESSED_BYTES } from './limits.ts';
export type { XlsFormProblem } from './problems.ts';
export { readXlsForm } from './read-xlsform.ts';
export type { ReadXlsFormResult, XlsForm } from './types.ts';
export { writeXlsForm } from './write-xlsform.ts';
