import type { FunctionName } from './functions/registry.ts';
import type { SourceSpan } from './span.ts';

export type ArithmeticOperator = '+' | '-' | '*' | 'div' | 'mod';
export type ComparisonOperator = '=' | '!=' | '<' | '<=' | '>' | '>=';
export type LogicalOperator = 'and' | 'or';

export interface StringLiteral extends SourceSpan {
  readonly kind: 'string';
  readonly value: string;
}

export interface NumberLiteral extends SourceSpan {
  readonly kind: 'number';
  readonly value: number;
}

/** `${CODE}`: the answer to another question. */
export interface AnswerReference extends SourceSpan {
  readonly kind: 'reference';
  readonly code: string;
}

/** `.`: the answer being checked by a constraint. */
export interface CurrentAnswer extends SourceSpan {
  readonly kind: 'current';
}

export interface Negation extends SourceSpan {
  readonly kind: 'negate';
  readonly operand: ExpressionNode;
}

export interface ArithmeticExpression extends SourceSpan {
  readonly kind: 'arithmetic';
  readonly operator: ArithmeticOperator;
  readonly left: ExpressionNode;
  readonly right: ExpressionNode;
}

export interface ComparisonExpression extends SourceSpan {
  readonly kind: 'comparison';
  readonly operator: ComparisonOperator;
  readonly left: ExpressionNode;
  readonly right: ExpressionNode;
}

export interface LogicalExpression extends SourceSpan {
  readonly kind: 'logical';
  readonly operator: LogicalOperator;
  readonly left: ExpressionNode;
  readonly right: ExpressionNode;
}

export interface FunctionCall extends SourceSpan {
  readonly kind: 'call';
  readonly name: FunctionName;
  readonly args: readonly ExpressionNode[];
}

export type ExpressionNode =
  | StringLiteral
  | NumberLiteral
  | AnswerReference
  | CurrentAnswer
  | Negation
  | ArithmeticExpression
  | ComparisonExpression
  | LogicalExpression
  | FunctionCall;

export type ExpressionKind = ExpressionNode['kind'];
