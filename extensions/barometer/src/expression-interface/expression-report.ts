import { check, parse, referenceNodes, references, type ExpressionError } from '../../../../core/expressions/index.ts';

/** Which question codes an expression may name, as far as the interface could find out. */
export type CodeScope =
  /** A question's expression: the codes of its own instrument version. */
  | { readonly kind: 'version'; readonly codes: ReadonlySet<string> }
  /** An indicator's expression: the codes of every published version. */
  | { readonly kind: 'published'; readonly codes: ReadonlySet<string> }
  /** Codes not known (no version yet, or they could not be loaded): only the syntax is checked. */
  | { readonly kind: 'unchecked' };

export interface ExpressionProblem {
  readonly message: string;
  /** 0-based character offset, as `check` reports it. */
  readonly position: number;
  /** 1-based, for people. */
  readonly line: number;
  readonly column: number;
  /** The line of the source holding the problem, and under it a caret line pointing at it. */
  readonly sourceLine: string;
  readonly caret: string;
}

export interface UsedCode {
  readonly code: string;
  /** Null when the scope is unchecked. */
  readonly known: boolean | null;
}

/**
 * What the field may claim: `valid` only when every check ran, codes included; `unchecked` when the
 * syntax is right but the codes it reads could not be checked, which is not a tick.
 */
export type ExpressionVerdict = 'empty' | 'valid' | 'invalid' | 'unchecked';

export interface ExpressionReport {
  readonly verdict: ExpressionVerdict;
  readonly problems: readonly ExpressionProblem[];
  readonly codes: readonly UsedCode[];
}

const EMPTY: ExpressionReport = { verdict: 'empty', problems: [], codes: [] };

/** `check` words an unknown code for a questionnaire version; an indicator reads every published one. */
function messageOf(error: ExpressionError, scope: CodeScope, codeAt: ReadonlyMap<number, string>): string {
  const code = codeAt.get(error.position);
  if (error.code === 'unknown-code' && scope.kind === 'published' && code !== undefined) {
    return `La question « ${code} » n'existe dans aucune version publiée`;
  }
  return error.messageFr;
}

/** Characters of context kept on each side of a problem in a long line, so that the caret stays in view. */
const CONTEXT = 32;

/**
 * Places the caret under the problem: `^` then `~` along its length, cut at the end of its line. A long
 * line is shown as a window around the problem, with `…` where it was cut.
 */
function locate(source: string, error: ExpressionError, message: string): ExpressionProblem {
  const before = source.slice(0, error.position);
  const lineStart = before.lastIndexOf('\n') + 1;
  const nextBreak = source.indexOf('\n', error.position);
  // Tabs would shift the caret by a different width than the spaces under them.
  const line = source.slice(lineStart, nextBreak === -1 ? source.length : nextBreak).replaceAll('\t', ' ');
  const column = error.position - lineStart;
  const from = Math.max(0, column - CONTEXT);
  const to = Math.min(line.length, column + Math.max(error.length, 1) + CONTEXT);
  const head = from > 0 ? '…' : '';
  const shown = `${head}${line.slice(from, to)}${to < line.length ? '…' : ''}`;
  const offset = column - from + head.length;
  const underlined = Math.max(1, Math.min(error.length, to - column));
  return {
    message,
    position: error.position,
    line: before.split('\n').length,
    column: column + 1,
    sourceLine: shown,
    caret: `${' '.repeat(offset)}^${'~'.repeat(underlined - 1)}`,
  };
}

/**
 * What the coordinator needs to see while typing an expression: every problem `check` finds, with its
 * place, and the question codes it reads. A blank field is no expression, which is fine.
 */
export function expressionReport(
  source: string | null | undefined,
  scope: CodeScope,
  allowCurrent: boolean,
): ExpressionReport {
  if (!source || source.trim() === '') return EMPTY;
  const parsed = parse(source);
  const used = parsed.ok ? references(parsed.ast).codes : [];
  const codeAt = new Map(
    parsed.ok ? referenceNodes(parsed.ast).map((node) => [node.position, node.code] as const) : [],
  );
  const known = scope.kind === 'unchecked' ? new Set(used) : scope.codes;
  const problems = check(source, known, { allowCurrent }).map((error) =>
    locate(source, error, messageOf(error, scope, codeAt)),
  );
  const unchecked = scope.kind === 'unchecked' && used.length > 0;
  return {
    verdict: problems.length > 0 ? 'invalid' : unchecked ? 'unchecked' : 'valid',
    problems,
    codes: used.map((code) => ({ code, known: scope.kind === 'unchecked' ? null : scope.codes.has(code) })),
  };
}
