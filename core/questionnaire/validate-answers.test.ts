import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TEXT_MAX_LENGTH } from './answer-schemas.ts';
import { choices, question, version } from './test-support.ts';
import { validateAnswers, type AnswerRule } from './validate-answers.ts';

const form = version(
  question('consent', 'select_one', { required: true, choices: choices('yes', 'no') }),
  question('age', 'integer', {
    required: true,
    relevant: "${consent} = 'yes'",
    constraint: '. >= 10 and . <= 18',
    constraint_message: "L'âge doit être entre 10 et 18 ans.",
    constraint_message_ar: 'يجب أن يكون العمر بين 10 و18 سنة.',
  }),
  question('activities', 'select_multiple', {
    relevant: "${consent} = 'yes'",
    choices: choices('school', 'training', 'none'),
    constraint: "not(selected(., 'none')) or count-selected(.) = 1",
  }),
  question('height', 'decimal', { relevant: "${consent} = 'yes'" }),
  question('admission', 'date', { relevant: "${consent} = 'yes'", constraint: '. <= today()' }),
  question('comment', 'text', { relevant: "${consent} = 'yes'" }),
  question('minor', 'calculate', { calculation: 'if(${age} < 18, 1, 0)' }),
  question('school_note', 'note', { relevant: '${minor} = 1' }),
);

const today = '2024-06-01';
const complete = {
  consent: 'yes',
  age: 15,
  activities: ['school', 'training'],
  height: 1.62,
  admission: '2024-01-10',
  comment: 'RAS',
};

function rulesOf(answers: Record<string, unknown>, mode: 'draft' | 'submit') {
  return validateAnswers(form, answers, { mode, today }).errors.map((error) => [error.code, error.rule]);
}

describe('validateAnswers: the type layer (draft and submit)', () => {
  it('accepts well-typed answers and adds the calculations', () => {
    const result = validateAnswers(form, complete, { mode: 'submit', today });
    expect(result).toMatchObject({ ok: true, errors: [] });
    expect(result.cleaned).toEqual({ ...complete, minor: 1 });
  });

  it.each<[string, unknown]>([
    ['consent', 'maybe'],
    ['consent', 1],
    ['consent', ['yes']],
    ['age', 15.5],
    ['age', '15'],
    ['age', Number.NaN],
    ['age', 2 ** 60],
    ['activities', 'school training'],
    ['activities', ['school', 'school']],
    ['activities', ['sport']],
    ['height', Infinity],
    ['height', '1.6'],
    ['admission', '2024-02-30'],
    ['admission', '10/01/2024'],
    ['admission', '2024-01-10T10:00:00Z'],
    ['comment', 'x'.repeat(TEXT_MAX_LENGTH + 1)],
    ['comment', { text: 'RAS' }],
  ])('refuses %s = %j', (code, value) => {
    for (const mode of ['draft', 'submit'] as const) {
      const result = validateAnswers(form, { ...complete, [code]: value }, { mode, today });
      expect(result.ok).toBe(false);
      expect(result.errors).toEqual([expect.objectContaining({ code, rule: 'invalid_type' })]);
      expect(result.errors[0]?.message).toContain(code);
      expect(result.cleaned).not.toHaveProperty(code);
    }
  });

  it('treats null, empty text and an empty list as no answer', () => {
    const result = validateAnswers(
      form,
      { consent: 'no', age: null, activities: [], comment: '' },
      { mode: 'draft', today },
    );
    expect(result).toMatchObject({ ok: true, errors: [] });
    expect(result.cleaned).toEqual({ consent: 'no', minor: 0 });
  });

  it('refuses an answer to a note, and ignores one to a calculation (the engine recomputes it)', () => {
    const result = validateAnswers(form, { ...complete, school_note: 'vu', minor: 0 }, { mode: 'draft', today });
    expect(result.errors).toEqual([expect.objectContaining({ code: 'school_note', rule: 'not_answerable' })]);
    expect(result.cleaned.minor).toBe(1);
  });

  it('checks only types in draft mode', () => {
    expect(rulesOf({ consent: 'no', age: 40 }, 'draft')).toEqual([]);
  });
});

describe('validateAnswers: unknown codes and prototype safety', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'AGE'])(
    'refuses %s as an unknown code',
    (code) => {
      const answers = JSON.parse(`{"consent": "no", ${JSON.stringify(code)}: {"polluted": true}}`) as Record<
        string,
        unknown
      >;
      const result = validateAnswers(form, answers, { mode: 'draft', today });
      expect(result.errors).toEqual([expect.objectContaining({ code, rule: 'unknown_question' })]);
      expect(Object.keys(result.cleaned)).toEqual(['consent', 'minor']);
      expect(Object.getPrototypeOf(result.cleaned)).toBeNull();
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );
});

describe('validateAnswers: submit rules', () => {
  it.each<[string, Record<string, unknown>, readonly (readonly [string, AnswerRule])[]]>([
    ['nothing answered', {}, [['consent', 'required']]],
    ['a required relevant question missing', { consent: 'yes' }, [['age', 'required']]],
    ['a required question that is not relevant', { consent: 'no' }, []],
    [
      'answers to non-relevant questions',
      { consent: 'no', age: 15, comment: 'x' },
      [
        ['age', 'not_relevant'],
        ['comment', 'not_relevant'],
      ],
    ],
    ['a constraint broken', { ...complete, age: 25 }, [['age', 'constraint']]],
    [
      'a constraint on a select_multiple',
      { ...complete, activities: ['none', 'school'] },
      [['activities', 'constraint']],
    ],
    ['a date in the future', { ...complete, admission: '2024-06-02' }, [['admission', 'constraint']]],
    ['a type error is not reported again as missing', { consent: 'yes', age: 'quinze' }, [['age', 'invalid_type']]],
    [
      'questions whose relevance reads a refused answer are not judged, others are',
      { consent: 'oui', age: 15, school_note: undefined, comment: 'x', activities: ['none', 'school'] },
      [['consent', 'invalid_type']],
    ],
    [
      'a type error does not hide independent problems',
      { ...complete, height: 'grand', age: 25 },
      [
        ['height', 'invalid_type'],
        ['age', 'constraint'],
      ],
    ],
  ])('%s', (_name, answers, expected) => {
    expect(rulesOf(answers, 'submit')).toEqual(expected);
  });

  it("gives the question's constraint message in French and Arabic", () => {
    const [error] = validateAnswers(form, { ...complete, age: 9 }, { mode: 'submit', today }).errors;
    expect(error).toEqual({
      code: 'age',
      rule: 'constraint',
      message: "L'âge doit être entre 10 et 18 ans.",
      message_ar: 'يجب أن يكون العمر بين 10 و18 سنة.',
    });
  });

  it('gives a default constraint message when the question has none', () => {
    const [error] = validateAnswers(form, { ...complete, admission: '2030-01-01' }, { mode: 'submit', today }).errors;
    expect(error?.message).toBe('La réponse à la question « admission » ne respecte pas sa contrainte.');
  });

  it('evaluates relevance through calculations', () => {
    expect(rulesOf({ ...complete, age: 18 }, 'submit')).toEqual([]);
  });
});

describe('validateAnswers: properties', () => {
  const anyValue = fc.oneof(
    fc.string(),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.constantFrom('school', 'training', 'none', 'x')),
    fc.object({ maxDepth: 1 }),
  );
  const anyAnswers = fc.dictionary(
    fc.oneof(
      fc.constantFrom(
        'consent',
        'age',
        'activities',
        'height',
        'admission',
        'comment',
        'minor',
        'school_note',
        '__proto__',
        'constructor',
      ),
      fc.string(),
    ),
    anyValue,
  );

  it('never throws, keeps only known questions, and drafts accept what submission types accept', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const draft = validateAnswers(form, answers, { mode: 'draft', today });
        const submit = validateAnswers(form, answers, { mode: 'submit', today });
        const known = new Set(form.questions.map((item) => item.code));
        expect(Object.keys(draft.cleaned).every((code) => known.has(code))).toBe(true);
        expect(draft.cleaned).toEqual(submit.cleaned);
        expect(submit.errors.slice(0, draft.errors.length)).toEqual(draft.errors);
        expect(draft.ok).toBe(draft.errors.length === 0);
      }),
      { numRuns: 500 },
    );
  });

  it('what draft cleaned is valid again, with the same calculations', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const { cleaned } = validateAnswers(form, answers, { mode: 'draft', today });
        const again = validateAnswers(form, cleaned, { mode: 'draft', today });
        expect(again.errors).toEqual([]);
        expect(again.cleaned).toEqual(cleaned);
      }),
      { numRuns: 500 },
    );
  });
});
