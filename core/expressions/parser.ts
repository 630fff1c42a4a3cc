import type { ArithmeticOperator, ComparisonOperator, ExpressionNode, LogicalOperator } from './ast.ts';
import { assertNever } from './assert-never.ts';
import { expressionError, type ExpressionError } from './errors.ts';
import { functionDefinition, isFunctionName } from './functions/registry.ts';
import { MAX_NESTING_DEPTH, MAX_SOURCE_LENGTH } from './limits.ts';
import { spanBetween, type SourceSpan } from './span.ts';
import { tokenize } from './tokenizer.ts';
import { tokenText, type Token } from './tokens.ts';

export type ParseResult =
  { readonly ok: true; readonly ast: ExpressionNode } | { readonly ok: false; readonly error: ExpressionError };

/** Carries an error out of the recursive descent; never escapes `parse`. */
class ParseFailure extends Error {
  readonly error: ExpressionError;

  constructor(error: ExpressionError) {
    super(error.message);
    this.error = error;
  }
}

/** One precedence level: its operators and the node kind they build. */
type PrecedenceLevel =
  | { readonly kind: 'logical'; readonly operators: readonly LogicalOperator[] }
  | { readonly kind: 'comparison'; readonly operators: readonly ComparisonOperator[] }
  | { readonly kind: 'arithmetic'; readonly operators: readonly ArithmeticOperator[] };

/**
 * XPath 1.0 precedence, loosest first: or < and < equality < relational < additive < multiplicative;
 * all left-associative. Unary minus binds tighter than all of them.
 * @see https://www.w3.org/TR/1999/REC-xpath-19991116/#section-Expressions
 */
const PRECEDENCE: readonly PrecedenceLevel[] = [
  { kind: 'logical', operators: ['or'] },
  { kind: 'logical', operators: ['and'] },
  { kind: 'comparison', operators: ['=', '!='] },
  { kind: 'comparison', operators: ['<=', '<', '>=', '>'] },
  { kind: 'arithmetic', operators: ['+', '-'] },
  { kind: 'arithmetic', operators: ['*', 'div', 'mod'] },
];

const OPERATOR_NAMES: ReadonlySet<string> = new Set(['and', 'or', 'div', 'mod']);

function fail(error: ExpressionError): never {
  throw new ParseFailure(error);
}

class Parser {
  readonly #tokens: readonly Token[];
  #index = 0;
  #depth = 0;

  constructor(tokens: readonly Token[]) {
    this.#tokens = tokens;
  }

  parseAll(): ExpressionNode {
    if (this.#peek().kind === 'end') fail(expressionError('empty', {}, this.#peek()));
    const ast = this.#parseLevel(0);
    const rest = this.#peek();
    if (rest.kind !== 'end') fail(this.#unexpected(rest));
    return ast;
  }

  #peek(): Token {
    const token = this.#tokens[this.#index] ?? this.#tokens.at(-1);
    if (!token) throw new Error('A token list always ends with an end token');
    return token;
  }

  #next(): Token {
    const token = this.#peek();
    if (token.kind !== 'end') this.#index += 1;
    return token;
  }

  #unexpected(token: Token): ExpressionError {
    return token.kind === 'end'
      ? expressionError('unexpected-end', {}, token)
      : expressionError('unexpected-token', { text: tokenText(token) }, token);
  }

  #expectSymbol(symbol: ')' | ',' | '.'): Token {
    const token = this.#next();
    if (token.kind !== 'symbol' || token.symbol !== symbol) fail(this.#unexpected(token));
    return token;
  }

  /** Bounds recursion so that no input can overflow the stack. */
  #nested<T>(at: SourceSpan, parse: () => T): T {
    this.#depth += 1;
    if (this.#depth > MAX_NESTING_DEPTH) fail(expressionError('too-deep', { limit: MAX_NESTING_DEPTH }, at));
    const result = parse();
    this.#depth -= 1;
    return result;
  }

  #operatorAmong<O extends string>(operators: readonly O[]): O | undefined {
    const token = this.#peek();
    const text = token.kind === 'symbol' ? token.symbol : token.kind === 'name' ? token.name : undefined;
    return operators.find((operator) => operator === text);
  }

  /** A left-associative chain of one level's operators, parsed with a loop rather than recursion. */
  #parseChain<O extends string>(
    operators: readonly O[],
    levelIndex: number,
    build: (operator: O, left: ExpressionNode, right: ExpressionNode) => ExpressionNode,
  ): ExpressionNode {
    let left = this.#parseLevel(levelIndex + 1);
    for (let operator = this.#operatorAmong(operators); operator; operator = this.#operatorAmong(operators)) {
      this.#next();
      left = build(operator, left, this.#parseLevel(levelIndex + 1));
    }
    return left;
  }

  #parseLevel(levelIndex: number): ExpressionNode {
    const level = PRECEDENCE[levelIndex];
    if (!level) return this.#parseUnary();
    switch (level.kind) {
      case 'logical':
        return this.#parseChain(level.operators, levelIndex, (operator, left, right) => ({
          kind: 'logical',
          operator,
          left,
          right,
          ...spanBetween(left, right),
        }));
      case 'comparison':
        return this.#parseChain(level.operators, levelIndex, (operator, left, right) => ({
          kind: 'comparison',
          operator,
          left,
          right,
          ...spanBetween(left, right),
        }));
      case 'arithmetic':
        return this.#parseChain(level.operators, levelIndex, (operator, left, right) => ({
          kind: 'arithmetic',
          operator,
          left,
          right,
          ...spanBetween(left, right),
        }));
      default:
        return assertNever(level);
    }
  }

  #parseUnary(): ExpressionNode {
    const token = this.#peek();
    if (token.kind === 'symbol' && token.symbol === '-') {
      this.#next();
      const operand = this.#nested(token, () => this.#parseUnary());
      return { kind: 'negate', operand, ...spanBetween(token, operand) };
    }
    return this.#parsePrimary();
  }

  #parsePrimary(): ExpressionNode {
    const token = this.#next();
    switch (token.kind) {
      case 'number':
        return { kind: 'number', value: token.value, position: token.position, length: token.length };
      case 'string':
        return { kind: 'string', value: token.value, position: token.position, length: token.length };
      case 'reference':
        return { kind: 'reference', code: token.code, position: token.position, length: token.length };
      case 'name':
        return this.#parseCall(token);
      case 'symbol':
        if (token.symbol === '.') return { kind: 'current', position: token.position, length: token.length };
        if (token.symbol === '(') return this.#parseParenthesized(token);
        return fail(this.#unexpected(token));
      case 'end':
        return fail(this.#unexpected(token));
      default:
        return assertNever(token);
    }
  }

  #parseParenthesized(open: Token): ExpressionNode {
    const inner = this.#nested(open, () => this.#parseLevel(0));
    this.#expectSymbol(')');
    return inner;
  }

  #parseCall(nameToken: Token & { readonly kind: 'name' }): ExpressionNode {
    const open = this.#peek();
    const isCall = open.kind === 'symbol' && open.symbol === '(';
    if (!isCall) {
      fail(
        OPERATOR_NAMES.has(nameToken.name)
          ? this.#unexpected(nameToken)
          : expressionError('bare-name', { name: nameToken.name }, nameToken),
      );
    }
    const name = nameToken.name;
    if (!isFunctionName(name)) fail(expressionError('unknown-function', { name }, nameToken));
    this.#next();
    const args = name === 'position' && this.#parentStep() ? [] : this.#nested(nameToken, () => this.#parseArguments());
    const close = this.#expectSymbol(')');
    const span = spanBetween(nameToken, close);
    const { arity: expected, maxArity = expected } = functionDefinition(name);
    if (args.length < expected || args.length > maxArity) {
      fail(expressionError('wrong-arity', { name, expected, maxExpected: maxArity, actual: args.length }, span));
    }
    return { kind: 'call', name, args, ...span };
  }

  /**
   * `position(..)`, as pyxform users write it: the number of the repeat instance being evaluated. `..` is
   * the only path the language has, and only there; it reads as `position()`.
   */
  #parentStep(): boolean {
    const first = this.#peek();
    if (first.kind !== 'symbol' || first.symbol !== '.') return false;
    this.#next();
    this.#expectSymbol('.');
    return true;
  }

  #parseArguments(): readonly ExpressionNode[] {
    const first = this.#peek();
    if (first.kind === 'symbol' && first.symbol === ')') return [];
    const args = [this.#parseLevel(0)];
    for (let token = this.#peek(); token.kind === 'symbol' && token.symbol === ','; token = this.#peek()) {
      this.#next();
      args.push(this.#parseLevel(0));
    }
    return args;
  }
}

/**
 * Parses an expression into a read-only syntax tree. Never throws: any input, however long, deep or
 * malformed, gives either the tree or the first error with its position.
 */
export function parse(source: string): ParseResult {
  if (source.length > MAX_SOURCE_LENGTH) {
    const error = expressionError(
      'too-long',
      { limit: MAX_SOURCE_LENGTH },
      {
        position: MAX_SOURCE_LENGTH,
        length: source.length - MAX_SOURCE_LENGTH,
      },
    );
    return { ok: false, error };
  }
  const tokenized = tokenize(source);
  if (!tokenized.ok) return tokenized;
  try {
    return { ok: true, ast: new Parser(tokenized.tokens).parseAll() };
  } catch (failure) {
    if (failure instanceof ParseFailure) return { ok: false, error: failure.error };
    throw failure;
  }
}
