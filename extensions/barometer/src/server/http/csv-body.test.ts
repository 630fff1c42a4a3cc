import { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import type { Request } from 'express';
import { describe, expect, it } from 'vitest';
import { readCsvTable } from './csv-body.ts';

const upload = (text: string) =>
  Object.assign(Readable.from([Buffer.from(text)]), { headers: { 'content-type': 'text/csv' } }) as unknown as Request;

/** A quoted cell with line ends, a doubled quote and a comma, in every row: pieces are cut among them. */
function bigCsv(rows: number): string {
  const lines = Array.from(
    { length: rows },
    (_, index) => `C-${index},"ligne 1\nligne 2, avec ""guillemets"" في النهاية 🙂",${index}`,
  );
  return `\uFEFFcode,comment,n\r\n${lines.join('\r\n')}\r\n`;
}

describe('readCsvTable', () => {
  it('reads a file of many pieces exactly as one parse of the whole file', async () => {
    const text = bigCsv(5_000);
    expect(text.length).toBeGreaterThan(4 * 64 * 1024);
    const table = await readCsvTable(upload(text));
    const [header, ...records] = parse(text, { bom: true, skip_empty_lines: true, trim: true }) as string[][];
    expect(table.header).toEqual(header);
    expect(table.rows.map((row) => table.header.map((column) => row.cells[column]))).toEqual(records);
    expect(table.rows.at(-1)?.line).toBe(5_001);
  });

  it('numbers a parse error far into the file as one parse of the whole file does', async () => {
    const text = `${bigCsv(3_000)}C-X,"jamais fermé,1\r\nC-Y,ok,2\r\n`;
    let whole: number | undefined;
    try {
      parse(text, { bom: true, skip_empty_lines: true, trim: true });
    } catch (error) {
      whole = (error as { lines?: number }).lines;
    }
    expect(whole).toBeGreaterThan(6_000);
    await expect(readCsvTable(upload(text))).rejects.toMatchObject({
      extensions: { problems: [expect.objectContaining({ row: whole })] },
    });
  });
});
