import type { EvaluationContext, Value } from '../expressions/index.ts';
import { isBlankAnswer } from './blank.ts';
import { compileVersion, type CompiledQuestion } from './compiled-version.ts';
import { dependencyGraph, evaluationOrder } from './dependency-graph.ts';
import { repeatStructure, type RepeatStructure } from './repeat-structure.ts';
import type { Answers, EvaluationOptions, Question, QuestionnaireVersion } from './types.ts';

export type CalculatedValue = string | number | boolean;

/** What one instance of a repeat settles, as `FormState` does for the questions outside repeats. */
export interface InstanceState {
  /** The instance's relevant answers and computed values; with the answers outside repeats, what its expressions see. */
  readonly values: Readonly<Record<string, unknown>>;
  readonly calculations: Readonly<Record<string, CalculatedValue>>;
  readonly relevant: ReadonlySet<string>;
  /** What the instance's expressions are evaluated against; a constraint adds `current`. */
  readonly context: EvaluationContext;
}

export interface FormState {
  /**
   * What expressions see: the given answers of relevant questions and the computed values of relevant
   * calculations. A non-relevant question reads as missing, as in ODK, whatever was typed in it. A
   * relevant repeat's value is the list of its instances' values.
   */
  readonly values: Readonly<Record<string, unknown>>;
  /** Computed values of the relevant calculate questions that produced one. */
  readonly calculations: Readonly<Record<string, CalculatedValue>>;
  /** Codes of the relevant questions (outside repeats; a repeat's own code when it is relevant). */
  readonly relevant: ReadonlySet<string>;
  /** Each relevant repeat's instances, in the order given. */
  readonly instances: Readonly<Record<string, readonly InstanceState[]>>;
  /** What expressions outside repeats are evaluated against; a constraint adds `current`. */
  readonly context: EvaluationContext;
}

/**
 * A calculation that gives nothing usable (empty text, NaN or an infinity, e.g. after a division by zero)
 * stores no value: JSON has no NaN, and ODK leaves such a field blank.
 */
function storedCalculation(value: Value): CalculatedValue | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  return value === '' ? undefined : value;
}

function plainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The instances given for a repeat: a list of objects, anything else read as none. */
export function givenInstances(value: unknown): readonly Readonly<Record<string, unknown>>[] {
  return Array.isArray(value) ? value.filter(plainObject) : [];
}

interface Scope {
  readonly values: Record<string, unknown>;
  readonly calculations: Record<string, CalculatedValue>;
  readonly relevant: Set<string>;
}

function emptyScope(): Scope {
  return { values: Object.create(null), calculations: Object.create(null), relevant: new Set() };
}

/** One question settled in a scope: relevance, then its calculated or given value. */
function settle(
  entry: CompiledQuestion,
  scope: Scope,
  answers: Answers,
  context: EvaluationContext,
  seen: Record<string, unknown>,
): boolean {
  const { code, type } = entry.question;
  if (!(entry.relevant?.evaluateBoolean(context) ?? true)) return false;
  scope.relevant.add(code);
  if (type === 'calculate') {
    const previous = Object.hasOwn(answers, code) ? answers[code] : undefined;
    const value = entry.calculation && storedCalculation(entry.calculation.evaluate({ ...context, previous }));
    if (value !== undefined) {
      scope.values[code] = value;
      scope.calculations[code] = value;
      seen[code] = value;
    }
  } else if (type !== 'note' && type !== 'repeat' && Object.hasOwn(answers, code) && !isBlankAnswer(answers[code])) {
    scope.values[code] = answers[code];
    seen[code] = answers[code];
  }
  return true;
}

function choiceLabels(
  compiled: ReadonlyMap<string, CompiledQuestion>,
  language: EvaluationOptions['language'],
): (code: string, value: string) => string | undefined {
  return (code, value) => {
    const choice = compiled.get(code)?.question.choices.find((candidate) => candidate.value === value);
    if (choice === undefined) return undefined;
    return language === 'ar' ? choice.label_ar?.trim() || choice.label : choice.label;
  };
}

/** `count(${R})` sees R's instances, `sum(${Q})` the answers to Q across them. */
function nodesReader(
  values: Readonly<Record<string, unknown>>,
  structure: RepeatStructure,
): (code: string) => readonly unknown[] | undefined {
  return (code) => {
    if (structure.children.has(code)) return givenInstances(values[code]);
    const repeat = structure.repeatOf.get(code);
    if (repeat === undefined) return undefined;
    return givenInstances(values[repeat]).flatMap((instance) =>
      Object.hasOwn(instance, code) ? [instance[code]] : [],
    );
  };
}

/**
 * Settles relevance and calculations, each question after the ones its relevance and calculation read
 * (display order otherwise). A repeat's instances are settled at the repeat's turn, each with its own
 * answers over the ones outside (`${Q}` of the same instance, `position(..)` its number from 1). The
 * answers given for calculations are only read by `once()`. The app's renderer and the server run this
 * same function.
 */
export function evaluateForm(
  version: QuestionnaireVersion,
  answers: Answers,
  options: EvaluationOptions = {},
): FormState {
  const compiled = compileVersion(version);
  const structure = repeatStructure(version);
  const order = evaluationOrder(dependencyGraph(version));
  const top = emptyScope();
  const instances: Record<string, readonly InstanceState[]> = Object.create(null);
  const common = {
    today: options.today,
    nodes: nodesReader(top.values, structure),
    choiceName: choiceLabels(compiled, options.language),
  };
  const context = { ...common, answers: top.values };

  for (const code of order) {
    const entry = compiled.get(code);
    if (!entry || structure.repeatOf.has(code)) continue;
    if (!settle(entry, top, answers, context, top.values) || entry.question.type !== 'repeat') continue;
    const children = order.filter((child) => structure.repeatOf.get(child) === code);
    const states = givenInstances(answers[code]).map((given, index) => {
      const scope = emptyScope();
      const seen: Record<string, unknown> = Object.assign(Object.create(null), top.values);
      const instanceContext = { ...common, answers: seen, position: index + 1 };
      for (const child of children) {
        const childEntry = compiled.get(child);
        if (childEntry) settle(childEntry, scope, given, instanceContext, seen);
      }
      return { ...scope, context: instanceContext };
    });
    top.values[code] = states.map((state) => state.values);
    instances[code] = states;
  }
  return { ...top, instances, context };
}

/** Values of the relevant calculate questions, computed from the answers. */
export function computeCalculations(
  version: QuestionnaireVersion,
  answers: Answers,
  options: EvaluationOptions = {},
): Readonly<Record<string, CalculatedValue>> {
  return evaluateForm(version, answers, options).calculations;
}

/** The questions to show, in display order. */
export function relevantQuestions(
  version: QuestionnaireVersion,
  answers: Answers,
  options: EvaluationOptions = {},
): readonly Question[] {
  const { relevant } = evaluateForm(version, answers, options);
  return version.questions.filter((question) => relevant.has(question.code));
}
