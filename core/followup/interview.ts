import { endsFollowup, type TracingOutcome } from './outcomes.ts';
import { isWindowOpen, type FollowupWindow } from './window.ts';

/**
 * Two kinds of interview share `interviews`: the detention sample's, taken in an establishment of the
 * wave's frame, and the follow-up interviews of released minors (issue 16), which belong to a member of
 * the wave's cohort (a `followups` row) and are taken where the minor lives now. A follow-up interview
 * has no establishment: its place is the follow-up's region or partner organisation, and it is never a
 * unit of the detention design (weights N_h / n_h, frame coverage, lock counts, exports, disclosure).
 */
export type InterviewKind = 'detention' | 'followup';

export interface InterviewPlacement {
  readonly establishment: number | null;
  readonly followup: number | null;
}

export interface InterviewProblem {
  readonly column: string;
  readonly message: string;
  readonly message_ar: string;
}

export function interviewKind(interview: { readonly followup?: number | null | undefined }): InterviewKind {
  return interview.followup === null || interview.followup === undefined ? 'detention' : 'followup';
}

/**
 * The establishment is required of a detention interview and refused on a follow-up interview: the
 * request is malformed either way (a 400 naming the field), before any other rule is read.
 */
export function placementProblem(placement: InterviewPlacement): InterviewProblem | null {
  if (interviewKind(placement) === 'detention') {
    return placement.establishment === null
      ? {
          column: 'establishment',
          message:
            'establishment : l’établissement est obligatoire pour un entretien en détention (un entretien de suivi porte le champ followup).',
          message_ar: 'المؤسسة إجبارية في مقابلة داخل مؤسسة الاحتجاز (مقابلة المتابعة تحمل حقل المتابعة).',
        }
      : null;
  }
  return placement.establishment === null
    ? null
    : {
        column: 'establishment',
        message:
          'establishment : un entretien de suivi n’a pas d’établissement ; son lieu est la région ou l’organisation partenaire du suivi.',
        message_ar: 'مقابلة المتابعة ليست لها مؤسسة؛ مكانها هو جهة المتابعة أو المنظمة الشريكة.',
      };
}

/** What the follow-up rules read about the cohort member an interview names, and about its wave. */
export interface FollowupInterviewFacts {
  readonly interview: {
    readonly wave: number;
    readonly participant: number | null;
    readonly instrument_version: number;
    /** ISO date; null while not given. */
    readonly interview_date: string | null;
  };
  readonly wave: { readonly code: string; readonly followup_instrument_version: number | null };
  /** The `followups` row named by the interview; null when there is none. */
  readonly followup: {
    readonly wave: number;
    readonly participant: number;
    readonly enumerator: string | null;
    readonly place_region: string | null;
    readonly partner_organisation: string | null;
    readonly outcome: TracingOutcome | null;
    readonly window: FollowupWindow | null;
  } | null;
  /** The enumerator saving the interview; null for the roles that are not held to an assignment. */
  readonly enumerator: string | null;
}

/**
 * A follow-up interview is the interview of a member of its wave's cohort, with the wave's follow-up
 * version, by the enumerator assigned to that follow-up, at a known place, on a day of its window,
 * while the follow-up is not closed by another outcome (a refusal, a re-detention...).
 */
export function followupInterviewProblems(facts: FollowupInterviewFacts): InterviewProblem[] {
  const { interview, wave, followup } = facts;
  if (!followup || followup.wave !== interview.wave) {
    return [
      {
        column: 'followup',
        message: `Ce suivi n’appartient pas à la cohorte de la vague ${wave.code}.`,
        message_ar: `هذه المتابعة ليست ضمن فوج الموجة ${wave.code}.`,
      },
    ];
  }
  const problems: InterviewProblem[] = [];
  if (interview.participant !== null && interview.participant !== followup.participant)
    problems.push({
      column: 'participant',
      message: 'Le participant de l’entretien n’est pas celui du suivi.',
      message_ar: 'المشارك في المقابلة ليس هو المعني بالمتابعة.',
    });
  if (wave.followup_instrument_version === null || interview.instrument_version !== wave.followup_instrument_version)
    problems.push({
      column: 'instrument_version',
      message: `Un entretien de suivi utilise la version de suivi de la vague ${wave.code}${wave.followup_instrument_version === null ? ', qui n’en a pas' : ''}.`,
      message_ar: `مقابلة المتابعة تستعمل إصدار المتابعة الخاص بالموجة ${wave.code}.`,
    });
  if (facts.enumerator !== null && followup.enumerator !== facts.enumerator)
    problems.push({
      column: 'followup',
      message: 'Vous n’êtes pas l’enquêteur chargé de ce suivi.',
      message_ar: 'لست الباحث المكلف بهذه المتابعة.',
    });
  if (!followup.place_region?.trim() && !followup.partner_organisation?.trim())
    problems.push({
      column: 'followup',
      message: 'Le lieu du suivi (région ou organisation partenaire) doit être renseigné avant l’entretien.',
      message_ar: 'يجب تحديد مكان المتابعة (الجهة أو المنظمة الشريكة) قبل المقابلة.',
    });
  if (followup.window && interview.interview_date && !isWindowOpen(followup.window, interview.interview_date))
    problems.push({
      column: 'interview_date',
      message: `Le ${interview.interview_date} est hors de la fenêtre de suivi (${followup.window.start} → ${followup.window.end}).`,
      message_ar: `تاريخ ${interview.interview_date} خارج فترة المتابعة (${followup.window.start} ← ${followup.window.end}).`,
    });
  if (endsFollowup(followup.outcome) && followup.outcome !== 'interviewed')
    problems.push({
      column: 'followup',
      message: `Ce suivi est clos (${followup.outcome}) : aucun entretien ne peut y être saisi.`,
      message_ar: 'هذه المتابعة مغلقة: لا يمكن إدخال أي مقابلة فيها.',
    });
  return problems;
}

/**
 * Entering a follow-up interview is its tracing outcome: once submitted (or validated) the member is
 * "interviewed". A draft is not yet an interview, and an interview sent back for correction stays one.
 */
export function outcomeOfInterview(status: string): TracingOutcome | null {
  return status === 'submitted' || status === 'validated' ? 'interviewed' : null;
}
