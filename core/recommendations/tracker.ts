import type { FollowUpStatus, WaveRef } from './follow-up.ts';

export interface TrackedRecommendation {
  readonly id: number;
  /** The wave it was made at. */
  readonly wave: WaveRef;
  readonly text: string;
  readonly text_ar: string;
  readonly institution: string;
  readonly institution_ar: string;
  readonly priority: 'high' | 'medium' | 'low';
  readonly deadline: string | null;
  /** Codes of the indicators that show its effect. */
  readonly indicators: readonly string[];
}

export interface FollowUpRow {
  readonly recommendation: number;
  readonly wave: WaveRef;
  readonly status: FollowUpStatus;
  readonly evidence: string;
  readonly source: string;
  readonly date: string | null;
}

export interface TrackerLine extends TrackedRecommendation {
  /** Null when no follow-up was recorded at this wave or before it. */
  readonly status: FollowUpStatus | null;
  /** The wave whose follow-up gives the status. */
  readonly as_of: string | null;
  readonly evidence: string;
  readonly source: string;
  readonly date: string | null;
}

/**
 * The earlier waves' recommendations with their status as it stood at `wave`: the latest follow-up
 * recorded at `wave` or before it, never a later one, so a report rebuilt later prints what it printed
 * then. Ordered by the recommendation's wave, then as given.
 */
export function statusAsOf(
  recommendations: readonly TrackedRecommendation[],
  followUps: readonly FollowUpRow[],
  wave: WaveRef,
): TrackerLine[] {
  return recommendations
    .filter((recommendation) => recommendation.wave.reference_date < wave.reference_date)
    .map((recommendation, position) => ({ recommendation, position }))
    .sort(
      (a, b) =>
        a.recommendation.wave.reference_date.localeCompare(b.recommendation.wave.reference_date) ||
        a.position - b.position,
    )
    .map(({ recommendation }) => {
      const latest = followUps
        .filter((row) => row.recommendation === recommendation.id && row.wave.reference_date <= wave.reference_date)
        .sort((a, b) => b.wave.reference_date.localeCompare(a.wave.reference_date))[0];
      return {
        ...recommendation,
        status: latest?.status ?? null,
        as_of: latest?.wave.code ?? null,
        evidence: latest?.evidence ?? '',
        source: latest?.source ?? '',
        date: latest?.date ?? null,
      };
    });
}
