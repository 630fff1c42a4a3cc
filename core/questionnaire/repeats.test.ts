// Repeat groups (issue 20): the structure a version must have, answers as a list of instances, each
// instance validated in its own context, and what expressions outside the repeat see of it.
import { describe, expect, it } from 'vitest';
import { checkVersion } from './check-version.ts';
import { evaluateForm } from './form-state.ts';
import { choices, question, version } from './test-support.ts';
import { validateAnswers } from './validate-answers.ts';

const household = version(
  question('HH_SIZE', 'integer', { required: true }),
  question('CHILD', 'repeat', { repeat_count: '${HH_SIZE}' }),
  question('C_AGE', 'integer', { repeat: 'CHILD', required: true, constraint: '. >= 0 and . < 18' }),
  question('C_SCHOOL', 'select_one', { repeat: 'CHILD', relevant: '${C_AGE} >= 6', choices: choices('oui', 'non') }),
  question('C_RANK', 'calculate', { repeat: 'CHILD', calculation: 'position(..)' }),
  question('C_OLDER', 'calculate', { repeat: 'CHILD', calculation: 'if(${C_AGE} > ${HH_SIZE}, 1, 0)' }),
  question('N_CHILD', 'calculate', { calculation: 'count(${CHILD})' }),
  question('AGE_SUM', 'calculate', { calculation: 'sum(${C_AGE})' }),
  question('AGE_MAX', 'calculate', { calculation: 'max(${C_AGE})' }),
);

describe('the structure of a repeat', () => {
  it('publishes a repeat followed by its questions', () => {
    expect(checkVersion(household)).toEqual([]);
  });

  it.each([
    [
      'a question naming no repeat',
      version(question('A', 'integer', { repeat: 'NONE' })),
      "Question « A » : la répétition « NONE » n'existe pas avant cette question.",
    ],
    [
      'questions of a repeat apart from it',
      version(
        question('R', 'repeat'),
        question('A', 'integer', { repeat: 'R' }),
        question('B', 'integer'),
        question('C', 'integer', { repeat: 'R' }),
      ),
      'Question « C » : les questions de la répétition « R » doivent se suivre, juste après elle.',
    ],
    [
      'an empty repeat in a repeat',
      version(
        question('R', 'repeat'),
        question('A', 'integer', { repeat: 'R' }),
        question('R2', 'repeat', { repeat: 'R' }),
      ),
      'Question « R2 » : une répétition doit contenir au moins une question.',
    ],
    [
      'a question of an outer repeat between a nested repeat and its questions',
      version(
        question('R', 'repeat'),
        question('R2', 'repeat', { repeat: 'R' }),
        question('A', 'integer', { repeat: 'R' }),
        question('B', 'integer', { repeat: 'R2' }),
      ),
      'Question « B » : les questions de la répétition « R2 » doivent se suivre, juste après elle.',
    ],
    [
      'an empty repeat',
      version(question('R', 'repeat'), question('A', 'integer')),
      'Question « R » : une répétition doit contenir au moins une question.',
    ],
    [
      'a repeat_count on a question',
      version(question('A', 'integer', { repeat_count: '2' })),
      'Question « A » : seule une répétition (repeat) a un nombre de répétitions.',
    ],
    [
      'a repeat question in another section',
      version(question('R', 'repeat'), question('A', 'integer', { repeat: 'R', section: null })),
      "Question « A » : une question de la répétition « R » doit être dans la même section qu'elle.",
    ],
  ])('refuses %s', (_case, candidate, message) => {
    expect(checkVersion(candidate).map((problem) => problem.message)).toContain(message);
  });

  it('refuses a required repeat and checks its repeat_count as an expression', () => {
    const candidate = version(
      question('R', 'repeat', { required: true, repeat_count: '${NOPE}' }),
      question('A', 'integer', { repeat: 'R' }),
    );
    expect(checkVersion(candidate).map((problem) => [problem.rule, problem.field])).toEqual([
      ['required_not_allowed', 'required'],
      ['unknown_reference', 'repeat_count'],
    ]);
  });
});

describe('answers of a repeat', () => {
  const two = { HH_SIZE: 2, CHILD: [{ C_AGE: 4 }, { C_AGE: 9, C_SCHOOL: 'oui' }] };

  it('settles each instance in its own context and gives the repeat to count(), sum() and max()', () => {
    const state = evaluateForm(household, two);
    expect(state.instances.CHILD?.map((instance) => [...instance.relevant])).toEqual([
      ['C_AGE', 'C_RANK', 'C_OLDER'],
      ['C_AGE', 'C_SCHOOL', 'C_RANK', 'C_OLDER'],
    ]);
    expect(state.calculations).toEqual({ N_CHILD: 2, AGE_SUM: 13, AGE_MAX: 9 });
    expect(state.instances.CHILD?.map((instance) => instance.calculations)).toEqual([
      { C_RANK: 1, C_OLDER: 1 },
      { C_RANK: 2, C_OLDER: 1 },
    ]);
  });

  it('stores the instances with their calculations, and accepts a valid submission', () => {
    const result = validateAnswers(household, two, { mode: 'submit' });
    expect(result.errors).toEqual([]);
    expect(JSON.parse(JSON.stringify(result.cleaned))).toEqual({
      HH_SIZE: 2,
      CHILD: [
        { C_AGE: 4, C_RANK: 1, C_OLDER: 1 },
        { C_AGE: 9, C_SCHOOL: 'oui', C_RANK: 2, C_OLDER: 1 },
      ],
      N_CHILD: 2,
      AGE_SUM: 13,
      AGE_MAX: 9,
    });
  });

  it('names the question and the instance of an answer breaking its constraint', () => {
    const result = validateAnswers(household, { HH_SIZE: 2, CHILD: [{ C_AGE: 4 }, { C_AGE: 20 }] }, { mode: 'submit' });
    expect(result.errors).toEqual([
      {
        code: 'C_AGE',
        rule: 'constraint',
        repeat: 'CHILD',
        instance: 2,
        path: 'CHILD[2]',
        message: 'Répétition « CHILD », instance 2 : La réponse à la question « C_AGE » ne respecte pas sa contrainte.',
        message_ar: 'التكرار « CHILD »، النسخة 2: الجواب لا يحترم الشروط المحددة لهذا السؤال.',
      },
    ]);
  });

  it('judges required and relevance per instance', () => {
    const result = validateAnswers(
      household,
      { HH_SIZE: 2, CHILD: [{}, { C_AGE: 3, C_SCHOOL: 'non' }] },
      { mode: 'submit' },
    );
    expect(result.errors.map((error) => [error.code, error.rule, error.instance])).toEqual([
      ['C_AGE', 'required', 1],
      ['C_SCHOOL', 'not_relevant', 2],
    ]);
  });

  it('refuses a number of instances other than repeat_count on submit, not in a draft', () => {
    const answers = { HH_SIZE: 3, CHILD: [{ C_AGE: 4 }] };
    expect(validateAnswers(household, answers, { mode: 'submit' }).errors).toEqual([
      expect.objectContaining({
        code: 'CHILD',
        rule: 'repeat_count',
        message: expect.stringContaining('doit avoir 3 instance(s)'),
      }),
    ]);
    expect(validateAnswers(household, answers, { mode: 'draft' }).errors).toEqual([]);
  });

  it.each<[string, unknown, readonly (readonly [string, string, number | undefined])[]]>([
    ['not a list', { C_AGE: 4 }, [['CHILD', 'invalid_type', undefined]]],
    ['a list holding a number', [3], [['CHILD', 'invalid_type', undefined]]],
    ['more than 100 instances', Array.from({ length: 101 }, () => ({})), [['CHILD', 'invalid_type', undefined]]],
    ['a wrong type in an instance', [{ C_AGE: 4 }, { C_AGE: '9' }], [['C_AGE', 'invalid_type', 2]]],
    ['a question of another scope in an instance', [{ HH_SIZE: 4 }], [['HH_SIZE', 'unknown_question', 1]]],
  ])('refuses %s in the type layer, even in a draft', (_case, value, expected) => {
    const result = validateAnswers(household, { CHILD: value }, { mode: 'draft' });
    expect(result.errors.map((error) => [error.code, error.rule, error.instance])).toEqual(expected);
  });

  it('refuses the answer of a repeat question outside its repeat', () => {
    expect(validateAnswers(household, { C_AGE: 4 }, { mode: 'draft' }).errors).toEqual([
      expect.objectContaining({ code: 'C_AGE', rule: 'in_repeat' }),
    ]);
  });

  it('refuses instances of a repeat that is not relevant', () => {
    const gated = version(
      question('HAS', 'integer'),
      question('R', 'repeat', { relevant: '${HAS} = 1' }),
      question('A', 'integer', { repeat: 'R' }),
    );
    expect(validateAnswers(gated, { HAS: 0, R: [{ A: 1 }] }, { mode: 'submit' }).errors).toEqual([
      expect.objectContaining({ code: 'R', rule: 'not_relevant' }),
    ]);
  });
});

describe('once() and jr:choice-name()', () => {
  it('keeps the value a calculation already holds', () => {
    const form = version(question('A', 'integer'), question('FIRST', 'calculate', { calculation: 'once(${A})' }));
    expect(validateAnswers(form, { A: 5 }, { mode: 'submit' }).cleaned.FIRST).toBe(5);
    expect(validateAnswers(form, { A: 7, FIRST: 5 }, { mode: 'submit' }).cleaned.FIRST).toBe(5);
  });

  it('keeps once() per repeat instance: each instance holds the value it was first given', () => {
    const form = version(
      question('R', 'repeat'),
      question('A', 'integer', { repeat: 'R' }),
      question('FIRST', 'calculate', { repeat: 'R', calculation: 'once(${A})' }),
      question('INNER', 'repeat', { repeat: 'R' }),
      question('B', 'integer', { repeat: 'INNER' }),
      question('FIRST_B', 'calculate', { repeat: 'INNER', calculation: 'once(${B} + ${FIRST})' }),
    );
    const first = validateAnswers(form, { R: [{ A: 5, INNER: [{ B: 1 }] }, { A: 2 }] }, { mode: 'submit' });
    const stored = JSON.parse(JSON.stringify(first.cleaned)) as { R: Array<Record<string, unknown>> };
    expect(stored.R).toEqual([
      { A: 5, FIRST: 5, INNER: [{ B: 1, FIRST_B: 6 }] },
      { A: 2, FIRST: 2 },
    ]);
    const edited = {
      R: [{ ...stored.R[0], A: 7, INNER: [{ B: 4, FIRST_B: 6 }, { B: 4 }] }, { ...stored.R[1], A: 9 }, { A: 3 }],
    };
    expect(JSON.parse(JSON.stringify(validateAnswers(form, edited, { mode: 'submit' }).cleaned))).toEqual({
      R: [
        {
          A: 7,
          FIRST: 5,
          INNER: [
            { B: 4, FIRST_B: 6 },
            { B: 4, FIRST_B: 9 },
          ],
        },
        { A: 9, FIRST: 2 },
        { A: 3, FIRST: 3 },
      ],
    });
  });

  it('gives the label of the choice in the language asked', () => {
    const form = version(
      question('Q', 'select_one', { choices: [{ value: 'y', label: 'Oui', label_ar: 'نعم' }] }),
      question('L', 'calculate', { calculation: "jr:choice-name(${Q}, '${Q}')" }),
    );
    expect(evaluateForm(form, { Q: 'y' }).calculations.L).toBe('Oui');
    expect(evaluateForm(form, { Q: 'y' }, { language: 'ar' }).calculations.L).toBe('نعم');
  });
});
