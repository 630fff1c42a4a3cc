import type { Columns, Header } from './columns.ts';
import type { XlsFormWarning } from './problems.ts';
import { cell, type SheetTable, type TableRow } from './sheet-table.ts';
import type { XlsFormCells } from './types.ts';

export const FRENCH = 'French (fr)';
export const ARABIC = 'Arabic (ar)';

/** Headers whose cells the barometer stores in its own fields (French and Arabic text, single columns). */
function usedHeaders(columns: Columns): ReadonlySet<Header> {
  const used = new Set<Header>(columns.single.values());
  for (const languages of columns.translated.values()) {
    for (const [language, header] of languages) if (language !== 'en') used.add(header);
  }
  return used;
}

/** Where the writer puts a stored field: its own column, whatever spelling the file used. */
function canonicalKey(header: Header, columns: Columns): string {
  if (columns.single.get(header.field) === header) return header.field;
  const languages = columns.translated.get(header.field);
  if (languages?.get('fr') === header) return `${header.field}::${FRENCH}`;
  if (languages?.get('ar') === header) return `${header.field}::${ARABIC}`;
  return header.text;
}

/** Reads, once per sheet, the cells of a row that the barometer keeps for the export without using them. */
export interface CellKeeper {
  /** The row's non-empty cells outside the stored fields, by header as written (first of a repeated header). */
  extras(row: TableRow): XlsFormCells | undefined;
  /** Every non-empty cell of a row the barometer does not ask (metadata, unsupported types), by writer column. */
  whole(row: TableRow): XlsFormCells;
  /** One warning per kept column, at the first row that fills it. */
  warnings(): XlsFormWarning[];
}

/** Kobo's own bookkeeping columns (`$kuid`, `$autoname`): kept silently. */
const SILENT = /^\$/;

export function cellKeeper(table: SheetTable, columns: Columns, applied: ReadonlySet<string> = new Set()): CellKeeper {
  const used = usedHeaders(columns);
  const seen = new Set<string>();
  const kept = table.headers.filter((header) => {
    if (used.has(header) || seen.has(header.text)) return false;
    seen.add(header.text);
    return true;
  });
  const firstRows = new Map<Header, number>();
  const collect = (row: TableRow, headers: readonly Header[], key: (header: Header) => string): XlsFormCells => {
    const cells: Record<string, string> = {};
    for (const header of headers) {
      const text = cell(row, header);
      if (text === '') continue;
      cells[key(header)] = text;
    }
    return cells;
  };
  return {
    extras(row) {
      const cells = collect(row, kept, (header) => header.text);
      for (const header of kept)
        if (cells[header.text] !== undefined && !firstRows.has(header)) firstRows.set(header, row.number);
      return Object.keys(cells).length === 0 ? undefined : cells;
    },
    whole(row) {
      const all = table.headers.filter((header) => used.has(header) || kept.includes(header));
      return collect(row, all, (header) => canonicalKey(header, columns));
    },
    warnings() {
      return [...firstRows]
        .filter(([header]) => !SILENT.test(header.text) && !applied.has(header.field))
        .map(([header, row]) => keptColumnWarning(table.name, row, header));
    },
  };
}

function keptColumnWarning(sheet: string, row: number, header: Header): XlsFormWarning {
  const at = { sheet, row, column: header.text };
  if (header.language !== undefined) {
    return {
      ...at,
      message: `Colonne « ${header.text} » conservée pour l'export : le baromètre affiche le français et l'arabe.`,
      message_ar: `العمود « ${header.text} » محفوظ للتصدير: المقياس يعرض الفرنسية والعربية فقط.`,
    };
  }
  return {
    ...at,
    message: `Colonne « ${header.text} » conservée pour l'export, mais le baromètre ne l'applique pas.`,
    message_ar: `العمود « ${header.text} » محفوظ للتصدير، لكن المقياس لا يطبقه.`,
  };
}
