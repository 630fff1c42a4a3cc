/**
 * One count of a wave's interviews for the report, the module and the lock dialog: done (entered to
 * the end, whatever the review said), analysed (those the estimates read: submitted or validated, not
 * excluded at the lock), excluded (set aside at the lock, still stored).
 */
import { isCounted } from '../waves/counted.ts';

export interface InterviewTally<K> {
  readonly establishment: K;
  readonly status: string;
  readonly excluded: boolean;
  readonly count: number;
}

export interface InterviewCounts {
  readonly done: number;
  readonly analysed: number;
  readonly excluded: number;
}

const DONE = new Set(['submitted', 'validated', 'rejected']);

/** True for an interview the estimates read: core/waves' rule (server/db/wave-data.ts selects the same rows in SQL). */
export function isAnalysed(status: string, excluded: boolean): boolean {
  return isCounted({ status, excluded });
}

export function interviewCounts<K>(tallies: readonly InterviewTally<K>[]): InterviewCounts {
  let done = 0;
  let analysed = 0;
  let excluded = 0;
  for (const tally of tallies) {
    if (DONE.has(tally.status)) done += tally.count;
    if (isAnalysed(tally.status, tally.excluded)) analysed += tally.count;
    if (tally.excluded) excluded += tally.count;
  }
  return { done, analysed, excluded };
}
