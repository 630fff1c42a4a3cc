// Values as the two databases hand them back: PostgreSQL gives Date objects (a `date` column at local
// midnight), booleans and decimal strings, SQLite strings, numbers or epoch milliseconds. The report
// needs stable ISO text and numbers from either.
import { z } from 'zod';

/** SQLite hands booleans back as 0/1 and decimals as numbers, PostgreSQL as booleans and strings. */
export const flag = z
  .union([z.boolean(), z.number(), z.string()])
  .transform((value) => value === true || value === 1 || value === '1' || value === 'true');
export const decimal = z
  .union([z.number(), z.string()])
  .nullable()
  .transform((value) => (value === null ? null : Number(value)));

/** `YYYY-MM-DD`, or null. */
export function isoDay(value: unknown): string | null {
  if (value instanceof Date) {
    const pad = (part: number) => String(part).padStart(2, '0');
    return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
  }
  if (typeof value === 'number') return new Date(value).toISOString().slice(0, 10);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  return null;
}

/** A full ISO timestamp in UTC, or null; a zone-less text is UTC, as Directus writes it. */
export function isoTimestamp(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value === 'number') return new Date(value).toISOString();
  if (typeof value !== 'string' || value.trim() === '') return null;
  const text = value.trim().replace(' ', 'T');
  const parsed = new Date(/(Z|[+-]\d{2}:?\d{2})$/.test(text) ? text : `${text}Z`);
  return Number.isNaN(parsed.getTime()) ? null : parsed.toISOString();
}

/** A JSON list of codes: SQLite hands JSON columns back as text, PostgreSQL as values. */
export function codeList(value: unknown): string[] {
  const parsed: unknown = typeof value === 'string' ? JSON.parse(value) : value;
  return Array.isArray(parsed) ? parsed.map(String) : [];
}
