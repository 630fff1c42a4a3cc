// Repeats inside repeats (issue 20), as pyxform accepts them: each instance of the inner repeat is judged
// in the instance of the outer one it belongs to, errors name the path of instances, position(..) and
// count() work at each level, and once() keeps one value per instance.
import { describe, expect, it } from 'vitest';
import { checkVersion } from './check-version.ts';
import { evaluateForm } from './form-state.ts';
import { question, version } from './test-support.ts';
import { validateAnswers } from './validate-answers.ts';

const family = version(
  question('N_SIB', 'integer'),
  question('SIBLINGS', 'repeat', { repeat_count: '${N_SIB}' }),
  question('S_AGE', 'integer', { repeat: 'SIBLINGS', required: true }),
  question('S_RANK', 'calculate', { repeat: 'SIBLINGS', calculation: 'position(..)' }),
  question('CHILDREN', 'repeat', { repeat: 'SIBLINGS', relevant: '${S_AGE} >= 18' }),
  question('C_AGE', 'integer', { repeat: 'CHILDREN', required: true, constraint: '. < ${S_AGE}' }),
  question('C_RANK', 'calculate', { repeat: 'CHILDREN', calculation: 'position(..)' }),
  question('C_TAG', 'calculate', { repeat: 'CHILDREN', calculation: "concat(${S_RANK}, '.', position(..))" }),
  question('S_KIDS', 'calculate', { repeat: 'SIBLINGS', calculation: 'count(${CHILDREN})' }),
  question('S_KID_AGES', 'calculate', { repeat: 'SIBLINGS', calculation: 'sum(${C_AGE})' }),
  question('ALL_KIDS', 'calculate', { calculation: 'count(${CHILDREN})' }),
  question('ALL_KID_AGES', 'calculate', { calculation: 'sum(${C_AGE})' }),
);

const answers = {
  N_SIB: 3,
  SIBLINGS: [
    { S_AGE: 30, CHILDREN: [{ C_AGE: 4 }, { C_AGE: 7 }] },
    { S_AGE: 12 },
    { S_AGE: 25, CHILDREN: [{ C_AGE: 1 }] },
  ],
};

describe('a repeat inside a repeat', () => {
  it('publishes: the inner repeat and its questions follow the outer repeat, with its questions after', () => {
    expect(checkVersion(family)).toEqual([]);
  });

  it('settles each inner instance within its outer instance: position(..) and count() at each level', () => {
    const state = evaluateForm(family, answers);
    expect(state.calculations).toEqual({ ALL_KIDS: 3, ALL_KID_AGES: 12 });
    expect(state.instances.SIBLINGS?.map((sibling) => sibling.calculations)).toEqual([
      { S_RANK: 1, S_KIDS: 2, S_KID_AGES: 11 },
      { S_RANK: 2, S_KIDS: 0, S_KID_AGES: 0 },
      { S_RANK: 3, S_KIDS: 1, S_KID_AGES: 1 },
    ]);
    expect(
      state.instances.SIBLINGS?.map((sibling) => sibling.instances.CHILDREN?.map((child) => child.calculations)),
    ).toEqual([
      [
        { C_RANK: 1, C_TAG: '1.1' },
        { C_RANK: 2, C_TAG: '1.2' },
      ],
      undefined,
      [{ C_RANK: 1, C_TAG: '3.1' }],
    ]);
  });

  it('stores the inner instances inside the outer ones, each with its calculations', () => {
    const result = validateAnswers(family, answers, { mode: 'submit' });
    expect(result.errors).toEqual([]);
    expect(JSON.parse(JSON.stringify(result.cleaned)).SIBLINGS[0]).toEqual({
      S_AGE: 30,
      S_RANK: 1,
      S_KIDS: 2,
      S_KID_AGES: 11,
      CHILDREN: [
        { C_AGE: 4, C_RANK: 1, C_TAG: '1.1' },
        { C_AGE: 7, C_RANK: 2, C_TAG: '1.2' },
      ],
    });
  });

  it('names the path of instances of an inner answer breaking its constraint, read against its outer instance', () => {
    const broken = { N_SIB: 2, SIBLINGS: [{ S_AGE: 30 }, { S_AGE: 20, CHILDREN: [{ C_AGE: 2 }, { C_AGE: 21 }] }] };
    expect(validateAnswers(family, broken, { mode: 'submit' }).errors).toEqual([
      {
        code: 'C_AGE',
        rule: 'constraint',
        repeat: 'CHILDREN',
        instance: 2,
        path: 'SIBLINGS[2]/CHILDREN[2]',
        message:
          'Répétition « CHILDREN », instance SIBLINGS[2]/CHILDREN[2] : La réponse à la question « C_AGE » ne respecte pas sa contrainte.',
        message_ar: 'التكرار « CHILDREN »، النسخة SIBLINGS[2]/CHILDREN[2]: الجواب لا يحترم الشروط المحددة لهذا السؤال.',
      },
    ]);
  });

  it('judges required, relevance and the type of inner answers per instance, at their path', () => {
    const submit = validateAnswers(
      family,
      {
        N_SIB: 2,
        SIBLINGS: [
          { S_AGE: 40, CHILDREN: [{}] },
          { S_AGE: 10, CHILDREN: [{ C_AGE: 1 }] },
        ],
      },
      { mode: 'submit' },
    );
    expect(submit.errors.map((error) => [error.code, error.rule, error.path])).toEqual([
      ['C_AGE', 'required', 'SIBLINGS[1]/CHILDREN[1]'],
      ['CHILDREN', 'not_relevant', 'SIBLINGS[2]'],
    ]);
    const draft = validateAnswers(
      family,
      { SIBLINGS: [{ CHILDREN: [{ C_AGE: 'four', S_AGE: 3 }] }, { CHILDREN: 'none' }] },
      { mode: 'draft' },
    );
    expect(draft.errors.map((error) => [error.code, error.rule, error.path])).toEqual([
      ['C_AGE', 'invalid_type', 'SIBLINGS[1]/CHILDREN[1]'],
      ['S_AGE', 'unknown_question', 'SIBLINGS[1]/CHILDREN[1]'],
      ['CHILDREN', 'invalid_type', 'SIBLINGS[2]'],
    ]);
  });

  it('does not judge the instances of a repeat holding a refused answer, at any depth', () => {
    const result = validateAnswers(
      family,
      { N_SIB: 1, SIBLINGS: [{ S_AGE: 40, CHILDREN: [{ C_AGE: 'x' }, {}] }] },
      { mode: 'submit' },
    );
    expect(result.errors.map((error) => [error.code, error.rule, error.path])).toEqual([
      ['C_AGE', 'invalid_type', 'SIBLINGS[1]/CHILDREN[1]'],
    ]);
  });

  it('counts the inner instances against the inner repeat_count of each outer instance', () => {
    const counted = version(
      question('OUTER', 'repeat'),
      question('N', 'integer', { repeat: 'OUTER' }),
      question('INNER', 'repeat', { repeat: 'OUTER', repeat_count: '${N}' }),
      question('X', 'integer', { repeat: 'INNER' }),
    );
    const result = validateAnswers(
      counted,
      {
        OUTER: [
          { N: 1, INNER: [{ X: 1 }] },
          { N: 2, INNER: [{ X: 1 }] },
        ],
      },
      { mode: 'submit' },
    );
    expect(result.errors.map((error) => [error.code, error.rule, error.path, error.message])).toEqual([
      [
        'INNER',
        'repeat_count',
        'OUTER[2]',
        "Répétition « OUTER », instance 2 : La répétition « INNER » doit avoir 2 instance(s) d'après son nombre de répétitions (repeat_count), pas 1.",
      ],
    ]);
  });
});
