import { toNumber, type Value } from '../values.ts';
import type { FunctionDefinition } from './definition.ts';

/** Applied to an argument that is not a `${code}` (`count(1)`), a function sees that one value. */
function asNodes(
  evaluateNodes: (nodes: readonly Value[]) => Value,
): Pick<FunctionDefinition, 'evaluate' | 'evaluateNodes'> {
  return { evaluate: (args) => evaluateNodes(args), evaluateNodes };
}

/** XPath's `max()`/`min()` of ODK: NaN as soon as one value is not a number, NaN for no value. */
function extreme(pick: (a: number, b: number) => number): (nodes: readonly Value[]) => number {
  return (nodes) => (nodes.length === 0 ? Number.NaN : nodes.map(toNumber).reduce((a, b) => pick(a, b)));
}

/**
 * What repeats need: counting instances, adding one question's answers across them, the instance being
 * evaluated. A `${code}` argument stands for every value it has (`EvaluationContext.nodes`).
 * @see https://www.w3.org/TR/1999/REC-xpath-19991116/#section-Node-Set-Functions
 * @see https://getodk.github.io/xforms-spec/#fn:max
 */
export const repeatFunctions = {
  count: {
    arity: 1,
    description: 'the number of instances of a repeat, or of answers to one of its questions',
    ...asNodes((nodes) => nodes.length),
  },
  sum: {
    arity: 1,
    description: 'the sum of the answers to a question of a repeat, across its instances (0 for none)',
    ...asNodes((nodes) => nodes.reduce<number>((total, node) => total + toNumber(node), 0)),
  },
  max: {
    arity: 1,
    description: 'the largest answer to a question of a repeat (NaN when one is not a number or none is given)',
    ...asNodes(extreme(Math.max)),
  },
  min: {
    arity: 1,
    description: 'the smallest answer to a question of a repeat (NaN when one is not a number or none is given)',
    ...asNodes(extreme(Math.min)),
  },
  /** Written `position(..)`, as pyxform's users do (see the parser). */
  position: {
    arity: 0,
    description: 'the number (from 1) of the repeat instance being evaluated, 0 outside a repeat',
    evaluate: (_args, context) => context.position ?? 0,
  },
} as const satisfies Record<string, FunctionDefinition>;
