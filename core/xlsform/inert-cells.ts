import type { Row } from 'exceljs';

type Text = string | null | undefined;

/** Characters that make a spreadsheet evaluate what is typed into a cell. */
const FORMULA_START = /^[=+\-@\t\r\n]/;

/** XML 1.0 cannot carry these; exceljs would drop them silently anyway. */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/**
 * OOXML reads "_xHHHH_" in a cell as the escape of one character and exceljs writes strings as they are,
 * so a literal one gets its underscore escaped ("_x005F_"): a code such as `Q_x0041_` comes back as typed.
 */
const OOXML_ESCAPE = /_(x[0-9A-Fa-f]{4}_)/g;

/** Text as a workbook can hold it: one kind of line break, no character XML 1.0 forbids, literal escapes kept. */
export function cleanText(text: Text): string {
  return (text ?? '').replace(/\r\n?/g, '\n').replace(NOT_XML, '').replace(OOXML_ESCAPE, '_x005F_$1');
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
