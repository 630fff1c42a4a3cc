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
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

/**
 * A question's or choice's `xlsform` column as read from the database. The column only serves the export:
 * a value of another shape (written by hand through the API) is ignored rather than failing the export.
 */
export function parseStoredExtras(value: unknown): XlsFormExtras | undefined {
  const parsed = extrasSchema.safeParse(stored(value));
  if (!parsed.success) return undefined;
  const { type, cells: kept } = parsed.data;
  return { ...(type === undefined ? {} : { type }), ...(kept === undefined ? {} : { cells: kept }) };
}

/** An instrument version's `xlsform` column as read from the database; another shape is ignored, as above. */
export function parseStoredVersionExtras(value: unknown): VersionExtras {
  const parsed = versionExtrasSchema.safeParse(stored(value));
  if (!parsed.success) return {};
  const { settings, keptRows } = parsed.data;
  return { ...(settings === undefined ? {} : { settings }), ...(keptRows === undefined ? {} : { keptRows }) };
}
