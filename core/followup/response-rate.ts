import { isEligible, TRACING_OUTCOMES, type TracingOutcome } from './outcomes.ts';

export interface FollowupResponse {
  /** Members of the cohort. */
  readonly cohort: number;
  /** Not deceased nor moved abroad. */
  readonly eligible: number;
  readonly interviewed: number;
  /** Interviewed / eligible; null for an empty cohort. */
  readonly rate: number | null;
  /** Members per outcome, `not_traced` for those with none yet. */
  readonly outcomes: Readonly<Record<TracingOutcome | 'not_traced', number>>;
}

/**
 * The follow-up response rate, AAPOR RR1-style: interviews over eligible members, where members not
 * traced yet stay in the denominator (they are non-respondents until traced).
 */
export function followupResponse(outcomes: ReadonlyArray<TracingOutcome | null>): FollowupResponse {
  const counts = Object.fromEntries([...TRACING_OUTCOMES, 'not_traced'].map((key) => [key, 0])) as Record<
    TracingOutcome | 'not_traced',
    number
  >;
  let eligible = 0;
  for (const outcome of outcomes) {
    counts[outcome ?? 'not_traced'] += 1;
    if (isEligible(outcome)) eligible += 1;
  }
  return {
    cohort: outcomes.length,
    eligible,
    interviewed: counts.interviewed,
    rate: eligible === 0 ? null : counts.interviewed / eligible,
    outcomes: counts,
  };
}
