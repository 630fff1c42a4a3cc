import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenizer.ts';

describe('tokenize', () => {
  it('splits an expression into located tokens', () => {
    const result = tokenize("${Q_1.a-b} >= 1.5 and count-selected(.) != 'x'");
    expect(result.ok && result.tokens).toEqual([
      { kind: 'reference', code: 'Q_1.a-b', position: 0, length: 10 },
      { kind: 'symbol', symbol: '>=', position: 11, length: 2 },
      { kind: 'number', value: 1.5, position: 14, length: 3 },
      { kind: 'name', name: 'and', position: 18, length: 3 },
      { kind: 'name', name: 'count-selected', position: 22, length: 14 },
      { kind: 'symbol', symbol: '(', position: 36, length: 1 },
      { kind: 'symbol', symbol: '.', position: 37, length: 1 },
      { kind: 'symbol', symbol: ')', position: 38, length: 1 },
      { kind: 'symbol', symbol: '!=', position: 40, length: 2 },
      { kind: 'string', value: 'x', position: 43, length: 3 },
      { kind: 'end', position: 46, length: 0 },
    ]);
  });

  it.each<[string, number]>([
    ['12', 12],
    ['1.', 1],
    ['.25', 0.25],
    ['007', 7],
  ])('reads the number %s', (source, value) => {
    const result = tokenize(source);
    expect(result.ok && result.tokens[0]).toMatchObject({ kind: 'number', value });
  });

  it('keeps string contents verbatim, other quotes included', () => {
    const result = tokenize(`"l'école" 'dit "oui"' ''`);
    expect(result.ok && result.tokens.map((token) => (token.kind === 'string' ? token.value : token.kind))).toEqual([
      "l'école",
      'dit "oui"',
      '',
      'end',
    ]);
  });

  it('reports a character outside the language with its full code point', () => {
    expect(tokenize('1 + 😀')).toMatchObject({
      ok: false,
      error: { code: 'unexpected-character', position: 4, length: 2 },
    });
  });
});
