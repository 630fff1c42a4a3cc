import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalText } from './canonical.ts';
import { compileAst } from './compile.ts';
import { parse, type ParseResult } from './parser.ts';

const TOKENS = [
  '(',
  ')',
  ',',
  '=',
  '!=',
  '<',
  '<=',
  '>',
  '>=',
  '+',
  '-',
  '*',
  'div',
  'mod',
  'and',
  'or',
  '.',
  'not(',
  'selected(',
  'count-selected(',
  'if(',
  'string-length(',
  'today()',
  'true()',
  'false()',
  '${A}',
  '${B_2}',
  '${c.d-e}',
  '${',
  '}',
  "'oui'",
  '"non"',
  "'",
  '1',
  '0',
  '2.5',
  '.5',
  'yes',
  '$',
  '#',
];

const tokenSoup = fc
  .tuple(fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }), fc.constantFrom('', ' '))
  .map(([tokens, separator]) => tokens.join(separator));

const answers = fc.dictionary(
  fc.constantFrom('A', 'B_2', 'c.d-e'),
  fc.oneof(
    fc.string(),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.constantFrom('oui', 'non')),
  ),
);

const valueTypes = ['string', 'number', 'boolean'];

/** Expressions that are valid by construction, written with random spacing and redundant parentheses. */
const { expression } = fc.letrec<{ expression: string; leaf: string }>((tie) => ({
  leaf: fc.oneof(
    fc.constantFrom('${A}', '${B_2}', '.', 'today()', 'true()'),
    fc.nat({ max: 1_000 }).map(String),
    fc.double({ min: 0, max: 1e6, noNaN: true }).map((value) => value.toFixed(3)),
    fc.stringMatching(/^[a-z é']{0,8}$/).map((text) => (text.includes("'") ? `"${text}"` : `'${text}'`)),
  ),
  expression: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    tie('leaf'),
    fc
      .tuple(
        tie('expression'),
        fc.constantFrom('or', 'and', '=', '!=', '<', '>=', '+', '-', '*', 'div', 'mod'),
        tie('expression'),
      )
      .map(([left, operator, right]) => `${left} ${operator} ${right}`),
    tie('expression').map((inner) => `(${inner})`),
    tie('expression').map((inner) => `-${inner}`),
    tie('expression').map((inner) => `not( ${inner} )`),
    fc.tuple(tie('expression'), tie('expression'), tie('expression')).map(([a, b, c]) => `if(${a},${b},${c})`),
    tie('expression').map((inner) => `string-length(${inner})`),
    tie('expression').map((inner) => `selected(${inner}, 'oui')`),
  ),
}));

function expectWellFormed(result: ParseResult, source: string): void {
  if (result.ok) return;
  expect(result.error.position).toBeGreaterThanOrEqual(0);
  expect(result.error.position).toBeLessThanOrEqual(source.length);
  expect(result.error.length).toBeGreaterThanOrEqual(0);
  expect(result.error.messageFr.length).toBeGreaterThan(0);
}

describe('properties', () => {
  it('parsing any string returns a result, never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 })), (source) => {
        expectWellFormed(parse(source), source);
      }),
      { numRuns: 2_000 },
    );
  });

  it('token soups parse or fail cleanly, and what parses evaluates to a value without throwing', () => {
    fc.assert(
      fc.property(tokenSoup, answers, fc.anything(), (source, answerMap, current) => {
        const result = parse(source);
        expectWellFormed(result, source);
        if (!result.ok) return;
        const value = compileAst(source, result.ast).evaluate({ answers: answerMap, current, today: '2024-01-01' });
        expect(valueTypes).toContain(typeof value);
      }),
      { numRuns: 2_000 },
    );
  });

  it('valid expressions parse, evaluate, and their canonical text parses back to itself', () => {
    fc.assert(
      fc.property(expression, answers, (source, answerMap) => {
        fc.pre(source.length <= 4_000);
        const result = parse(source);
        if (!result.ok) {
          expect(result.error.code).toBe('too-deep');
          return;
        }
        const canonical = canonicalText(result.ast);
        const reparsed = parse(canonical);
        expect(reparsed.ok && canonicalText(reparsed.ast)).toBe(canonical);
        const value = compileAst(source, result.ast).evaluate({ answers: answerMap, today: '2024-01-01' });
        expect(valueTypes).toContain(typeof value);
      }),
      { numRuns: 1_000 },
    );
  });

  it('long soups up to 10,000 characters are answered quickly', () => {
    const longSoup = fc
      .array(fc.constantFrom(...TOKENS), { minLength: 500, maxLength: 3_000 })
      .map((tokens) => tokens.join(' ').slice(0, 10_000));
    fc.assert(
      fc.property(longSoup, (source) => {
        const started = performance.now();
        expectWellFormed(parse(source), source);
        expect(performance.now() - started).toBeLessThan(250);
      }),
      { numRuns: 200 },
    );
  });
});
