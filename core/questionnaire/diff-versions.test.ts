import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffVersions, type ComparedProperty } from './diff-versions.ts';
import { impactedIndicators } from './impacted-indicators.ts';
import { choices, question, version } from './test-support.ts';
import type { Question } from './types.ts';

const base = question('visited', 'select_one', {
  label: 'Avez-vous reçu une visite de votre famille ?',
  label_ar: 'هل زارتك عائلتك؟',
  choices: choices('yes', 'no'),
  required: true,
  relevant: "${consent} = 'yes'",
});

describe('diffVersions', () => {
  it.each<[string, Partial<Question>, readonly ComparedProperty[]]>([
    ['nothing', {}, []],
    ['spacing of the label', { label: '  Avez-vous  reçu une visite de votre famille ? ' }, []],
    ['spacing, parentheses and quotes of an expression', { relevant: '(${consent}="yes")' }, []],
    ['the order of the choices', { choices: choices('no', 'yes') }, []],
    ['the label', { label: 'Avez-vous reçu une visite ces 3 derniers mois ?' }, ['label']],
    ['the Arabic label', { label_ar: 'هل زارك أحد؟' }, ['label_ar']],
    ['the type', { type: 'select_multiple' }, ['type']],
    ['a choice', { choices: choices('yes', 'no', 'dont_know') }, ['choices']],
    [
      'a choice label',
      {
        choices: [
          { value: 'yes', label: 'Oui, souvent' },
          { value: 'no', label: 'Choix no' },
        ],
      },
      ['choices'],
    ],
    ['required', { required: false }, ['required']],
    ['the relevance', { relevant: "${consent} = 'yes' and ${age} < 18" }, ['relevant']],
    ['an added constraint', { constraint: '1' }, ['constraint']],
    ['the calculation', { calculation: '1' }, ['calculation']],
    ['label and relevance', { label: 'Autre', relevant: null }, ['label', 'relevant']],
  ])('reports %s', (_name, change, properties) => {
    const diff = diffVersions(version(base), version({ ...base, ...change }));
    expect(diff.changed.flatMap((item) => item.properties)).toEqual(properties);
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
  });

  it('lists added and removed questions by code', () => {
    const before = version(question('a', 'text'), question('b', 'text'));
    const after = version(question('b', 'text'), question('c', 'integer'));
    const diff = diffVersions(before, after);
    expect(diff.added.map((item) => item.code)).toEqual(['c']);
    expect(diff.removed.map((item) => item.code)).toEqual(['a']);
    expect(diff.changed).toEqual([]);
  });

  it('finds no change between a version and itself, and reverses added and removed', () => {
    const anyQuestion = fc.record({
      code: fc.constantFrom('a', 'b', 'c', 'd'),
      label: fc.string({ maxLength: 5 }),
      relevant: fc.constantFrom(null, '${a} = 1', '${b}>2'),
    });
    const anyVersion = fc
      .uniqueArray(anyQuestion, { selector: (item) => item.code, maxLength: 4 })
      .map((items) => version(...items.map((item) => question(item.code, 'text', item))));
    fc.assert(
      fc.property(anyVersion, anyVersion, (first, second) => {
        expect(diffVersions(first, first)).toEqual({ added: [], removed: [], changed: [] });
        const forward = diffVersions(first, second);
        const backward = diffVersions(second, first);
        expect(backward.added).toEqual(forward.removed);
        expect(backward.removed).toEqual(forward.added);
        expect(backward.changed.map((item) => item.code).sort()).toEqual(
          forward.changed.map((item) => item.code).sort(),
        );
      }),
    );
  });
});

describe('impactedIndicators', () => {
  const before = version(
    question('consent', 'select_one', { choices: choices('yes', 'no') }),
    question('lawyer', 'select_one', { choices: choices('yes', 'no') }),
    base,
    question('school', 'select_one', { choices: choices('yes', 'no') }),
  );
  const after = version(
    question('consent', 'select_one', { choices: choices('yes', 'no') }),
    { ...base, label: 'Avez-vous reçu une visite ces 3 derniers mois ?' },
    question('school', 'select_one', { choices: choices('yes', 'no') }),
    question('phone', 'integer'),
  );
  const indicators = [
    { code: 'FAMILY_VISIT', numerator: "${visited} = 'yes'", denominator: "${consent} = 'yes'" },
    { code: 'LAWYER', numerator: "${lawyer} = 'yes'", denominator: null },
    { code: 'SCHOOL', numerator: "${school} = 'yes'", denominator: '' },
    { code: 'PHONE', numerator: '${phone} >= 2', denominator: "${consent} = 'yes'" },
    { code: 'BROKEN', numerator: '${school} =', denominator: null },
  ];

  it('names the indicators that use an added, removed or changed question, and why', () => {
    expect(impactedIndicators(diffVersions(before, after), indicators)).toEqual([
      {
        indicator: 'FAMILY_VISIT',
        questions: [{ code: 'visited', change: 'changed', properties: ['label'] }],
        invalidExpression: false,
      },
      {
        indicator: 'LAWYER',
        questions: [{ code: 'lawyer', change: 'removed', properties: [] }],
        invalidExpression: false,
      },
      { indicator: 'PHONE', questions: [{ code: 'phone', change: 'added', properties: [] }], invalidExpression: false },
      { indicator: 'BROKEN', questions: [], invalidExpression: true },
    ]);
  });

  it('reports nothing when the versions mean the same', () => {
    expect(impactedIndicators(diffVersions(before, before), indicators.slice(0, 4))).toEqual([]);
  });
});
