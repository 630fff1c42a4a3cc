export type {
  AnswerReference,
  ArithmeticExpression,
  ArithmeticOperator,
  ComparisonExpression,
  ComparisonOperator,
  CurrentAnswer,
  ExpressionKind,
  ExpressionNode,
  FunctionCall,
  LogicalExpression,
  LogicalOperator,
  Negation,
  NumberLiteral,
  StringLiteral,
} from './ast.ts';
export { canonicalText } from './canonical.ts';
export { check, type CheckOptions } from './check.ts';
export { QUESTION_CODE_PATTERN, isQuestionCodeSyntax } from './code-pattern.ts';
export { compile, compileAst, type CompileResult, type CompiledExpression } from './compile.ts';
export type { EvaluationContext } from './context.ts';
export { isIsoDate, isoDateToDays, localIsoDate } from './dates.ts';
export type { ExpressionError, ExpressionErrorCode } from './errors.ts';
export { buildEvaluator, type Evaluator } from './evaluator.ts';
export type { FunctionDefinition } from './functions/definition.ts';
export { functionRegistry, isFunctionName, type FunctionName } from './functions/registry.ts';
export { MAX_NESTING_DEPTH, MAX_SOURCE_LENGTH } from './limits.ts';
export { parse, type ParseResult } from './parser.ts';
export { currentAnswerNodes, referenceNodes, references, type References } from './references.ts';
export type { SourceSpan } from './span.ts';
export { fromAnswer, toBoolean, toNumber, toText, type Value } from './values.ts';
