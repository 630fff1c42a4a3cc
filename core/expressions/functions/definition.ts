import type { EvaluationContext } from '../context.ts';
import type { Value } from '../values.ts';

/**
 * A function of the language, as data. The parser checks `arity` (and `maxArity`), so `evaluate` always
 * receives that many arguments, already evaluated (no function here needs lazy arguments: evaluation has no side
 * effects and never throws).
 */
export interface FunctionDefinition {
  /** The number of arguments, or the fewest when `maxArity` is given. */
  readonly arity: number;
  /** The most arguments a variadic function (`concat`) or one with optional arguments (`round`) takes. */
  readonly maxArity?: number;
  readonly description: string;
  readonly evaluate: (args: readonly Value[], context: EvaluationContext) => Value;
  /**
   * For the node-set functions: when the argument is a `${code}`, the evaluator passes every value it
   * stands for (see `EvaluationContext.nodes`) here instead of calling `evaluate`.
   */
  readonly evaluateNodes?: (nodes: readonly Value[]) => Value;
}

/** The argument at `index`; the parser's arity check makes the fallback unreachable. */
export function argument(args: readonly Value[], index: number): Value {
  return args[index] ?? '';
}
