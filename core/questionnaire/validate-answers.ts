import {
  constraintMessage,
  inInstance,
  instancePath,
  inRepeatMessage,
  invalidTypeMessage,
  noteAnsweredMessage,
  notRelevantMessage,
  repeatCountMessage,
  requiredMessage,
  unknownQuestionMessage,
  type InstanceStep,
  type LocalizedMessage,
} from './answer-messages.ts';
import { answerSchema } from './answer-schemas.ts';
import { isBlankAnswer } from './blank.ts';
import { compileVersion } from './compiled-version.ts';
import { dependencyGraph, withDependents } from './dependency-graph.ts';
import { evaluateForm, type CalculatedValue, type FormState, type InstanceState } from './form-state.ts';
import { takesAnswer } from './question-types.ts';
import { repeatStructure, type RepeatStructure } from './repeat-structure.ts';
import type {
  Answers,
  AnswerValue,
  EvaluationOptions,
  Question,
  QuestionnaireVersion,
  RepeatInstance,
  ScalarAnswer,
} from './types.ts';

/** `draft` checks types only (an interview in progress); `submit` also relevance, required and constraints. */
export type ValidationMode = 'draft' | 'submit';

export interface ValidationOptions extends EvaluationOptions {
  readonly mode: ValidationMode;
}

export type AnswerRule =
  | 'unknown_question'
  | 'invalid_type'
  | 'not_answerable'
  | 'not_relevant'
  | 'required'
  | 'constraint'
  | 'in_repeat'
  | 'repeat_count';

/** More instances than any interview of the barometer needs (children, visits, transfers). */
export const MAX_REPEAT_INSTANCES = 100;

export interface AnswerError {
  /** The question code the error is about (as given, for an unknown one). */
  readonly code: string;
  readonly rule: AnswerRule;
  readonly message: string;
  readonly message_ar?: string;
  /** For a question asked in a repeat: the repeat's code and the instance's number, from 1. */
  readonly repeat?: string;
  readonly instance?: number;
  /** For a question asked in a repeat: the instances that lead to it, outermost first (`SIBLINGS[2]/CHILDREN[1]`). */
  readonly path?: string;
}

export interface ValidationResult {
  readonly ok: boolean;
  readonly errors: readonly AnswerError[];
  /**
   * The answers to store: known questions only, blanks dropped, typed values as given, and calculate
   * values recomputed by the engine (in each repeat instance too). A null-prototype object, so no key can
   * reach a prototype.
   */
  readonly cleaned: Readonly<Record<string, AnswerValue>>;
}

/** Where an answer is: outside repeats (empty), or in an instance, outermost repeat first. */
type Where = readonly InstanceStep[];

const OUTSIDE: Where = [];

function answerError(code: string, rule: AnswerRule, text: LocalizedMessage, where: Where = OUTSIDE): AnswerError {
  const { message, message_ar } = inInstance(where, text);
  const last = where.at(-1);
  return {
    code,
    rule,
    message,
    message_ar,
    ...(last === undefined ? {} : { repeat: last.repeat, instance: last.instance, path: instancePath(where) }),
  };
}

interface TypedAnswers {
  readonly typed: Record<string, AnswerValue>;
  readonly errors: readonly AnswerError[];
}

/** One answer's type layer; a note's is refused when given. */
function typeOne(
  question: Question,
  value: unknown,
  typed: Record<string, ScalarAnswer>,
  errors: AnswerError[],
  where: Where = OUTSIDE,
): void {
  const { code } = question;
  if (question.type === 'note') {
    if (!isBlankAnswer(value)) errors.push(answerError(code, 'not_answerable', noteAnsweredMessage(code), where));
  } else if (!isBlankAnswer(value)) {
    const parsed = answerSchema(question)?.safeParse(value);
    if (parsed?.success) typed[code] = parsed.data;
    else if (parsed) errors.push(answerError(code, 'invalid_type', invalidTypeMessage(question), where));
  }
}

function isInstance(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A repeat's answer: a list of at most MAX_REPEAT_INSTANCES objects of its own questions' answers, a repeat
 * nested in it among them.
 */
function typeRepeat(
  repeat: Question,
  value: unknown,
  structure: RepeatStructure,
  errors: AnswerError[],
  where: Where,
): readonly RepeatInstance[] | undefined {
  if (!Array.isArray(value) || value.length > MAX_REPEAT_INSTANCES || !value.every(isInstance)) {
    errors.push(answerError(repeat.code, 'invalid_type', invalidTypeMessage(repeat), where));
    return undefined;
  }
  const children = new Map((structure.children.get(repeat.code) ?? []).map((child) => [child.code, child] as const));
  return value.map((given, index) => {
    const inside = [...where, { repeat: repeat.code, instance: index + 1 }];
    const instance: Record<string, AnswerValue> = Object.create(null);
    for (const code of Object.keys(given)) {
      const question = children.get(code);
      if (question === undefined)
        errors.push(answerError(code, 'unknown_question', unknownQuestionMessage(code), inside));
      else typeInScope(question, given[code], structure, instance, errors, inside);
    }
    return instance;
  });
}

/** One answer of a scope (outside repeats, or an instance): a repeat's instances, or a single answer. */
function typeInScope(
  question: Question,
  value: unknown,
  structure: RepeatStructure,
  typed: Record<string, AnswerValue>,
  errors: AnswerError[],
  where: Where,
): void {
  if (question.type !== 'repeat') {
    typeOne(question, value, typed as Record<string, ScalarAnswer>, errors, where);
    return;
  }
  const instances = isBlankAnswer(value) ? undefined : typeRepeat(question, value, structure, errors, where);
  if (instances !== undefined) typed[question.code] = instances;
}

/**
 * The type layer. Values sent for calculate questions are ignored without error: the engine is the only
 * source of calculations, and a client may send back what it displayed.
 */
function typeAnswers(version: QuestionnaireVersion, answers: Answers): TypedAnswers {
  const questions = new Map(version.questions.map((question) => [question.code, question] as const));
  const structure = repeatStructure(version);
  const typed: Record<string, AnswerValue> = Object.create(null);
  const errors: AnswerError[] = [];
  for (const code of Object.keys(answers)) {
    const question = questions.get(code);
    const value = answers[code];
    const repeat = structure.repeatOf.get(code);
    if (!question) {
      errors.push(answerError(code, 'unknown_question', unknownQuestionMessage(code)));
    } else if (repeat !== undefined) {
      if (!isBlankAnswer(value)) errors.push(answerError(code, 'in_repeat', inRepeatMessage(code, repeat)));
    } else {
      typeInScope(question, value, structure, typed, errors, OUTSIDE);
    }
  }
  return { typed, errors };
}

interface Scope {
  readonly questions: readonly Question[];
  readonly given: Readonly<Record<string, unknown>>;
  readonly state: Pick<InstanceState, 'values' | 'relevant' | 'context'>;
  /** Codes whose relevance or constraint cannot be judged: they read an answer the type layer refused. */
  readonly undecided: ReadonlySet<string>;
  readonly where: Where;
}

/** Relevance, required and constraint of the questions of one scope: outside repeats, or one instance. */
function scopeErrors(version: QuestionnaireVersion, scope: Scope): readonly AnswerError[] {
  const compiled = compileVersion(version);
  const { state, given, undecided, where } = scope;
  const errors: AnswerError[] = [];
  for (const question of scope.questions) {
    const { code } = question;
    if (undecided.has(code)) continue;
    const answered = Object.hasOwn(given, code);
    if (question.type === 'repeat') {
      if (!state.relevant.has(code) && answered)
        errors.push(answerError(code, 'not_relevant', notRelevantMessage(code), where));
      continue;
    }
    if (!takesAnswer(question)) continue;
    if (!state.relevant.has(code)) {
      if (answered) errors.push(answerError(code, 'not_relevant', notRelevantMessage(code), where));
    } else if (!answered) {
      if (question.required) errors.push(answerError(code, 'required', requiredMessage(code), where));
    } else {
      const constraint = compiled.get(code)?.constraint;
      const readsRefused = constraint?.references.codes.some((reference) => undecided.has(reference)) ?? false;
      const context = { ...state.context, current: given[code] };
      if (constraint && !readsRefused && !constraint.evaluateBoolean(context)) {
        errors.push(answerError(code, 'constraint', constraintMessage(question), where));
      }
    }
  }
  return errors;
}

/** A repeat with a `repeat_count` has exactly that many instances once the interview is submitted. */
function repeatCountErrors(
  version: QuestionnaireVersion,
  code: string,
  state: Pick<FormState, 'instances' | 'context'>,
  where: Where,
): readonly AnswerError[] {
  const count = compileVersion(version).get(code)?.repeatCount?.evaluateNumber(state.context);
  const given = state.instances[code]?.length ?? 0;
  if (count === undefined || !Number.isInteger(count) || count < 0 || count === given) return [];
  return [answerError(code, 'repeat_count', repeatCountMessage(code, count, given), where)];
}

/**
 * The submit layer. A question whose relevance reads, even through calculations, an answer refused by
 * the type layer is not judged: its relevance is unknown until that answer is corrected. The same holds
 * for a constraint that reads such an answer, and for every instance of a repeat holding a refused answer
 * at any depth. Each repeat instance is judged in its own context, a nested repeat's within it.
 */
function submitErrors(
  version: QuestionnaireVersion,
  typed: Readonly<Record<string, AnswerValue>>,
  state: FormState,
  typeErrors: readonly AnswerError[],
): readonly AnswerError[] {
  const structure = repeatStructure(version);
  const refused = new Set<string>();
  for (const error of typeErrors) {
    if (error.repeat === undefined) refused.add(error.code);
    else for (const repeat of [...structure.ancestors(error.repeat), error.repeat]) refused.add(repeat);
  }
  const undecided = withDependents(dependencyGraph(version), refused);
  const errors: AnswerError[] = [];
  const judge = (
    repeat: string | undefined,
    given: Readonly<Record<string, unknown>>,
    scopeState: Pick<InstanceState, 'values' | 'relevant' | 'context' | 'instances'>,
    where: Where,
  ): void => {
    const questions =
      repeat === undefined
        ? version.questions.filter((question) => !structure.repeatOf.has(question.code))
        : (structure.children.get(repeat) ?? []);
    errors.push(...scopeErrors(version, { questions, given, state: scopeState, undecided, where }));
    for (const question of questions) {
      const { code } = question;
      if (question.type !== 'repeat' || !scopeState.relevant.has(code) || refused.has(code)) continue;
      errors.push(...repeatCountErrors(version, code, scopeState, where));
      const instances = (given[code] ?? []) as readonly RepeatInstance[];
      (scopeState.instances[code] ?? []).forEach((instanceState, index) => {
        judge(code, instances[index] ?? {}, instanceState, [...where, { repeat: code, instance: index + 1 }]);
      });
    }
  };
  judge(undefined, typed, state, OUTSIDE);
  return errors;
}

type Instances = Readonly<Record<string, readonly InstanceState[]>>;

/**
 * What to store: typed answers and computed values, a repeat's instances each with their own calculations
 * and their own nested repeats'.
 */
function cleanedAnswers(
  typed: Readonly<Record<string, AnswerValue>>,
  calculations: Readonly<Record<string, CalculatedValue>>,
  instances: Instances,
): Record<string, AnswerValue> {
  const cleaned: Record<string, AnswerValue> = Object.assign(Object.create(null), typed, calculations);
  for (const [repeat, states] of Object.entries(instances)) {
    const given = typed[repeat];
    if (!Array.isArray(given)) continue;
    cleaned[repeat] = (given as readonly RepeatInstance[]).map((instance, index) => {
      const state = states[index];
      return state === undefined ? instance : cleanedAnswers(instance, state.calculations, state.instances);
    });
  }
  return cleaned;
}

/**
 * The typed answers with the values the client sent for calculations, which only `once()` reads: outside
 * repeats and in each instance, where each keeps its own.
 */
function withPreviousCalculations(
  questions: ReadonlyMap<string, Question>,
  typed: Readonly<Record<string, AnswerValue>>,
  answers: Answers,
): Record<string, unknown> {
  const merged: Record<string, unknown> = Object.assign(Object.create(null), typed);
  for (const code of Object.keys(answers)) {
    const question = questions.get(code);
    const value = answers[code];
    if (question?.type === 'calculate' && ['string', 'number', 'boolean'].includes(typeof value)) merged[code] = value;
    const instances = typed[code];
    if (question?.type === 'repeat' && Array.isArray(instances) && Array.isArray(value)) {
      merged[code] = (instances as readonly RepeatInstance[]).map((instance, index) =>
        withPreviousCalculations(questions, instance, isInstance(value[index]) ? value[index] : {}),
      );
    }
  }
  return merged;
}

/**
 * Checks an interview's answers against a version: types always; in `submit` mode also that only
 * relevant questions are answered, that required relevant questions are, and each answer's constraint
 * (with `.` as the answer); in a repeat, the same for each instance, and its `repeat_count`. Errors follow
 * the order of the answers for the type layer, then display order, repeats' instances last.
 */
export function validateAnswers(
  version: QuestionnaireVersion,
  answers: Answers,
  options: ValidationOptions,
): ValidationResult {
  const { typed, errors: typeErrors } = typeAnswers(version, answers);
  const questions = new Map(version.questions.map((question) => [question.code, question] as const));
  const state = evaluateForm(version, withPreviousCalculations(questions, typed, answers), options);
  const errors = [...typeErrors, ...(options.mode === 'submit' ? submitErrors(version, typed, state, typeErrors) : [])];
  return { ok: errors.length === 0, errors, cleaned: cleanedAnswers(typed, state.calculations, state.instances) };
}
