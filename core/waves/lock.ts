// What refuses a lock: an establishment with interviews but no frame row (its weight N_h / n_h is
// undefined), and interviews nobody reviewed unless the coordinator excludes them explicitly.

/** Review statuses that block the lock until reviewed or excluded. */
export const UNREVIEWED_STATUSES = ['draft', 'submitted'] as const;

export interface LockCheckInput<K> {
  /** Interviews of the wave not already excluded, counted by review status. */
  readonly statusCounts: Readonly<Record<string, number>>;
  /** Establishments (key) that have interviews in the wave. */
  readonly establishmentsWithInterviews: readonly K[];
  /** Establishments (key) in the wave's sample frame. */
  readonly framedEstablishments: readonly K[];
}

export interface LockChecks<K = string> {
  readonly drafts: number;
  readonly submitted: number;
  /** Establishments with interviews but no frame row: the lock is refused until the frame has them. */
  readonly unframed: readonly K[];
}

export function lockChecks<K extends string | number>(input: LockCheckInput<K>): LockChecks<K> {
  const framed = new Set(input.framedEstablishments);
  return {
    drafts: input.statusCounts['draft'] ?? 0,
    submitted: input.statusCounts['submitted'] ?? 0,
    unframed: [...new Set(input.establishmentsWithInterviews)]
      .filter((key) => !framed.has(key))
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
  };
}

export function unreviewedCount(checks: LockChecks<unknown>): number {
  return checks.drafts + checks.submitted;
}
