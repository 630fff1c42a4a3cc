import type { Value } from '../expressions/index.ts';
import { isBlankAnswer } from './blank.ts';
import { compileVersion } from './compiled-version.ts';
import { dependencyGraph, evaluationOrder } from './dependency-graph.ts';
import type { Answers, EvaluationOptions, Question, QuestionnaireVersion } from './types.ts';

export type CalculatedValue = string | number | boolean;

export interface FormState {
  /**
   * What expressions see: the given answers of relevant questions and the computed values of relevant
   * calculations. A non-relevant question reads as missing, as in ODK, whatever was typed in it.
   */
  readonly values: Readonly<Record<string, unknown>>;
  /** Computed values of the relevant calculate questions that produced one. */
  readonly calculations: Readonly<Record<string, CalculatedValue>>;
  /** Codes of the relevant questions. */
  readonly relevant: ReadonlySet<string>;
}

/**
 * A calculation that gives nothing usable (empty text, NaN or an infinity, e.g. after a division by zero)
 * stores no value: JSON has no NaN, and ODK leaves such a field blank.
 */
function storedCalculation(value: Value): CalculatedValue | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  return value === '' ? undefined : value;
}

/**
 * Settles relevance and calculations, each question after the ones its relevance and calculation read
 * (display order otherwise). The app's renderer and the server run this same function.
 */
export function evaluateForm(
  version: QuestionnaireVersion,
  answers: Answers,
  options: EvaluationOptions = {},
): FormState {
  const compiled = compileVersion(version);
  const values: Record<string, unknown> = Object.create(null);
  const calculations: Record<string, CalculatedValue> = Object.create(null);
  const relevant = new Set<string>();
  const context = { answers: values, today: options.today };

  for (const code of evaluationOrder(dependencyGraph(version))) {
    const entry = compiled.get(code);
    if (!entry || !(entry.relevant?.evaluateBoolean(context) ?? true)) continue;
    relevant.add(code);
    if (entry.question.type === 'calculate') {
      const value = entry.calculation && storedCalculation(entry.calculation.evaluate(context));
      if (value !== undefined) {
        values[code] = value;
        calculations[code] = value;
      }
    } else if (entry.question.type !== 'note' && Object.hasOwn(answers, code) && !isBlankAnswer(answers[code])) {
      values[code] = answers[code];
    }
  }
  return { values, calculations, relevant };
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
