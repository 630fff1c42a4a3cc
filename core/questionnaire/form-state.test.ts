import { describe, expect, it } from 'vitest';
import { computeCalculations, evaluateForm, relevantQuestions } from './form-state.ts';
import { choices, question, version } from './test-support.ts';

const form = version(
  question('consent', 'select_one', { choices: choices('yes', 'no') }),
  question('age', 'integer', { relevant: "${consent} = 'yes'" }),
  question('minor', 'calculate', { calculation: 'if(${age} < 18, 1, 0)' }),
  question('school', 'select_one', { choices: choices('yes', 'no'), relevant: '${minor} = 1' }),
  question('thanks', 'note', { relevant: "${consent} = 'yes'" }),
);

const codes = (questions: readonly { readonly code: string }[]) => questions.map((item) => item.code);

describe('relevantQuestions', () => {
  it.each<[string, Record<string, unknown>, readonly string[]]>([
    ['no answer yet', {}, ['consent', 'minor']],
    ['consent refused', { consent: 'no', age: 15 }, ['consent', 'minor']],
    ['a minor', { consent: 'yes', age: 15 }, ['consent', 'age', 'minor', 'school', 'thanks']],
    ['an adult', { consent: 'yes', age: 19 }, ['consent', 'age', 'minor', 'thanks']],
  ])('%s', (_name, answers, expected) => {
    expect(codes(relevantQuestions(form, answers))).toEqual(expected);
  });

  it('treats the answer of a non-relevant question as missing further down', () => {
    const state = evaluateForm(form, { consent: 'no', age: 15, school: 'yes' });
    expect(state.values).toEqual({ consent: 'no', minor: 0 });
    expect(Object.getPrototypeOf(state.values)).toBeNull();
  });

  it('settles what a question depends on first, even when it comes later in the form', () => {
    const forward = version(
      question('shown', 'text', { relevant: '${double} > 10' }),
      question('n', 'integer'),
      question('double', 'calculate', { calculation: '${n} * 2' }),
    );
    expect(codes(relevantQuestions(forward, { n: 6 }))).toEqual(['shown', 'n', 'double']);
    expect(codes(relevantQuestions(forward, { n: 2 }))).toEqual(['n', 'double']);
  });

  it('evaluates a version whose expressions do not parse as if they were empty', () => {
    const broken = version(
      question('q', 'text', { relevant: '${' }),
      question('c', 'calculate', { calculation: '1 +' }),
    );
    expect(codes(relevantQuestions(broken, {}))).toEqual(['q', 'c']);
    expect(computeCalculations(broken, {})).toEqual({});
  });
});

describe('computeCalculations', () => {
  const scores = version(
    question('a', 'integer'),
    question('b', 'integer'),
    question('total', 'calculate', { calculation: '${a} + ${b}' }),
    question('share', 'calculate', { calculation: '${a} div ${total}' }),
    question('label', 'calculate', { calculation: "if(${total} > 5, 'high', 'low')" }),
    question('age_days', 'calculate', { calculation: "today() - '2024-01-01'" }),
  );

  it('chains calculations and reads today() from the options', () => {
    expect(computeCalculations(scores, { a: 3, b: 5 }, { today: '2024-01-11' })).toEqual({
      total: 8,
      share: 0.375,
      label: 'high',
      age_days: 10,
    });
  });

  it('stores no value for NaN or an infinity', () => {
    expect(computeCalculations(scores, { a: 0, b: 0 }, { today: '2024-01-11' })).toEqual({
      total: 0,
      label: 'low',
      age_days: 10,
    });
    expect(computeCalculations(scores, {}, { today: '2024-01-11' })).toEqual({ label: 'low', age_days: 10 });
  });

  it('ignores values sent for calculate questions', () => {
    expect(computeCalculations(scores, { a: 1, b: 1, total: 99 }, { today: '2024-01-11' })).toMatchObject({ total: 2 });
  });
});
