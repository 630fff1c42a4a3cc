import type { ExpressionNode } from './ast.ts';
import type { EvaluationContext } from './context.ts';
import type { ExpressionError } from './errors.ts';
import { buildEvaluator } from './evaluator.ts';
import { parse } from './parser.ts';
import { references, type References } from './references.ts';
import { toBoolean, toNumber, toText, type Value } from './values.ts';

/** A parsed expression ready to evaluate many times. Holds no cache: keep it as long as you need it. */
export interface CompiledExpression {
  readonly source: string;
  readonly ast: ExpressionNode;
  readonly references: References;
  evaluate(context: EvaluationContext): Value;
  /** XPath `boolean()` of the value: how relevance and constraints read it. */
  evaluateBoolean(context: EvaluationContext): boolean;
  evaluateNumber(context: EvaluationContext): number;
  evaluateText(context: EvaluationContext): string;
}

export type CompileResult =
  | { readonly ok: true; readonly expression: CompiledExpression }
  | { readonly ok: false; readonly error: ExpressionError };

export function compileAst(source: string, ast: ExpressionNode): CompiledExpression {
  const evaluate = buildEvaluator(ast);
  return {
    source,
    ast,
    references: references(ast),
    evaluate,
    evaluateBoolean: (context) => toBoolean(evaluate(context)),
    evaluateNumber: (context) => toNumber(evaluate(context)),
    evaluateText: (context) => toText(evaluate(context)),
  };
}

export function compile(source: string): CompileResult {
  const parsed = parse(source);
  return parsed.ok ? { ok: true, expression: compileAst(source, parsed.ast) } : parsed;
}
