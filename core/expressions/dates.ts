const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MILLISECONDS_PER_DAY = 86_400_000;

/**
 * Days since 1970-01-01 of an ISO calendar date (`YYYY-MM-DD`), undefined for anything else (including
 * impossible dates such as 2023-02-30). As in ODK, a date used as a number counts days since the epoch,
 * so `today() - ${DOB}` is an age in days and dates compare with `<`.
 */
export function isoDateToDays(text: string): number | undefined {
  const parts = ISO_DATE.exec(text);
  if (!parts) return undefined;
  const [, year, month, day] = parts.map(Number);
  if (year === undefined || month === undefined || day === undefined) return undefined;
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  const exists = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return exists ? time / MILLISECONDS_PER_DAY : undefined;
}

export function isIsoDate(text: string): boolean {
  return isoDateToDays(text) !== undefined;
}

/** The device's calendar date, not UTC: an interview at 00:30 in Rabat belongs to that day. */
export function localIsoDate(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${String(date.getFullYear()).padStart(4, '0')}-${month}-${day}`;
}
