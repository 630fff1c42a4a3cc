import type { Row } from 'exceljs';

type Text = string | null | undefined;

/** Characters that make a spreadsheet evaluate what is typed into a cell. */
const FORMULA_START = /^[=+\-@\t\r\n]/;

/** XML 1.0 cannot carry these; exceljs would drop them silently anyway. */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Text as a workbook can hold it: one kind of line break, no character XML 1.0 forbids. */
export function cleanText(text: Text): string {
  return (text ?? '').replace(/\r\n?/g, '\n').replace(NOT_XML, '');
}

/**
 * exceljs writes a string value as a shared string, never as a formula (`<f>`), so `=HYPERLINK(...)`
 * in a label stays inert text; cells that start like a formula also get the Text number format (`@`),
 * so that editing them in Excel does not turn them into one either.
 */
export function keepTextInert(row: Row): void {
  row.eachCell((cell) => {
    if (typeof cell.value === 'string' && FORMULA_START.test(cell.value)) cell.numFmt = '@';
  });
}
