// Table tests of the ODK XPath functions XLSForm users write (issue 20), after the examples of the ODK
// XForms spec (https://getodk.github.io/xforms-spec/#xpath-functions) and XPath 1.0.
import { describe, expect, it } from 'vitest';
import { canonicalText } from './canonical.ts';
import { parse } from './parser.ts';
import { evaluateSource } from './test-support.ts';

const answers = { name: 'Mariam', city: 'Tanger', colors: ['red', 'blue'], empty: '', age: 16.6, dob: '2008-03-15' };

describe('text functions', () => {
  it.each<[string, unknown]>([
    ["concat('a', 'b', 'c')", 'abc'],
    ["concat(${name}, ' (', ${city}, ')')", 'Mariam (Tanger)'],
    ['concat(1, true())', '1true'],
    ["concat('seul')", 'seul'],
    ["contains('abcd', 'bc')", true],
    ["contains('abcd', 'x')", false],
    ["contains('abc', '')", true],
    ["starts-with('abcd', 'ab')", true],
    ["starts-with('abcd', 'b')", false],
    ["ends-with('abcd', 'cd')", true],
    ["substr('abcdef', 2)", 'cdef'],
    ["substr('abcdef', 1, 3)", 'bc'],
    ["substr('abcdef', 4, 99)", 'ef'],
    ["substr('abc', 5)", ''],
    ["substr('مريم', 1, 3)", 'ري'],
    ["coalesce(${empty}, 'x')", 'x'],
    ["coalesce(${name}, 'x')", 'Mariam'],
    ['coalesce(${missing}, ${city})', 'Tanger'],
    ['string(12)', '12'],
    ['string(1 div 0)', 'Infinity'],
    ['string(true())', 'true'],
    ["string-length(concat('ab', 'c'))", 3],
    ['once(${name})', 'Mariam'],
    ["boolean-from-string('true')", true],
    ["boolean-from-string('yes')", false],
    ["boolean('')", false],
  ])('%s = %j', (source, expected) => {
    expect(evaluateSource(source, { answers })).toEqual(expected);
  });
});

describe('regex()', () => {
  it.each<[string, unknown]>([
    ["regex('0612345678', '^0[5-7][0-9]{8}$')", true],
    ["regex('061234', '^0[5-7][0-9]{8}$')", false],
    ["regex('abc', 'b')", true],
    ["regex('ABC', '^[a-z]+$')", false],
    ["regex('مريم', '^\\p{L}+$')", true],
    ["regex('a', '[')", false],
    ["regex('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!', '^(a+)+$')", false],
    ["regex('aaaa', '^(a|aa)*$')", false],
  ])('%s = %j (invalid and runaway patterns never match)', (source, expected) => {
    expect(evaluateSource(source)).toEqual(expected);
  });
});

describe('number functions', () => {
  it.each<[string, unknown]>([
    ["number('12.5')", 12.5],
    ["number(' 3 ')", 3],
    ["number('abc')", Number.NaN],
    ["number('1970-01-11')", 10],
    ['int(3.9)', 3],
    ['int(-3.9)', -3],
    ["int('7.2')", 7],
    ['round(2.5)', 3],
    ['round(-2.5)', -2],
    ['round(3.14159, 2)', 3.14],
    ['round(${age})', 17],
    ['round(1234.5, -2)', 1200],
    ['floor(-1.5)', -2],
    ['ceiling(1.2)', 2],
    ['abs(-4)', 4],
  ])('%s = %j', (source, expected) => {
    expect(evaluateSource(source, { answers })).toEqual(expected);
  });
});

describe('select and choice functions', () => {
  it.each<[string, unknown]>([
    ['selected-at(${colors}, 0)', 'red'],
    ['selected-at(${colors}, 1)', 'blue'],
    ['selected-at(${colors}, 2)', ''],
    ["selected-at('a b c', 1.5)", ''],
  ])('%s = %j', (source, expected) => {
    expect(evaluateSource(source, { answers })).toEqual(expected);
  });

  it("jr:choice-name gives the choice's label when the caller knows it, the value otherwise", () => {
    const choiceName = (code: string, value: string) => (code === 'city' && value === 'tng' ? 'Tanger' : undefined);
    const source = "jr:choice-name(${city}, '${city}')";
    expect(evaluateSource(source, { answers: { city: 'tng' }, choiceName })).toBe('Tanger');
    expect(evaluateSource(source, { answers: { city: 'rbt' }, choiceName })).toBe('rbt');
    expect(evaluateSource(source, { answers: { city: 'tng' } })).toBe('tng');
  });
});

describe('date arithmetic', () => {
  it.each<[string, unknown]>([
    ['date(0)', '1970-01-01'],
    ["date('2024-02-29')", '2024-02-29'],
    ['date(${dob} + 7)', '2008-03-22'],
    ['date(today() + 1)', '2024-03-01'],
    ['today() - ${dob} > 365 * 15', true],
    ["date('pas une date')", ''],
    ['int((today() - ${dob}) div 365.25)', 15],
  ])('%s = %j', (source, expected) => {
    expect(evaluateSource(source, { answers, today: '2024-02-29' })).toEqual(expected);
  });
});

describe('arity of functions with optional or many arguments', () => {
  it.each<[string, string]>([
    ["substr('a')", 'substr() attend de 2 à 3 arguments, elle en reçoit 1'],
    ['round(1, 2, 3)', 'round() attend de 1 à 2 arguments, elle en reçoit 3'],
    ['concat()', 'concat() attend de 1 à 64 arguments, elle en reçoit 0'],
  ])('%s is refused: %s', (source, message) => {
    const parsed = parse(source);
    expect(!parsed.ok && parsed.error.messageFr).toBe(message);
  });
});

describe('repeat functions', () => {
  // A repeat CHILD of two instances, as the questionnaire hands it: the instances, and one question's answers.
  const instances = [{ age: 4 }, { age: 9, school: 'oui' }];
  const nodes = (code: string): readonly unknown[] | undefined =>
    code === 'CHILD'
      ? instances
      : code === 'age'
        ? instances.map((instance) => instance.age)
        : code === 'school'
          ? ['oui']
          : undefined;

  it.each<[string, unknown]>([
    ['count(${CHILD})', 2],
    ['count(${school})', 1],
    ['sum(${age})', 13],
    ['sum(${school})', Number.NaN],
    ['max(${age})', 9],
    ['min(${age})', 4],
    ['count(${name})', 1],
    ['count(${missing})', 0],
    ['sum(${missing})', 0],
    ['max(${missing})', Number.NaN],
    ['sum(3)', 3],
    ['count(${CHILD}) > 1', true],
  ])('%s = %j (XPath node-set functions over a repeat)', (source, expected) => {
    expect(evaluateSource(source, { answers, nodes })).toEqual(expected);
  });

  it('counts the instances of a stored repeat answer without a node reader, as an indicator reads it', () => {
    expect(evaluateSource('count(${CHILD})', { answers: { CHILD: instances } })).toBe(2);
    expect(evaluateSource('count(${CHILD}) >= 1', { answers: { CHILD: [] } })).toBe(false);
  });

  it.each<[string, number | undefined, unknown]>([
    ['position(..)', 2, 2],
    ['position(..)', undefined, 0],
    ['position()', 3, 3],
    ['position(..) = 1', 1, true],
  ])('%s in instance %j = %j', (source, position, expected) => {
    expect(evaluateSource(source, { position })).toEqual(expected);
  });

  it('reads position(..) back the way it is written and refuses another path', () => {
    const parsed = parse('position( .. ) + 1');
    expect(parsed.ok && canonicalText(parsed.ast)).toBe('(position(..) + 1)');
    expect(parse('position(.)').ok).toBe(false);
  });
});

describe('once()', () => {
  it.each<[unknown, unknown]>([
    [undefined, 'Mariam'],
    ['', 'Mariam'],
    ['Fatima', 'Fatima'],
    [0, 0],
  ])('with the value held %j gives %j (ODK: the argument only while the field is empty)', (previous, expected) => {
    expect(evaluateSource('once(${name})', { answers, previous })).toEqual(expected);
  });
});
