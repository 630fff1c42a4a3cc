import { expressionError, type ExpressionError } from './errors.ts';
import { parse } from './parser.ts';
import { currentAnswerNodes, referenceNodes } from './references.ts';

export interface CheckOptions {
  /** True for a constraint, the only place where `.` (the answer being checked) means something. */
  readonly allowCurrent?: boolean | undefined;
}

/**
 * Every problem of an expression against the question codes it may name: the parse error, or else each
 * unknown code and each misplaced `.`, all with their positions. An empty list means the expression is fine.
 */
export function check(
  source: string,
  knownCodes: ReadonlySet<string> | readonly string[],
  options: CheckOptions = {},
): readonly ExpressionError[] {
  const parsed = parse(source);
  if (!parsed.ok) return [parsed.error];
  const known: ReadonlySet<string> = knownCodes instanceof Set ? knownCodes : new Set(knownCodes);
  const unknownCodes = referenceNodes(parsed.ast)
    .filter((node) => !known.has(node.code))
    .map((node) => expressionError('unknown-code', { code: node.code }, node));
  const misplacedCurrent = options.allowCurrent
    ? []
    : currentAnswerNodes(parsed.ast).map((node) => expressionError('current-outside-constraint', {}, node));
  return [...unknownCodes, ...misplacedCurrent].sort((a, b) => a.position - b.position);
}
