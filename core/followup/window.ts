/**
 * The follow-up window of a released minor: from `first` to `last` months after the release, where the
 * wave's `followup_windows` lists the months at which a follow-up is due (for example [6, 12]). A minor
 * released on 2026-01-15 with [6, 12] is followed up between 2026-07-15 and 2027-01-15, both included.
 */
export interface FollowupWindow {
  readonly start: string;
  readonly end: string;
}

export const DEFAULT_FOLLOWUP_MONTHS: readonly number[] = [6, 12];

/** Refuses an empty list, a month that is not a whole number from 1 to 60, or a list out of order. */
export function checkFollowupMonths(months: readonly number[]): void {
  if (months.length === 0) throw new RangeError('followup_windows needs at least one month');
  months.forEach((month, i) => {
    if (!Number.isInteger(month) || month < 1 || month > 60) {
      throw new RangeError(`followup_windows[${i}] must be a whole number of months from 1 to 60, got ${month}`);
    }
    const previous = months[i - 1];
    if (previous !== undefined && month <= previous) {
      throw new RangeError(`followup_windows must increase: ${previous} then ${month}`);
    }
  });
}

export function followupWindow(releasedOn: string, months: readonly number[]): FollowupWindow {
  checkFollowupMonths(months);
  const first = months[0] ?? 0;
  const last = months[months.length - 1] ?? first;
  return { start: addMonths(releasedOn, first), end: addMonths(releasedOn, last) };
}

/** Dates are ISO `YYYY-MM-DD`, compared as strings. */
export function isWindowOpen(window: FollowupWindow, on: string): boolean {
  return window.start <= on && on <= window.end;
}

/** Calendar months; a day missing from the target month falls on that month's last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`not an ISO date: ${date}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const target = new Date(Date.UTC(year, month + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}
