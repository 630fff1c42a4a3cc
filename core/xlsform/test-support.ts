import ExcelJS from 'exceljs';
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { expect } from 'vitest';
import type { XlsFormProblem } from './problems.ts';
import { readXlsForm } from './read-xlsform.ts';
import type { XlsForm } from './types.ts';

export type Cell = string | number | boolean | null;
export type Rows = readonly (readonly Cell[])[];

/** A workbook built the way a coordinator (or Kobo) would: one sheet per entry, rows as given. */
export async function workbook(sheets: Readonly<Record<string, Rows>>): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name);
    for (const row of rows) sheet.addRow([...row]);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A small valid form in the barometer's own layout, to break one cell at a time. */
export function sampleSheets(): { survey: Cell[][]; choices: Cell[][]; settings: Cell[][] } {
  return {
    survey: [
      ['type', 'name', 'label::French (fr)', 'label::Arabic (ar)', 'required', 'relevant', 'constraint', 'calculation'],
      ['begin_group', 'S1', 'Profil', 'الملف', null, null, null, null],
      ['select_one sexe', 'SEXE', 'Sexe', 'الجنس', 'yes', null, null, null],
      ['integer', 'AGE', 'Âge', 'العمر', 'yes', null, '. >= 12 and . <= 18', null],
      ['end_group', null, null, null, null, null, null, null],
      ['select_multiple activites', 'ACTIVITES', 'Activités', null, null, '${AGE} >= 15', null, null],
      ['calculate', 'MAJEUR', null, null, null, null, null, 'if(${AGE} >= 18, 1, 0)'],
    ],
    choices: [
      ['list_name', 'name', 'label::French (fr)', 'label::Arabic (ar)'],
      ['sexe', 'm', 'Garçon', 'ذكر'],
      ['sexe', 'f', 'Fille', 'أنثى'],
      ['activites', 'sport', 'Sport', null],
      ['activites', 'ecole', 'École', null],
    ],
    settings: [
      ['form_id', 'form_title', 'version', 'default_language'],
      ['omp_mineurs', 'Baromètre OMP', '2025.1', 'French (fr)'],
    ],
  };
}

export async function read(sheets: Readonly<Record<string, Rows>>): Promise<Awaited<ReturnType<typeof readXlsForm>>> {
  return readXlsForm(await workbook(sheets));
}

export async function readOk(sheets: Readonly<Record<string, Rows>>): Promise<XlsForm> {
  const result = await read(sheets);
  if (!result.ok) expect.fail(`unexpected problems: ${JSON.stringify(result.problems, null, 1)}`);
  return result.form;
}

export async function problemsOf(sheets: Readonly<Record<string, Rows>>): Promise<readonly XlsFormProblem[]> {
  const result = await read(sheets);
  if (result.ok) return expect.fail('expected problems, the form was read');
  return result.problems;
}

export interface ZipPart {
  readonly name: string;
  readonly content: Uint8Array;
  /** Overrides of the central directory record, to forge hostile archives. */
  readonly declaredSize?: number;
  readonly flags?: number;
  readonly stored?: boolean;
}

/** A minimal zip writer: enough to forge the archives the guard must refuse. */
export function zip(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const data = part.stored ? Buffer.from(part.content) : deflateRawSync(part.content);
    const crc = crc32(part.content);
    const size = part.declaredSize ?? part.content.byteLength;
    const method = part.stored ? 0 : 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(part.flags ?? 0, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.byteLength, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.byteLength, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(part.flags ?? 0, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.byteLength, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.byteLength, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.byteLength + name.byteLength + data.byteLength;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.byteLength, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The text of every part of an archive, to look at the XML exceljs wrote. */
export function unzipText(archive: Buffer): ReadonlyMap<string, string> {
  const parts = new Map<string, string>();
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let offset = archive.readUInt32LE(end + 16);
  for (let index = 0; index < archive.readUInt16LE(end + 10); index += 1) {
    const method = archive.readUInt16LE(offset + 10);
    const compressed = archive.readUInt32LE(offset + 20);
    const nameLength = archive.readUInt16LE(offset + 28);
    const local = archive.readUInt32LE(offset + 42);
    const name = archive.toString('utf8', offset + 46, offset + 46 + nameLength);
    const start = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const data = archive.subarray(start, start + compressed);
    parts.set(name, (method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    offset += 46 + nameLength + archive.readUInt16LE(offset + 30) + archive.readUInt16LE(offset + 32);
  }
  return parts;
}
