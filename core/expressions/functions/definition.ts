import type { EvaluationContext } from '../context.ts';
import type { Value } from '../values.ts';

/**
 * A function of the language, as data. The parser checks `arity`, so `evaluate` always receives exactly
 * that many arguments, already evaluated (no function here needs lazy arguments: evaluation has no side
 * effects and never throws).
 */
export interface FunctionDefinition {
  readonly arity: number;
  readonly description: string;
  readonly evaluate: (args: readonly Value[], context: EvaluationContext) => Value;
}

/** The argument at `index`; the parser's arity check makes the fallback unreachable. */
export function argument(args: readonly Value[], index: number): Value {
  return args[index] ?? '';
}
