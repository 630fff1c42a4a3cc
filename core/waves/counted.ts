/** Review statuses of the interviews that count in the statistics and the coverage. */
export const COUNTED_STATUSES = ['submitted', 'validated'] as const;

/** Submitted or validated, and not excluded at the lock (an exclusion is how unreviewed work leaves). */
export function isCounted(interview: {
  readonly status: string;
  readonly excluded?: boolean | number | null | undefined;
}): boolean {
  return (COUNTED_STATUSES as readonly string[]).includes(interview.status) && !interview.excluded;
}
