import type { CompiledIndicator } from './compile-indicator.ts';
import type { EvaluationContext } from '../expressions/index.ts';

export type IndicatorValues =
  | { readonly type: 'proportion'; readonly values: readonly (0 | 1 | null)[] }
  | { readonly type: 'mean'; readonly values: readonly (number | null)[] };

/** ODK's "no answer": such an answer is neither stored nor counted as given. */
function isMissing(answer: unknown): boolean {
  return answer === null || answer === undefined || answer === '' || (Array.isArray(answer) && answer.length === 0);
}

function hasAnswers(context: EvaluationContext, codes: readonly string[]): boolean {
  for (const code of codes) {
    if (!Object.hasOwn(context.answers, code) || isMissing(context.answers[code])) return false;
  }
  return true;
}

/**
 * One value per interview: null outside the denominator, which an interview leaves when its
 * denominator condition is false, when a question its numerator reads has no answer, or when a
 * question its denominator reads has no answer and the denominator does not test that answer for
 * emptiness (oracle README: XPath would read a missing answer as '' and count a missing
 * `${X} = 'yes'` as a no; R's NA drops it from `subset(design, released == 1)`).
 * A proportion's numerator is read as a condition; a mean's as a number, where a non-finite one
 * (text, division by zero) has no value.
 */
export function indicatorValues(indicator: CompiledIndicator, contexts: readonly EvaluationContext[]): IndicatorValues {
  const { numerator, denominator, numeratorCodes, denominatorCodes, definition } = indicator;
  const inDenominator = (context: EvaluationContext): boolean =>
    hasAnswers(context, numeratorCodes) &&
    (denominator === null || (hasAnswers(context, denominatorCodes) && denominator.evaluateBoolean(context)));
  if (definition.type === 'proportion') {
    return {
      type: 'proportion',
      values: contexts.map((context) => (inDenominator(context) ? (numerator.evaluateBoolean(context) ? 1 : 0) : null)),
    };
  }
  return {
    type: 'mean',
    values: contexts.map((context) => {
      if (!inDenominator(context)) return null;
      const value = numerator.evaluateNumber(context);
      return Number.isFinite(value) ? value : null;
    }),
  };
}
