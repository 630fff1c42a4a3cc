import { QUESTION_CODE_SYNTAX } from './code-pattern.ts';
import { expressionError, type ExpressionError } from './errors.ts';
import type { SymbolText, Token } from './tokens.ts';

export type TokenizeResult =
  { readonly ok: true; readonly tokens: readonly Token[] } | { readonly ok: false; readonly error: ExpressionError };

const WHITESPACE = /[ \t\r\n]+/y;
/** XPath 1.0 Number: digits with an optional fraction, or a fraction alone; no sign, no exponent. */
const NUMBER = /\d+(?:\.\d*)?|\.\d+/y;
/**
 * Function and operator names; a hyphen joins words (`count-selected`) but `div-1` stays `div - 1`; ODK's
 * JavaRosa functions carry the `jr:` prefix (`jr:choice-name`).
 */
const NAME = /(?:jr:)?[A-Za-z_][A-Za-z0-9_]*(?:-[A-Za-z_][A-Za-z0-9_]*)*/y;
const REFERENCE = new RegExp(`\\$\\{(${QUESTION_CODE_SYNTAX})\\}`, 'y');
const REFERENCE_ATTEMPT = /\$\{[^}]*\}?/y;

const SYMBOLS: readonly SymbolText[] = ['!=', '<=', '>=', '(', ')', ',', '=', '<', '>', '+', '-', '*', '.'];

/** Operators users bring from spreadsheets or programming languages, and what to write instead. */
const UNSUPPORTED_OPERATORS: readonly { readonly operator: string; readonly replacement: string }[] = [
  { operator: '==', replacement: '=' },
  { operator: '<>', replacement: '!=' },
  { operator: '&&', replacement: 'and' },
  { operator: '||', replacement: 'or' },
  { operator: '!', replacement: 'not(...)' },
  { operator: '/', replacement: 'div' },
  { operator: '%', replacement: 'mod' },
];

function matchAt(pattern: RegExp, source: string, position: number): RegExpExecArray | null {
  pattern.lastIndex = position;
  return pattern.exec(source);
}

type Step = { readonly token: Token } | { readonly error: ExpressionError } | { readonly skip: number };

function readToken(source: string, position: number): Step {
  const whitespace = matchAt(WHITESPACE, source, position);
  if (whitespace) return { skip: whitespace[0].length };

  const character = source.charAt(position);
  if (character === "'" || character === '"') return readString(source, position, character);
  if (character === '$') return readReference(source, position);

  const number = matchAt(NUMBER, source, position);
  if (number) {
    return { token: { kind: 'number', value: Number(number[0]), position, length: number[0].length } };
  }
  const name = matchAt(NAME, source, position);
  if (name) return { token: { kind: 'name', name: name[0], position, length: name[0].length } };

  const unsupported = UNSUPPORTED_OPERATORS.find(({ operator }) => source.startsWith(operator, position));
  if (unsupported && !source.startsWith('!=', position)) {
    return {
      error: expressionError('unsupported-operator', unsupported, { position, length: unsupported.operator.length }),
    };
  }
  const symbol = SYMBOLS.find((candidate) => source.startsWith(candidate, position));
  if (symbol) return { token: { kind: 'symbol', symbol, position, length: symbol.length } };

  const codePoint = String.fromCodePoint(source.codePointAt(position) ?? 0);
  return {
    error: expressionError('unexpected-character', { character: codePoint }, { position, length: codePoint.length }),
  };
}

/** XPath 1.0 string literals have no escapes: a string ends at the next quote of the same kind. */
function readString(source: string, position: number, quote: string): Step {
  const end = source.indexOf(quote, position + 1);
  if (end === -1) {
    return { error: expressionError('unterminated-string', {}, { position, length: source.length - position }) };
  }
  return {
    token: { kind: 'string', value: source.slice(position + 1, end), position, length: end + 1 - position },
  };
}

function readReference(source: string, position: number): Step {
  const reference = matchAt(REFERENCE, source, position);
  if (reference?.[1] !== undefined) {
    return { token: { kind: 'reference', code: reference[1], position, length: reference[0].length } };
  }
  const attempt = matchAt(REFERENCE_ATTEMPT, source, position)?.[0] ?? '$';
  return { error: expressionError('invalid-reference', { text: attempt }, { position, length: attempt.length }) };
}

export function tokenize(source: string): TokenizeResult {
  const tokens: Token[] = [];
  let position = 0;
  while (position < source.length) {
    const step = readToken(source, position);
    if ('error' in step) return { ok: false, error: step.error };
    if ('skip' in step) {
      position += step.skip;
    } else {
      tokens.push(step.token);
      position += step.token.length;
    }
  }
  tokens.push({ kind: 'end', position: source.length, length: 0 });
  return { ok: true, tokens };
}
