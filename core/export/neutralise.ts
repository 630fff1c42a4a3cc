import type { Cell } from './types.ts';

/**
 * Spreadsheet formula injection: a cell starting with one of these characters may be run as a formula
 * by Excel or LibreOffice. OWASP "CSV Injection": prefix such a cell with a single quote.
 * @see https://owasp.org/www-community/attacks/CSV_Injection
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Only strings are touched: a number (a negative balance, a score) is data, not a formula. */
export function neutralise(cell: Cell): Cell {
  return typeof cell === 'string' ? neutraliseText(cell) : cell;
}
