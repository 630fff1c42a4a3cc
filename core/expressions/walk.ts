import type { ExpressionNode } from './ast.ts';
import { assertNever } from './assert-never.ts';

export function childrenOf(node: ExpressionNode): readonly ExpressionNode[] {
  switch (node.kind) {
    case 'string':
    case 'number':
    case 'reference':
    case 'current':
      return [];
    case 'negate':
      return [node.operand];
    case 'arithmetic':
    case 'comparison':
    case 'logical':
      return [node.left, node.right];
    case 'call':
      return node.args;
    default:
      return assertNever(node);
  }
}

/**
 * Every node in source order (pre-order, left to right). Iterative, so long chains such as
 * `${A} + ${B} + ...` cost no stack.
 */
export function* nodesOf(root: ExpressionNode): Generator<ExpressionNode> {
  const pending: ExpressionNode[] = [root];
  for (let node = pending.pop(); node; node = pending.pop()) {
    yield node;
    pending.push(...[...childrenOf(node)].reverse());
  }
}
