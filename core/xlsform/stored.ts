import { z } from 'zod';
import type { XlsFormExtras } from '../questionnaire/index.ts';
import type { KeptRow, XlsFormCells } from './types.ts';

const cells = z.record(z.string(), z.string());

const extrasSchema = z
  .object({ type: z.enum(['acknowledge', 'range', 'or_other']).optional(), cells: cells.optional() })
  .strict();

const versionExtrasSchema = z
  .object({
    settings: cells.optional(),
    keptRows: z.array(z.object({ before: z.number().int().min(0), cells }).strict()).optional(),
  })
  .strict();

/** What an instrument version keeps of its XLSForm besides its questions: `settings` columns and unasked rows. */
export interface VersionExtras {
  readonly settings?: XlsFormCells;
  readonly keptRows?: readonly KeptRow[];
}

/** SQLite hands JSON columns back as text, PostgreSQL as values; a null or empty column is nothing kept. */
function stored(value: unknown): unknown {
  if (value === null || value === undefined || value === '') return undefined;
  return typeof value === 'string' ? JSON.parse(value) : value;
}

/** A question's or choice's `xlsform` column as read from the database; throws on a value that breaks the shape. */
export function parseStoredExtras(value: unknown): XlsFormExtras | undefined {
  const parsed = stored(value);
  if (parsed === undefined) return undefined;
  const { type, cells: kept } = extrasSchema.parse(parsed);
  return { ...(type === undefined ? {} : { type }), ...(kept === undefined ? {} : { cells: kept }) };
}

/** An instrument version's `xlsform` column as read from the database. */
export function parseStoredVersionExtras(value: unknown): VersionExtras {
  const parsed = stored(value);
  if (parsed === undefined) return {};
  const { settings, keptRows } = versionExtrasSchema.parse(parsed);
  return { ...(settings === undefined ? {} : { settings }), ...(keptRows === undefined ? {} : { keptRows }) };
}
