import type { Worksheet } from 'exceljs';
import { cellText } from './cells.ts';
import type { Columns, Header } from './columns.ts';
import { parseHeader } from './columns.ts';
import type { Language } from './languages.ts';

export interface TableRow {
  /** 1-based, as Excel shows it. */
  readonly number: number;
  readonly cells: readonly string[];
}

/** A sheet as XLSForm reads it: headers in the first row, one record per following row. */
export interface SheetTable {
  readonly name: string;
  readonly headers: readonly Header[];
  readonly rows: readonly TableRow[];
}

export interface Extent {
  readonly rows: number;
  readonly columns: number;
}

/** The last row and column that hold text: formatting alone (Excel's trailing styled rows) does not count. */
export function contentExtent(worksheet: Worksheet): Extent {
  let rows = 0;
  let columns = 0;
  worksheet.eachRow((row, number) => {
    row.eachCell((content, column) => {
      if (cellText(content.value) === '') return;
      rows = number;
      columns = Math.max(columns, column);
    });
  });
  return { rows, columns };
}

export function readTable(worksheet: Worksheet, extent: Extent): SheetTable {
  const width = extent.columns;
  const rowCells = (number: number): string[] => {
    const row = worksheet.getRow(number);
    return Array.from({ length: width }, (_, index) => cellText(row.getCell(index + 1).value));
  };
  const headers = rowCells(1).flatMap((text, index) => parseHeader(text, index + 1) ?? []);
  const rows: TableRow[] = [];
  for (let number = 2; number <= extent.rows; number += 1) {
    rows.push({ number, cells: rowCells(number) });
  }
  return { name: worksheet.name, headers, rows };
}

export function cell(row: TableRow, header: Header | undefined): string {
  return header === undefined ? '' : (row.cells[header.column - 1] ?? '');
}

/** A translatable field of a row, and the header each language came from (for locating problems). */
export interface Translation {
  readonly text: string;
  readonly header: Header | undefined;
  readonly arabic: string;
  readonly arabicHeader: Header | undefined;
}

/**
 * French comes from the French column; where that cell is empty (or there is no French column), from the
 * English one, so that a form designed in English still gets labels. Arabic only from the Arabic column.
 */
export function translation(row: TableRow, columns: Columns, field: string): Translation {
  const languages = columns.translated.get(field);
  const pick = (language: Language): Header | undefined => languages?.get(language);
  const french = pick('fr');
  const english = pick('en');
  const useEnglish = cell(row, french) === '' && cell(row, english) !== '';
  const header = useEnglish ? english : (french ?? english);
  const arabicHeader = pick('ar');
  return { text: cell(row, header), header, arabic: cell(row, arabicHeader), arabicHeader };
}

/** Where to point a problem about `field`: its column as written, or the field's name when it is absent. */
export function columnName(columns: Columns, field: string): string {
  const single = columns.single.get(field);
  if (single) return single.text;
  const languages = columns.translated.get(field);
  const header = languages?.get('fr') ?? languages?.get('en') ?? languages?.get('ar');
  return header?.text ?? field;
}
