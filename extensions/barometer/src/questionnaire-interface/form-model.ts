import {
  evaluateForm,
  takesAnswer,
  validateAnswers,
  type AnswerError,
  type AnswerValue,
  type EvaluationOptions,
  type FormState,
  type Question,
  type QuestionnaireVersion,
  type Section,
} from '../../../../core/questionnaire/index.ts';
import type { UiLanguage } from '../shared-app/ui-language.ts';

/** What the enumerator entered, keyed by question code; may hold answers of questions hidden since. */
export type RawAnswers = Readonly<Record<string, unknown>>;

export interface SectionGroup {
  /** Null for the questions that belong to no section. */
  readonly section: Section | null;
  readonly questions: readonly Question[];
}

export interface Progress {
  readonly answered: number;
  readonly total: number;
}

/** Sections in their order, each with its questions in display order; questions without a section last. */
export function sectionGroups(version: QuestionnaireVersion): readonly SectionGroup[] {
  const known = new Set(version.sections.map((section) => section.code));
  const groups: SectionGroup[] = version.sections.map((section) => ({
    section,
    questions: version.questions.filter((question) => question.section === section.code),
  }));
  const orphans = version.questions.filter((question) => !question.section || !known.has(question.section));
  if (orphans.length > 0) groups.push({ section: null, questions: orphans });
  return groups.filter((group) => group.questions.length > 0);
}

/** Where a question is answered: outside repeats, or in one instance (0-based index) of a repeat. */
export interface Scope {
  readonly repeat: string;
  readonly index: number;
}

/** The key of a question's message and touched state: its code, with the instance inside a repeat. */
export function scopedKey(code: string, scope?: Scope): string {
  return scope === undefined ? code : `${scope.repeat}#${scope.index + 1}:${code}`;
}

/** The instances of a repeat as entered: objects only. */
export function instancesOf(answers: RawAnswers, repeat: string): readonly Readonly<Record<string, unknown>>[] {
  const value = answers[repeat];
  return Array.isArray(value)
    ? value.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null)
    : [];
}

function keepRelevant(
  given: Readonly<Record<string, unknown>>,
  relevant: ReadonlySet<string>,
): Record<string, unknown> {
  const kept: Record<string, unknown> = Object.create(null);
  for (const code of Object.keys(given)) {
    if (relevant.has(code)) kept[code] = given[code];
  }
  return kept;
}

/**
 * The answers of the questions that apply now: what may be stored and what the checks look at. In a
 * repeat, each instance keeps the answers that apply in it.
 */
export function relevantAnswers(state: FormState, answers: RawAnswers): Record<string, unknown> {
  const kept = keepRelevant(answers, state.relevant);
  for (const [repeat, instances] of Object.entries(state.instances)) {
    if (!Object.hasOwn(kept, repeat)) continue;
    kept[repeat] = instancesOf(answers, repeat).map((given, index) =>
      keepRelevant(given, instances[index]?.relevant ?? new Set()),
    );
  }
  return kept;
}

/**
 * The value to store in `interviews.answers`: answers of relevant questions only (a hidden question's
 * answer is dropped, as ODK does), blanks and mistyped values left out, calculations recomputed.
 * Null when nothing is left, so that an untouched interview stays as it was.
 */
export function storedAnswers(
  version: QuestionnaireVersion,
  answers: RawAnswers,
  options: EvaluationOptions = {},
): Record<string, AnswerValue> | null {
  const state = evaluateForm(version, answers, options);
  const { cleaned } = validateAnswers(version, relevantAnswers(state, answers), { ...options, mode: 'draft' });
  const stored: Record<string, AnswerValue> = { ...cleaned };
  return Object.keys(stored).length > 0 ? stored : null;
}

/**
 * Answered out of the relevant questions that take an answer (notes and calculations do not count); a
 * repeat's questions count once per instance.
 */
export function progress(version: QuestionnaireVersion, state: FormState): Progress {
  const scopes = [state, ...Object.values(state.instances).flat()];
  const asked = scopes.flatMap((scope) =>
    version.questions
      .filter((question) => takesAnswer(question) && scope.relevant.has(question.code))
      .map((question) => ({ scope, question })),
  );
  return {
    answered: asked.filter(({ scope, question }) => Object.hasOwn(scope.values, question.code)).length,
    total: asked.length,
  };
}

export interface MessageVisibility {
  /** Codes the enumerator has answered or left. */
  readonly touched: ReadonlySet<string>;
  /** True once the interview is being submitted: every problem shows, untouched questions included. */
  readonly showAll: boolean;
}

const REQUIRED: Readonly<Record<UiLanguage, string>> = {
  fr: 'Réponse obligatoire.',
  ar: 'هذا السؤال إجباري.',
};

function errorText(error: AnswerError, language: UiLanguage): string {
  if (error.rule === 'required') return REQUIRED[language];
  return language === 'ar' && error.message_ar ? error.message_ar : error.message;
}

/**
 * The message to show beside each question (keyed by `scopedKey`), in the user's language. A stored value of the wrong type
 * shows at once (it came from elsewhere and would be lost); a broken constraint once the question is
 * touched; a missing required answer only when the interview is submitted, since enumerators often skip
 * a question and come back to it.
 */
export function visibleMessages(
  version: QuestionnaireVersion,
  answers: RawAnswers,
  visibility: MessageVisibility,
  language: UiLanguage,
  options: EvaluationOptions = {},
): ReadonlyMap<string, string> {
  const state = evaluateForm(version, answers, options);
  const { errors } = validateAnswers(version, relevantAnswers(state, answers), { ...options, mode: 'submit' });
  const messages = new Map<string, string>();
  for (const error of errors) {
    const scope =
      error.repeat === undefined || error.instance === undefined
        ? undefined
        : { repeat: error.repeat, index: error.instance - 1 };
    const key = scopedKey(error.code, scope);
    const shown =
      error.rule === 'invalid_type' || visibility.showAll || (error.rule !== 'required' && visibility.touched.has(key));
    if (shown && !messages.has(key)) messages.set(key, errorText(error, language));
  }
  return messages;
}
