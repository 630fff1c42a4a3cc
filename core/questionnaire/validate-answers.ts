import {
  constraintMessage,
  invalidTypeMessage,
  noteAnsweredMessage,
  notRelevantMessage,
  requiredMessage,
  unknownQuestionMessage,
  type LocalizedMessage,
} from './answer-messages.ts';
import { answerSchema } from './answer-schemas.ts';
import { isBlankAnswer } from './blank.ts';
import { compileVersion } from './compiled-version.ts';
import { dependencyGraph, withDependents } from './dependency-graph.ts';
import { evaluateForm, type FormState } from './form-state.ts';
import { takesAnswer } from './question-types.ts';
import type { Answers, AnswerValue, EvaluationOptions, Question, QuestionnaireVersion } from './types.ts';

/** `draft` checks types only (an interview in progress); `submit` also relevance, required and constraints. */
export type ValidationMode = 'draft' | 'submit';

export interface ValidationOptions extends EvaluationOptions {
  readonly mode: ValidationMode;
}

export type AnswerRule =
  'unknown_question' | 'invalid_type' | 'not_answerable' | 'not_relevant' | 'required' | 'constraint';

export interface AnswerError {
  /** The question code the error is about (as given, for an unknown one). */
  readonly code: string;
  readonly rule: AnswerRule;
  readonly message: string;
  readonly message_ar?: string;
}

export interface ValidationResult {
  readonly ok: boolean;
  readonly errors: readonly AnswerError[];
  /**
   * The answers to store: known questions only, blanks dropped, typed values as given, and calculate
   * values recomputed by the engine. A null-prototype object, so no key can reach a prototype.
   */
  readonly cleaned: Readonly<Record<string, AnswerValue>>;
}

function answerError(code: string, rule: AnswerRule, { message, message_ar }: LocalizedMessage): AnswerError {
  return { code, rule, message, message_ar };
}

interface TypedAnswers {
  readonly typed: Record<string, AnswerValue>;
  readonly errors: readonly AnswerError[];
}

/**
 * The type layer. Values sent for calculate questions are ignored without error: the engine is the only
 * source of calculations, and a client may send back what it displayed.
 */
function typeAnswers(questions: ReadonlyMap<string, Question>, answers: Answers): TypedAnswers {
  const typed: Record<string, AnswerValue> = Object.create(null);
  const errors: AnswerError[] = [];
  for (const code of Object.keys(answers)) {
    const question = questions.get(code);
    const value = answers[code];
    if (!question) {
      errors.push(answerError(code, 'unknown_question', unknownQuestionMessage(code)));
    } else if (question.type === 'note') {
      if (!isBlankAnswer(value)) errors.push(answerError(code, 'not_answerable', noteAnsweredMessage(code)));
    } else if (!isBlankAnswer(value)) {
      const parsed = answerSchema(question)?.safeParse(value);
      if (parsed?.success) typed[code] = parsed.data;
      else if (parsed) errors.push(answerError(code, 'invalid_type', invalidTypeMessage(question)));
    }
  }
  return { typed, errors };
}

/**
 * The submit layer. A question whose relevance reads, even through calculations, an answer refused by
 * the type layer is not judged: its relevance is unknown until that answer is corrected. The same holds
 * for a constraint that reads such an answer.
 */
function submitErrors(
  version: QuestionnaireVersion,
  typed: Readonly<Record<string, AnswerValue>>,
  state: FormState,
  refused: ReadonlySet<string>,
  options: EvaluationOptions,
): readonly AnswerError[] {
  const compiled = compileVersion(version);
  const undecided = withDependents(dependencyGraph(version), refused);
  const errors: AnswerError[] = [];
  for (const question of version.questions) {
    const { code } = question;
    if (undecided.has(code) || !takesAnswer(question)) continue;
    const answered = Object.hasOwn(typed, code);
    if (!state.relevant.has(code)) {
      if (answered) errors.push(answerError(code, 'not_relevant', notRelevantMessage(code)));
    } else if (!answered) {
      if (question.required) errors.push(answerError(code, 'required', requiredMessage(code)));
    } else {
      const constraint = compiled.get(code)?.constraint;
      const readsRefused = constraint?.references.codes.some((reference) => undecided.has(reference)) ?? false;
      const context = { answers: state.values, current: typed[code], today: options.today };
      if (constraint && !readsRefused && !constraint.evaluateBoolean(context)) {
        errors.push(answerError(code, 'constraint', constraintMessage(question)));
      }
    }
  }
  return errors;
}

/**
 * Checks an interview's answers against a version: types always; in `submit` mode also that only
 * relevant questions are answered, that required relevant questions are, and each answer's constraint
 * (with `.` as the answer). Errors follow the order of the answers for the type layer, then display order.
 */
export function validateAnswers(
  version: QuestionnaireVersion,
  answers: Answers,
  options: ValidationOptions,
): ValidationResult {
  const questions = new Map(version.questions.map((question) => [question.code, question] as const));
  const { typed, errors: typeErrors } = typeAnswers(questions, answers);
  const refused = new Set(typeErrors.map((error) => error.code));
  const state = evaluateForm(version, typed, options);
  const errors = [
    ...typeErrors,
    ...(options.mode === 'submit' ? submitErrors(version, typed, state, refused, options) : []),
  ];
  const cleaned: Record<string, AnswerValue> = Object.assign(Object.create(null), typed, state.calculations);
  return { ok: errors.length === 0, errors, cleaned };
}
