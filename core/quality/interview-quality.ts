// What a supervisor checks before a wave is locked, and what the report's quality annex prints: the same
// minor interviewed twice, interviews too short to be credible, and item non-response counted only
// where the questionnaire actually asked the question (skip logic applied to the interview's answers).
import { isBlankAnswer } from '../questionnaire/blank.ts';
import {
  evaluateForm,
  takesAnswer,
  type Answers,
  type EvaluationOptions,
  type QuestionnaireVersion,
} from '../questionnaire/index.ts';

/** An interview under this share of the median duration is flagged as short. */
export const SHORT_INTERVIEW_SHARE = 0.5;

export interface QualityInterview {
  readonly code: string;
  /** The participant's pseudonymous code. */
  readonly participant: string | null;
  /** Whoever entered the interview (a user id); the caller names it. */
  readonly enumerator: string | null;
  readonly durationMinutes: number | null;
  readonly answers: Answers;
  /** The interview's questionnaire; without it the interview counts nowhere in non-response. */
  readonly version: QuestionnaireVersion | undefined;
}

export interface DuplicateParticipant {
  readonly participant: string;
  /** Interview codes, in the order given. */
  readonly interviews: readonly string[];
}

export interface ShortInterview {
  readonly code: string;
  readonly enumerator: string | null;
  readonly durationMinutes: number;
}

export interface NonResponse {
  /** Answers the questionnaire asked for (the question was relevant). */
  readonly asked: number;
  readonly missing: number;
  /** missing / asked, 0 when nothing was asked. */
  readonly share: number;
}

export interface QuestionNonResponse extends NonResponse {
  readonly question: string;
  readonly label: string;
  readonly labelAr: string | null;
}

export interface EnumeratorNonResponse extends NonResponse {
  readonly enumerator: string | null;
  readonly interviews: number;
}

export function median(values: readonly number[]): number | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
}

/** A missing or zero duration was not recorded, not an instant interview. */
function recordedDuration(interview: QualityInterview): number | undefined {
  const value = interview.durationMinutes;
  return value !== null && Number.isFinite(value) && value > 0 ? value : undefined;
}

/** The median of the recorded durations. */
export function typicalDuration(interviews: readonly QualityInterview[]): number | undefined {
  return median(interviews.flatMap((interview) => recordedDuration(interview) ?? []));
}

/** Interviews under SHORT_INTERVIEW_SHARE of `typical` minutes, shortest first. */
export function shortInterviews(
  interviews: readonly QualityInterview[],
  typical: number | undefined,
): ShortInterview[] {
  if (typical === undefined) return [];
  const limit = typical * SHORT_INTERVIEW_SHARE;
  return interviews
    .flatMap((interview) => {
      const duration = recordedDuration(interview);
      return duration !== undefined && duration < limit
        ? [{ code: interview.code, enumerator: interview.enumerator, durationMinutes: duration }]
        : [];
    })
    .sort((a, b) => a.durationMinutes - b.durationMinutes || (a.code < b.code ? -1 : 1));
}

/** Participants with more than one interview, by participant code. */
export function duplicateParticipants(interviews: readonly QualityInterview[]): DuplicateParticipant[] {
  const byParticipant = Map.groupBy(
    interviews.filter((interview) => interview.participant !== null),
    (interview) => interview.participant ?? '',
  );
  return [...byParticipant]
    .filter(([, group]) => group.length > 1)
    .map(([participant, group]) => ({ participant, interviews: group.map((interview) => interview.code) }))
    .sort((a, b) => (a.participant < b.participant ? -1 : 1));
}

const share = (missing: number, asked: number) => (asked === 0 ? 0 : missing / asked);

/**
 * Item non-response by question (every question asked at least once) and by enumerator, highest share
 * first. A question is asked when it takes an answer and its `relevant` holds for the interview's answers.
 */
export function itemNonResponse(
  interviews: readonly QualityInterview[],
  options: EvaluationOptions = {},
): {
  questions: QuestionNonResponse[];
  enumerators: EnumeratorNonResponse[];
} {
  const questions = new Map<string, { label: string; labelAr: string | null; asked: number; missing: number }>();
  const enumerators = new Map<string | null, { interviews: number; asked: number; missing: number }>();
  for (const interview of interviews) {
    const enumerator = enumerators.get(interview.enumerator) ?? { interviews: 0, asked: 0, missing: 0 };
    enumerators.set(interview.enumerator, enumerator);
    enumerator.interviews += 1;
    if (!interview.version) continue;
    const { relevant } = evaluateForm(interview.version, interview.answers, options);
    for (const question of interview.version.questions) {
      if (!takesAnswer(question) || !relevant.has(question.code)) continue;
      const entry = questions.get(question.code) ?? {
        label: question.label,
        labelAr: question.label_ar ?? null,
        asked: 0,
        missing: 0,
      };
      questions.set(question.code, entry);
      const missing = isBlankAnswer(interview.answers[question.code]) ? 1 : 0;
      entry.asked += 1;
      entry.missing += missing;
      enumerator.asked += 1;
      enumerator.missing += missing;
    }
  }
  return {
    questions: [...questions]
      .map(([question, entry]) => ({ question, ...entry, share: share(entry.missing, entry.asked) }))
      .sort((a, b) => b.share - a.share || (a.question < b.question ? -1 : 1)),
    enumerators: [...enumerators]
      .map(([enumerator, entry]) => ({ enumerator, ...entry, share: share(entry.missing, entry.asked) }))
      .sort((a, b) => b.share - a.share || (String(a.enumerator) < String(b.enumerator) ? -1 : 1)),
  };
}
