import type { AnswerReference, CurrentAnswer, ExpressionNode } from './ast.ts';
import { nodesOf } from './walk.ts';

export interface References {
  /** Distinct question codes named with `${CODE}`, in order of first appearance. */
  readonly codes: readonly string[];
  /** Whether `.` (the current answer) appears. */
  readonly usesCurrent: boolean;
}

/** Every `${CODE}` of the expression with its position, repeats included. */
export function referenceNodes(ast: ExpressionNode): readonly AnswerReference[] {
  return [...nodesOf(ast)].filter((node) => node.kind === 'reference');
}

/** Every `.` of the expression with its position. */
export function currentAnswerNodes(ast: ExpressionNode): readonly CurrentAnswer[] {
  return [...nodesOf(ast)].filter((node) => node.kind === 'current');
}

/** What an expression depends on, without evaluating it: for publish checks and dependency graphs. */
export function references(ast: ExpressionNode): References {
  const codes = new Set(referenceNodes(ast).map((node) => node.code));
  return { codes: [...codes], usesCurrent: currentAnswerNodes(ast).length > 0 };
}
