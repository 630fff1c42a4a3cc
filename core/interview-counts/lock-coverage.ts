import { interviewCounts, type InterviewCounts, type InterviewTally } from './counts.ts';

export interface FrameRow<K> {
  readonly establishment: K;
  /** Minors detained there at the frame's date. */
  readonly population: number;
}

export interface LockCoverage<K> extends InterviewCounts {
  /** Framed establishments left without any analysed interview, which the estimates cannot represent. */
  readonly uncovered: readonly K[];
  readonly establishments: number;
  /** Minors of the establishments that keep at least one analysed interview. */
  readonly minorsCovered: number;
  readonly minorsTotal: number;
}

/**
 * What a lock leaves for the estimates. Excluding the unreviewed sets aside drafts and submitted
 * interviews, so only validated ones stay analysed; without exclusion, what is analysed now (the lock
 * itself is refused while interviews wait for review).
 */
export function lockCoverage<K>(
  tallies: readonly InterviewTally<K>[],
  frame: readonly FrameRow<K>[],
  { excludeUnreviewed }: { excludeUnreviewed: boolean },
): LockCoverage<K> {
  const after = tallies.map((tally) =>
    excludeUnreviewed && (tally.status === 'draft' || tally.status === 'submitted')
      ? { ...tally, excluded: true }
      : tally,
  );
  const counts = interviewCounts(after);
  const covered = new Set(
    after.filter((tally) => interviewCounts([tally]).analysed > 0).map((tally) => tally.establishment),
  );
  const uncovered = frame.filter((row) => !covered.has(row.establishment));
  return {
    ...counts,
    uncovered: uncovered.map((row) => row.establishment),
    establishments: frame.length,
    minorsCovered: frame.filter((row) => covered.has(row.establishment)).reduce((sum, row) => sum + row.population, 0),
    minorsTotal: frame.reduce((sum, row) => sum + row.population, 0),
  };
}
