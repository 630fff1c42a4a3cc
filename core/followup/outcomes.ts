/**
 * The tracing outcomes of a follow-up (issue 16, point 2) and what each means for the cohort's
 * response rate and for the contact details kept to reach the family.
 */
export const TRACING_OUTCOMES = [
  'interviewed',
  'refused',
  'unreachable',
  're_detained',
  'moved_abroad',
  'deceased',
  'consent_withdrawn',
] as const;

export type TracingOutcome = (typeof TRACING_OUTCOMES)[number];

/** Each outcome as the module and the report say it. */
export const TRACING_OUTCOME_LABELS: Readonly<Record<TracingOutcome, { readonly fr: string; readonly ar: string }>> = {
  interviewed: { fr: 'Interviewé', ar: 'تمت المقابلة' },
  refused: { fr: 'Refus', ar: 'رفض' },
  unreachable: { fr: 'Injoignable', ar: 'تعذّر الوصول إليه' },
  re_detained: { fr: 'De nouveau détenu', ar: 'معتقل من جديد' },
  moved_abroad: { fr: 'Parti à l’étranger', ar: 'غادر إلى الخارج' },
  deceased: { fr: 'Décédé', ar: 'متوفى' },
  consent_withdrawn: { fr: 'Consentement retiré', ar: 'سحب الموافقة' },
};

/**
 * Out of scope of the follow-up, as AAPOR's "not eligible" dispositions: a minor who died or left the
 * country cannot be interviewed in Morocco, so neither counts against the response rate.
 */
const OUT_OF_SCOPE: ReadonlySet<TracingOutcome> = new Set(['deceased', 'moved_abroad']);

export function isEligible(outcome: TracingOutcome | null): boolean {
  return outcome === null || !OUT_OF_SCOPE.has(outcome);
}

/**
 * Only an unreachable minor is still being traced: every other outcome closes the follow-up of the wave,
 * and with it the need for contact details (law 09-08 art. 3: kept no longer than the purpose needs).
 * A minor not traced yet (null) keeps them.
 */
export function endsFollowup(outcome: TracingOutcome | null): boolean {
  return outcome !== null && outcome !== 'unreachable';
}
