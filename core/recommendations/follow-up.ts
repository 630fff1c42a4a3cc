/** The follow-up of a recommendation at a later wave (recommendation_followups). */

export const FOLLOW_UP_STATUSES = [
  'not_started',
  'in_progress',
  'partly_implemented',
  'implemented',
  'rejected',
] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

export const FOLLOW_UP_LABELS: Readonly<Record<FollowUpStatus, { readonly fr: string; readonly ar: string }>> = {
  not_started: { fr: 'Non engagée', ar: 'لم يشرع فيها' },
  in_progress: { fr: 'En cours', ar: 'في طور التنفيذ' },
  partly_implemented: { fr: 'Partiellement mise en œuvre', ar: 'منفذة جزئيا' },
  implemented: { fr: 'Mise en œuvre', ar: 'منفذة' },
  rejected: { fr: 'Rejetée', ar: 'مرفوضة' },
};

export interface WaveRef {
  readonly code: string;
  /** ISO date; the waves' order. */
  readonly reference_date: string;
}

/**
 * A recommendation is followed up at a wave after the one it was made at, once per wave: the
 * refusal's words, or null when the row may be written.
 */
export function followUpProblem(
  recommendationWave: WaveRef | null,
  followUpWave: WaveRef,
  existingWaves: readonly string[],
): string | null {
  if (recommendationWave && followUpWave.reference_date <= recommendationWave.reference_date)
    return `Une recommandation de la vague ${recommendationWave.code} se suit dans une vague ultérieure, pas dans ${followUpWave.code}.`;
  if (existingWaves.includes(followUpWave.code))
    return `Cette recommandation a déjà son suivi dans la vague ${followUpWave.code} : modifiez cette ligne.`;
  return null;
}
