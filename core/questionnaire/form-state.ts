import type { EvaluationContext, Value } from '../expressions/index.ts';
import { isBlankAnswer } from './blank.ts';
import { compileVersion, type CompiledQuestion } from './compiled-version.ts';
import { dependencyGraph, evaluationOrder } from './dependency-graph.ts';
import { repeatStructure, type RepeatStructure } from './repeat-structure.ts';
import type { Answers, EvaluationOptions, Question, QuestionnaireVersion } from './types.ts';

export type CalculatedValue = string | number | boolean;

/** What one instance of a repeat settles, as `FormState` does for the questions outside repeats. */
export interface InstanceState {
  /**
   * The instance's relevant answers and computed values (a nested repeat's as the list of its instances'
   * values); with the values of the instances and answers around it, what its expressions see.
   */
  readonly values: Readonly<Record<string, unknown>>;
  readonly calculations: Readonly<Record<string, CalculatedValue>>;
  readonly relevant: ReadonlySet<string>;
  /** Each relevant repeat nested in this one: its instances within this instance, in the order given. */
  readonly instances: Readonly<Record<string, readonly InstanceState[]>>;
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

/**
 * `count(${R})` sees R's instances, `sum(${Q})` the answers to Q across them: within the instances the
 * reader is in (its `scope`, outermost first), and across every instance of the repeats it is not in, so that
 * outside a repeat of repeats `count(${CHILD})` counts every child of every sibling.
 */
function nodesReader(
  values: Readonly<Record<string, unknown>>,
  scope: readonly string[],
  structure: RepeatStructure,
): (code: string) => readonly unknown[] | undefined {
  return (code) => {
    const path = structure.children.has(code) ? [...structure.ancestors(code), code] : structure.ancestors(code);
    let shared = 0;
    while (shared < scope.length && path[shared] === scope[shared]) shared += 1;
    const [first, ...deeper] = path.slice(shared);
    if (first === undefined) return undefined;
    let instances = givenInstances(values[first]);
    for (const repeat of deeper) instances = instances.flatMap((instance) => givenInstances(instance[repeat]));
    if (structure.children.has(code)) return instances;
    return instances.flatMap((instance) => (Object.hasOwn(instance, code) ? [instance[code]] : []));
  };
}

interface Evaluation {
  readonly compiled: ReadonlyMap<string, CompiledQuestion>;
  readonly structure: RepeatStructure;
  readonly order: readonly string[];
  readonly common: Pick<EvaluationContext, 'today' | 'choiceName'>;
}

/**
 * Settles the questions of one scope (outside repeats, or one instance: `repeat` its repeat), in evaluation
 * order; a repeat among them at its turn, each of its instances as a scope of its own that sees `seen`, the
 * values around it, under its own.
 */
function settleScope(
  evaluation: Evaluation,
  repeat: string | undefined,
  given: Answers,
  seen: Record<string, unknown>,
  position: number | undefined,
): Scope & { readonly instances: Record<string, readonly InstanceState[]>; readonly context: EvaluationContext } {
  const { compiled, structure, order, common } = evaluation;
  const scope = emptyScope();
  const instances: Record<string, readonly InstanceState[]> = Object.create(null);
  const path = repeat === undefined ? [] : [...structure.ancestors(repeat), repeat];
  const context: EvaluationContext = {
    ...common,
    answers: seen,
    nodes: nodesReader(seen, path, structure),
    ...(position === undefined ? {} : { position }),
  };
  for (const code of order) {
    const entry = compiled.get(code);
    if (!entry || structure.repeatOf.get(code) !== repeat) continue;
    if (!settle(entry, scope, given, context, seen) || entry.question.type !== 'repeat') continue;
    const states = givenInstances(given[code]).map((answers, index) =>
      settleScope(evaluation, code, answers, Object.assign(Object.create(null), seen), index + 1),
    );
    scope.values[code] = states.map((state) => state.values);
    seen[code] = scope.values[code];
    instances[code] = states;
  }
  return { ...scope, instances, context };
}

/**
 * Settles relevance and calculations, each question after the ones its relevance and calculation read
 * (display order otherwise). A repeat's instances are settled at the repeat's turn, each with its own
 * answers over the ones around it (`${Q}` of the same instance, of the instance it is nested in, or outside;
 * `position(..)` its number from 1 within its repeat). The answers given for calculations are only read by
 * `once()`, in the scope they were given in. The app's renderer and the server run this same function.
 */
export function evaluateForm(
  version: QuestionnaireVersion,
  answers: Answers,
  options: EvaluationOptions = {},
): FormState {
  const compiled = compileVersion(version);
  const evaluation: Evaluation = {
    compiled,
    structure: repeatStructure(version),
    order: evaluationOrder(dependencyGraph(version)),
    common: { today: options.today, choiceName: choiceLabels(compiled, options.language) },
  };
  const top = settleScope(evaluation, undefined, answers, Object.create(null), undefined);
  return {
    values: top.values,
    calculations: top.calculations,
    relevant: top.relevant,
    instances: top.instances,
    context: top.context,
  };
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
