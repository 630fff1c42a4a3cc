import type { ExpressionNode } from './ast.ts';
import { assertNever } from './assert-never.ts';
import type { EvaluationContext } from './context.ts';
import { functionDefinition } from './functions/registry.ts';
import { arithmetic, comparison } from './operators.ts';
import { fromAnswer, toBoolean, toNumber, type Value } from './values.ts';

export type Evaluator = (context: EvaluationContext) => Value;

function answerOf(answers: Readonly<Record<string, unknown>>, code: string): Value {
  return Object.hasOwn(answers, code) ? fromAnswer(answers[code]) : '';
}

/**
 * Without `context.nodes` (an indicator reading stored answers), a repeat's stored answer still counts
 * its instances: `count(${REPEAT})` works wherever the answers are.
 */
function nodesOf(context: EvaluationContext, code: string): readonly Value[] {
  const nodes = context.nodes?.(code);
  if (nodes !== undefined) return nodes.map(fromAnswer);
  if (!Object.hasOwn(context.answers, code)) return [];
  const answer = context.answers[code];
  if (
    Array.isArray(answer) &&
    (answer.length === 0 || answer.some((item) => typeof item === 'object' && item !== null))
  ) {
    return answer.filter((item) => typeof item === 'object' && item !== null).map(fromAnswer);
  }
  return [fromAnswer(answer)];
}

/**
 * Turns a syntax tree into a function of the answers, once, so that evaluating it for each interview
 * walks no tree. Evaluation never throws.
 */
export function buildEvaluator(node: ExpressionNode): Evaluator {
  switch (node.kind) {
    case 'string':
    case 'number': {
      const { value } = node;
      return () => value;
    }
    case 'reference': {
      const { code } = node;
      return (context) => answerOf(context.answers, code);
    }
    case 'current':
      return (context) => fromAnswer(context.current);
    case 'negate': {
      const operand = buildEvaluator(node.operand);
      return (context) => -toNumber(operand(context));
    }
    case 'arithmetic': {
      const apply = arithmetic[node.operator];
      const left = buildEvaluator(node.left);
      const right = buildEvaluator(node.right);
      return (context) => apply(toNumber(left(context)), toNumber(right(context)));
    }
    case 'comparison': {
      const compare = comparison[node.operator];
      const left = buildEvaluator(node.left);
      const right = buildEvaluator(node.right);
      return (context) => compare(left(context), right(context));
    }
    case 'logical': {
      const left = buildEvaluator(node.left);
      const right = buildEvaluator(node.right);
      return node.operator === 'and'
        ? (context) => toBoolean(left(context)) && toBoolean(right(context))
        : (context) => toBoolean(left(context)) || toBoolean(right(context));
    }
    case 'call': {
      const { evaluate, evaluateNodes } = functionDefinition(node.name);
      const [first] = node.args;
      if (evaluateNodes && first?.kind === 'reference') {
        const { code } = first;
        return (context) => evaluateNodes(nodesOf(context, code));
      }
      const args = node.args.map(buildEvaluator);
      return (context) =>
        evaluate(
          args.map((argument) => argument(context)),
          context,
        );
    }
    default:
      return assertNever(node);
  }
}
