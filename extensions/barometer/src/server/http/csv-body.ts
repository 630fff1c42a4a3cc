// A CSV upload, as a text/csv body or a multipart `file`: size-capped, strict UTF-8 (a file saved in
// another encoding is refused rather than silently garbled), parsed with csv-parse into header and rows.
// A 20 MB file takes seconds of parsing: it is parsed piece by piece, with pauses, so that the server
// keeps answering other requests meanwhile.
import { parse } from 'csv-parse/sync';
import type { Request } from 'express';
import { eventLoopSlicer } from '../db/batches.ts';
import { BadRequestError, ValidationError } from './errors.ts';
import { readUploadedFile } from './multipart.ts';

export const MAX_CSV_BYTES = 20_000_000;
export const MAX_CSV_ROWS = 50_000;

/**
 * Reads the body, refusing it once it passes `maxBytes`. The rest is still read and dropped rather
 * than the request destroyed: Directus 11.17's response-size metrics read `req.socket` when the answer
 * finishes, and a destroyed request has none, which kills the whole process.
 */
function readRawBody(request: Request, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    request.on('data', (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size <= maxBytes) {
        chunks.push(chunk);
        return;
      }
      refused = true;
      chunks.length = 0;
      reject(new BadRequestError({ reason: `Fichier trop volumineux (maximum ${maxBytes / 1_000_000} Mo).` }));
    });
    request.on('end', () => {
      if (!refused) resolve(Buffer.concat(chunks));
    });
    request.on('error', () => reject(new BadRequestError({ reason: 'Envoi du fichier interrompu.' })));
  });
}

/** Characters parsed at once: a few tens of milliseconds of csv-parse on a loaded machine. */
const PIECE_LENGTH = 64 * 1024;

/**
 * The records of `text`, at most `limit` (reading stops there, as the file is refused anyway). The text
 * is cut after a line end outside any quoted cell (an even number of `"` before it, as quotes inside a
 * cell are doubled), so each piece parses on its own with the synchronous parser, and the event loop
 * is given back between pieces. csv-parse's stream parser, which could take the text in any pieces,
 * is twice as slow.
 */
async function parseRecords(text: string, limit: number, delimiter: string): Promise<string[][]> {
  const pause = eventLoopSlicer();
  const records: string[][] = [];
  let start = 0;
  let linesBefore = 0;
  while (start < text.length && records.length < limit) {
    const lineEnd = (from: number) => {
      const at = text.indexOf('\n', from);
      return at === -1 ? text.length : at + 1;
    };
    let end = lineEnd(Math.min(text.length, start + PIECE_LENGTH));
    let quotes = quotesIn(text, start, end);
    while (end < text.length && quotes % 2 === 1) {
      const next = lineEnd(end);
      quotes += quotesIn(text, end, next);
      end = next;
    }
    const piece = text.slice(start, end);
    try {
      records.push(
        ...(parse(piece, {
          bom: true,
          delimiter,
          skip_empty_lines: true,
          relax_column_count: true,
          trim: true,
          to: limit - records.length,
        }) as string[][]),
      );
    } catch (error) {
      // csv-parse counts lines from the start of the piece.
      const lines = (error as { lines?: number }).lines;
      if (lines !== undefined) Object.assign(error as object, { lines: lines + linesBefore });
      throw error;
    }
    linesBefore += quotesIn(piece, 0, piece.length, '\n');
    start = end;
    await pause();
  }
  return records;
}

function quotesIn(text: string, start: number, end: number, character = '"'): number {
  let found = 0;
  for (let at = text.indexOf(character, start); at !== -1 && at < end; at = text.indexOf(character, at + 1)) found += 1;
  return found;
}

export interface CsvTable {
  header: string[];
  /** Data rows; `line` is the row number a spreadsheet shows (the header is row 1). */
  rows: Array<{ line: number; cells: Record<string, string> }>;
}

/** KoboToolbox exports with `;` by default: a header line with semicolons and no comma is read that way. */
function delimiterOf(text: string): string {
  const end = text.indexOf('\n');
  const header = end === -1 ? text : text.slice(0, end);
  return header.includes(';') && !header.includes(',') ? ';' : ',';
}

export async function readCsvTable(request: Request): Promise<CsvTable> {
  const type = request.headers['content-type'] ?? '';
  const bytes = type.startsWith('multipart/form-data')
    ? (await readUploadedFile(request, { field: 'file', maxBytes: MAX_CSV_BYTES })).bytes
    : type.startsWith('text/csv') || type.startsWith('text/plain') || type.startsWith('application/csv')
      ? await readRawBody(request, MAX_CSV_BYTES)
      : null;
  if (!bytes)
    throw new BadRequestError({
      reason: 'Envoyez un fichier CSV (Content-Type: text/csv, ou multipart avec le champ « file »).',
    });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ValidationError({
      summary: 'Fichier refusé',
      problems: [{ row: 0, message: 'Le fichier n’est pas encodé en UTF-8 : enregistrez-le en « CSV UTF-8 ».' }],
    });
  }
  let records: string[][];
  try {
    records = await parseRecords(text, MAX_CSV_ROWS + 2, delimiterOf(text));
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new ValidationError({
      summary: 'CSV illisible',
      problems: [{ row: line ?? 0, message: `CSV mal formé : ${(error as Error).message}` }],
    });
  }
  const [header, ...data] = records;
  if (!header || header.length === 0)
    throw new ValidationError({
      summary: 'CSV vide',
      problems: [{ row: 1, message: 'Le fichier ne contient pas de ligne d’en-tête.' }],
    });
  if (data.length > MAX_CSV_ROWS)
    throw new ValidationError({
      summary: 'CSV trop long',
      problems: [{ row: MAX_CSV_ROWS + 2, message: `Au plus ${MAX_CSV_ROWS} lignes par fichier.` }],
    });
  const problems = data.flatMap((cells, index) =>
    cells.length === header.length
      ? []
      : [{ row: index + 2, message: `${cells.length} colonnes au lieu de ${header.length}.` }],
  );
  if (problems.length > 0) throw new ValidationError({ summary: 'CSV refusé', problems });
  const pause = eventLoopSlicer();
  const rows: CsvTable['rows'] = [];
  for (const [index, cells] of data.entries()) {
    rows.push({
      line: index + 2,
      cells: Object.fromEntries(header.map((name, column) => [name, cells[column] ?? ''])),
    });
    await pause();
  }
  return { header, rows };
}
