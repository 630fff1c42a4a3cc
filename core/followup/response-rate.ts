import { isEligible, TRACING_OUTCOME_LABELS, TRACING_OUTCOMES } from './outcomes.ts';
import type { TracedOutcome } from './redetention.ts';

/** The tracing table's cells: each outcome, re-detention observed apart from re-detention reported, and the members not traced yet. */
export const TRACING_CELLS = [...TRACING_OUTCOMES, 're_detained_observed', 'not_traced'] as const;
export type TracingCell = (typeof TRACING_CELLS)[number];

/** Each cell as the module and both editions of the report say it. */
export const TRACING_CELL_LABELS: Readonly<Record<TracingCell, { readonly fr: string; readonly ar: string }>> = {
  ...TRACING_OUTCOME_LABELS,
  re_detained: { fr: 'De nouveau détenu (signalé)', ar: 'معتقل من جديد (مُبلَّغ عنه)' },
  re_detained_observed: {
    fr: 'De nouveau détenu (observé dans l’échantillon d’une vague)',
    ar: 'معتقل من جديد (لوحظ في عينة الاحتجاز لموجة لاحقة)',
  },
  not_traced: { fr: 'Pas encore recherché', ar: 'لم يُبحث عنه بعد' },
};

export interface FollowupResponse {
  /** Members of the cohort. */
  readonly cohort: number;
  /** Not deceased nor moved abroad. */
  readonly eligible: number;
  readonly interviewed: number;
  /** Interviewed / eligible; null for an empty cohort. */
  readonly rate: number | null;
  /**
   * Members per cell of the tracing table: `re_detained` counts the re-detentions reported by the
   * tracing, `re_detained_observed` those seen in a later detention sample, `not_traced` the members with
   * no outcome yet. The cells add up to the cohort.
   */
  readonly outcomes: Readonly<Record<TracingCell, number>>;
}

/**
 * The follow-up response rate, AAPOR RR1-style: interviews over eligible members, where members not
 * traced yet stay in the denominator (they are non-respondents until traced).
 */
export function followupResponse(outcomes: ReadonlyArray<TracedOutcome>): FollowupResponse {
  const counts = Object.fromEntries(TRACING_CELLS.map((key) => [key, 0])) as Record<TracingCell, number>;
  let eligible = 0;
  for (const { outcome, observed } of outcomes) {
    counts[observed ? 're_detained_observed' : (outcome ?? 'not_traced')] += 1;
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
