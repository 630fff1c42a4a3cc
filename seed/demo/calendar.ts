/** Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so that no time zone shifts a day. */

const DAY_MS = 86_400_000;

/** Average month length, to turn a stay in days into completed months as an interviewer would count them. */
export const DAYS_PER_MONTH = 30.44;

function toDay(iso: string): number {
  const time = Date.parse(`${iso}T00:00:00Z`);
  if (Number.isNaN(time)) throw new Error(`Not an ISO date: ${iso}`);
  return Math.round(time / DAY_MS);
}

function fromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return fromDay(toDay(iso) + days);
}

export function daysBetween(from: string, to: string): number {
  return toDay(to) - toDay(from);
}

export function completedMonths(from: string, to: string): number {
  return Math.floor(daysBetween(from, to) / DAYS_PER_MONTH);
}

/** Saturday and Sunday are not fieldwork days in Morocco. */
function isWorkingDay(iso: string): boolean {
  const weekday = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The `index`-th working day (0 = the first) on or after `start`. */
export function workingDay(start: string, index: number): string {
  let day = start;
  while (!isWorkingDay(day)) day = addDays(day, 1);
  for (let remaining = index; remaining > 0; remaining -= 1) {
    day = addDays(day, 1);
    while (!isWorkingDay(day)) day = addDays(day, 1);
  }
  return day;
}
