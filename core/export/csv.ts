import { stringify } from 'csv-stringify/sync';
import type { Cell } from './types.ts';

/**
 * UTF-8 byte order mark: without it Excel, which OMP staff open CSV files with, reads UTF-8 as the
 * Windows code page and garbles accents and Arabic. See README, "BOM".
 */
export const BOM = '\uFEFF';

/**
 * RFC 4180 (CRLF, quotes doubled), every string quoted as OWASP advises next to the leading quote;
 * numbers and empty cells bare, so that a reader sees a missing value, not an empty string.
 */
export function writeCsv(header: readonly string[], rows: ReadonlyArray<readonly Cell[]>): string {
  return (
    BOM + stringify([[...header], ...rows.map((row) => [...row])], { record_delimiter: 'windows', quoted_string: true })
  );
}
