import { describe, expect, it } from 'vitest';
import { canonicalText } from './canonical.ts';
import type { ExpressionErrorCode } from './errors.ts';
import { MAX_NESTING_DEPTH, MAX_SOURCE_LENGTH } from './limits.ts';
import { parse } from './parser.ts';

function canonical(source: string): string {
  const parsed = parse(source);
  if (!parsed.ok) throw new Error(`${source}: ${parsed.error.message}`);
  return canonicalText(parsed.ast);
}

describe('parse: structure and precedence', () => {
  it.each<[string, string]>([
    ['1 + 2 * 3', '(1 + (2 * 3))'],
    ['1 * 2 + 3', '((1 * 2) + 3)'],
    ['${A} or ${B} and ${C}', '(${A} or (${B} and ${C}))'],
    ['${A} = 1 and ${B} != 2', '((${A} = 1) and (${B} != 2))'],
    ['${A} < 1 = ${B} > 2', '((${A} < 1) = (${B} > 2))'],
    ['${A} + 1 < ${B} * 2', '((${A} + 1) < (${B} * 2))'],
    ['${A} div 2 mod 3', '((${A} div 2) mod 3)'],
    ['-${A} * 2', '(-(${A}) * 2)'],
    ['10 - 2 - 3', '((10 - 2) - 3)'],
    ['if(${A} >= 18, \'adult\', "minor")', "if((${A} >= 18), 'adult', 'minor')"],
    ["selected(${Q1.a-b}, 'x')", "selected(${Q1.a-b}, 'x')"],
    ['count-selected(.)', 'count-selected(.)'],
    ['  ( ( today() ) )  ', 'today()'],
    ['3 div-1', '(3 div -(1))'],
    ['"it\'s"', '"it\'s"'],
  ])('%s -> %s', (source, expected) => {
    expect(canonical(source)).toBe(expected);
  });

  it('records the position and length of each node', () => {
    const parsed = parse("${AGE} >= 15 and ${SEX} = 'f'");
    expect(parsed.ok && parsed.ast).toMatchObject({
      kind: 'logical',
      position: 0,
      length: 29,
      left: {
        kind: 'comparison',
        position: 0,
        length: 12,
        left: { kind: 'reference', code: 'AGE', position: 0, length: 6 },
      },
      right: { kind: 'comparison', right: { kind: 'string', value: 'f', position: 26, length: 3 } },
    });
  });
});

describe('parse: errors with their position', () => {
  it.each<[string, ExpressionErrorCode, number, number]>([
    ['', 'empty', 0, 0],
    ['   ', 'empty', 3, 0],
    ['${A} = ', 'unexpected-end', 7, 0],
    ["${A} = 'yes", 'unterminated-string', 7, 4],
    ['(${A} = 1', 'unexpected-end', 9, 0],
    ['${A} = 1)', 'unexpected-token', 8, 1],
    ['${A B}', 'invalid-reference', 0, 6],
    ['${1A}', 'invalid-reference', 0, 5],
    ['1 + $A', 'invalid-reference', 4, 1],
    ['${A', 'invalid-reference', 0, 3],
    ['selected(${A})', 'wrong-arity', 0, 14],
    ['today(1)', 'wrong-arity', 0, 8],
    ['x + foo(1)', 'bare-name', 0, 1],
    ['1 + foo(1)', 'unknown-function', 4, 3],
    ['${A} = yes', 'bare-name', 7, 3],
    ['${A} <> 1', 'unsupported-operator', 5, 2],
    ['${A} == 1', 'unsupported-operator', 5, 2],
    ['${A} && ${B}', 'unsupported-operator', 5, 2],
    ['!${A}', 'unsupported-operator', 0, 1],
    ['${A} / 2', 'unsupported-operator', 5, 1],
    ['1 + # 2', 'unexpected-character', 4, 1],
    ['${A} and', 'unexpected-end', 8, 0],
    ['and ${A}', 'unexpected-token', 0, 3],
    ['..', 'unexpected-token', 1, 1],
    ['1 2', 'unexpected-token', 2, 1],
    ['not(1,)', 'unexpected-token', 6, 1],
    ['if(1, 2 3)', 'unexpected-token', 8, 1],
    ['${A} = 1 ,', 'unexpected-token', 9, 1],
  ])('%j -> %s at %d (length %d)', (source, code, position, length) => {
    const parsed = parse(source);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error).toMatchObject({ code, position, length });
    expect(parsed.error.messageFr.length).toBeGreaterThan(0);
    expect(parsed.error.message.length).toBeGreaterThan(0);
  });

  it('names the function and the expected arity in French', () => {
    const parsed = parse("selected(${A}, 'x', 'y')");
    expect(!parsed.ok && parsed.error.messageFr).toBe('selected() attend 2 arguments, elle en reçoit 3');
  });
});

describe('parse: limits', () => {
  it(`accepts ${MAX_NESTING_DEPTH} nested parentheses and refuses one more`, () => {
    const nested = (depth: number) => `${'('.repeat(depth)}1${')'.repeat(depth)}`;
    expect(parse(nested(MAX_NESTING_DEPTH)).ok).toBe(true);
    expect(parse(nested(MAX_NESTING_DEPTH + 1))).toMatchObject({
      ok: false,
      error: { code: 'too-deep', position: MAX_NESTING_DEPTH },
    });
  });

  it.each<[string, string]>([
    ['1,000 parentheses', `${'('.repeat(1_000)}1${')'.repeat(1_000)}`],
    ['1,000 unclosed parentheses', '('.repeat(1_000)],
    ['1,000 unary minus', `${'-'.repeat(1_000)}1`],
    ['500 nested calls', `${'not('.repeat(500)}1${')'.repeat(500)}`],
  ])('refuses %s cleanly', (_name, source) => {
    expect(parse(source)).toMatchObject({ ok: false, error: { code: 'too-deep' } });
  });

  it(`refuses input over ${MAX_SOURCE_LENGTH} characters, pointing past the limit`, () => {
    const source = `'${'x'.repeat(9_998)}'`;
    expect(parse(source)).toMatchObject({
      ok: false,
      error: { code: 'too-long', position: MAX_SOURCE_LENGTH, length: 10_000 - MAX_SOURCE_LENGTH },
    });
  });

  it(`accepts exactly ${MAX_SOURCE_LENGTH} characters`, () => {
    expect(parse(`'${'x'.repeat(MAX_SOURCE_LENGTH - 2)}'`).ok).toBe(true);
  });
});
