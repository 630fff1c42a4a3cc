import { describe, expect, it } from 'vitest';
import { check } from './check.ts';
import { parse } from './parser.ts';
import { references } from './references.ts';

function referencesOf(source: string) {
  const parsed = parse(source);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return references(parsed.ast);
}

describe('references', () => {
  it.each<[string, readonly string[], boolean]>([
    ['1 + 2', [], false],
    ['${A} + ${B} * ${A}', ['A', 'B'], false],
    ["selected(${C}, 'x') and . > ${D}", ['C', 'D'], true],
    ['if(${A}, ${B}, -${C})', ['A', 'B', 'C'], false],
  ])('%s -> %j, uses . %j', (source, codes, usesCurrent) => {
    expect(referencesOf(source)).toEqual({ codes, usesCurrent });
  });
});

describe('check', () => {
  const known = new Set(['AGE', 'SEX']);

  it('accepts a correct expression', () => {
    expect(check("${AGE} >= 15 and ${SEX} = 'f'", known)).toEqual([]);
  });

  it('reports every unknown code at its position', () => {
    expect(check('${AGE} > ${AGEE} or ${X} = ${AGEE}', ['AGE'])).toMatchObject([
      {
        code: 'unknown-code',
        position: 9,
        length: 7,
        messageFr: "La question « AGEE » n'existe pas dans cette version",
      },
      { code: 'unknown-code', position: 20, length: 4 },
      { code: 'unknown-code', position: 27, length: 7 },
    ]);
  });

  it('refuses `.` outside a constraint and accepts it in one', () => {
    expect(check('. > ${AGE}', known)).toMatchObject([{ code: 'current-outside-constraint', position: 0, length: 1 }]);
    expect(check('. > ${AGE}', known, { allowCurrent: true })).toEqual([]);
  });

  it('reports all problems in source order', () => {
    expect(check('${X} + . + ${Y}', known).map((error) => error.position)).toEqual([0, 7, 11]);
  });

  it('reports the parse error alone when the expression does not parse', () => {
    expect(check('${X} = ', known)).toMatchObject([{ code: 'unexpected-end', position: 7 }]);
  });
});
