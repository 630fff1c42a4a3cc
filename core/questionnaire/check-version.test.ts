import { describe, expect, it } from 'vitest';
import { checkVersion } from './check-version.ts';
import type { ProblemRule, VersionProblem } from './problem.ts';
import { choices, question, version } from './test-support.ts';
import type { QuestionnaireVersion } from './types.ts';

const valid = version(
  question('consent', 'select_one', { required: true, choices: choices('yes', 'no') }),
  question('age', 'integer', { required: true, relevant: "${consent} = 'yes'", constraint: '. >= 10 and . <= 18' }),
  question('activities', 'select_multiple', {
    choices: choices('school', 'training', 'none'),
    constraint: "not(selected(., 'none')) or count-selected(.) = 1",
  }),
  question('visits', 'integer'),
  question('visited', 'calculate', { calculation: 'if(${visits} > 0, 1, 0)' }),
  question('end', 'note', { relevant: '${visited} = 1' }),
);

function onlyProblem(subject: QuestionnaireVersion): VersionProblem {
  const problems = checkVersion(subject);
  expect(problems).toHaveLength(1);
  const [problem] = problems;
  if (!problem) throw new Error('no problem reported');
  return problem;
}

describe('checkVersion', () => {
  it('accepts a valid version', () => {
    expect(checkVersion(valid)).toEqual([]);
  });

  it.each<[string, QuestionnaireVersion, ProblemRule, Partial<VersionProblem>]>([
    ['no question', version(), 'no_questions', {}],
    [
      'a code starting with a digit',
      version(question('1age', 'integer')),
      'code_format',
      { question: '1age', field: 'code' },
    ],
    ['a code with a space', version(question('age 2', 'integer')), 'code_format', { field: 'code' }],
    ['a code with an accent', version(question('âge', 'integer')), 'code_format', { field: 'code' }],
    ['a code too long', version(question(`q${'x'.repeat(64)}`, 'integer')), 'code_too_long', { field: 'code' }],
    ['a reserved code', version(question('__proto__', 'text')), 'code_reserved', { question: '__proto__' }],
    ['an unknown type', version(question('q', 'geopoint' as never)), 'unknown_type', { field: 'type' }],
    ['an empty label', version(question('q', 'text', { label: ' ' })), 'missing_label', { field: 'label' }],
    ['an unknown section', version(question('q', 'text', { section: 'S9' })), 'unknown_section', { field: 'section' }],
    ['a select without choices', version(question('q', 'select_one')), 'missing_choices', { field: 'choices' }],
    [
      'a choice value with a space',
      version(question('q', 'select_multiple', { choices: choices('a b') })),
      'choice_value_format',
      {},
    ],
    [
      'a choice without label',
      version(question('q', 'select_one', { choices: [{ value: 'a', label: '' }] })),
      'missing_choice_label',
      {},
    ],
    [
      'a calculate without calculation',
      version(question('c', 'calculate', { calculation: '  ' })),
      'missing_calculation',
      { field: 'calculation' },
    ],
    [
      'a calculation on an input question',
      version(question('q', 'integer', { calculation: '1' })),
      'field_not_allowed',
      { field: 'calculation' },
    ],
    [
      'a constraint on a note',
      version(question('n', 'note', { constraint: '1' })),
      'field_not_allowed',
      { field: 'constraint' },
    ],
    [
      'a required note',
      version(question('n', 'note', { required: true })),
      'required_not_allowed',
      { field: 'required' },
    ],
    [
      'a required calculate',
      version(question('c', 'calculate', { calculation: '1', required: true })),
      'required_not_allowed',
      {},
    ],
    [
      '`.` in a relevance',
      version(question('q', 'integer', { relevant: '. > 1' })),
      'current_outside_constraint',
      { field: 'relevant', position: 0 },
    ],
    [
      '`.` in a calculation',
      version(question('c', 'calculate', { calculation: '1 + .' })),
      'current_outside_constraint',
      { position: 4 },
    ],
    [
      'a relevance on its own answer',
      version(question('q', 'integer', { relevant: '1 = 1 and ${q} > 1' })),
      'self_relevance',
      { field: 'relevant', position: 10, length: 4 },
    ],
  ])('reports %s', (_name, subject, rule, expected) => {
    const problem = onlyProblem(subject);
    expect(problem).toMatchObject({ rule, ...expected });
    expect(problem.message).toMatch(/\S/);
  });

  it('reports each repeated code and repeated choice value', () => {
    const subject = version(
      question('q', 'text'),
      question('q', 'select_one', { choices: choices('a', 'b', 'a', 'a') }),
    );
    expect(checkVersion(subject).map((problem) => problem.rule)).toEqual([
      'duplicate_code',
      'duplicate_choice',
      'duplicate_choice',
    ]);
  });

  it('reports a repeated section code', () => {
    const subject = {
      ...version(question('q', 'text')),
      sections: [
        { code: 'S1', label: 'A' },
        { code: 'S1', label: 'B' },
      ],
    };
    expect(onlyProblem(subject).rule).toBe('duplicate_section');
  });

  it('names the question, the field and the position of an unknown code, in French', () => {
    const subject = version(
      question('age', 'integer'),
      question('school', 'text', { relevant: '${age} >= 6 and ${agee} < 16' }),
    );
    expect(onlyProblem(subject)).toEqual({
      rule: 'unknown_reference',
      question: 'school',
      field: 'relevant',
      position: 16,
      length: 7,
      message:
        "Question « school », condition d'affichage (relevant), caractère 17 : La question « agee » n'existe pas dans cette version.",
    });
  });

  it('reports a syntax error with its position', () => {
    const subject = version(question('age', 'integer', { constraint: '. >= 10 and' }));
    expect(onlyProblem(subject)).toMatchObject({
      rule: 'expression_syntax',
      field: 'constraint',
      position: 11,
      length: 0,
    });
  });

  it('reports every problem of the version, not just the first', () => {
    const subject = version(
      question('a', 'integer', { relevant: '${x} = 1', constraint: '. >' }),
      question('b', 'select_one'),
      question('c', 'calculate'),
    );
    expect(
      checkVersion(subject)
        .map((problem) => problem.rule)
        .sort(),
    ).toEqual(['expression_syntax', 'missing_calculation', 'missing_choices', 'unknown_reference'].sort());
  });

  it('reports a calculation cycle with its path', () => {
    const subject = version(
      question('a', 'calculate', { calculation: '${b} + 1' }),
      question('b', 'calculate', { calculation: '${c} * 2' }),
      question('c', 'calculate', { calculation: '${a}' }),
    );
    expect(onlyProblem(subject)).toMatchObject({
      rule: 'cycle',
      question: 'a',
      field: 'calculation',
      cycle: ['a', 'b', 'c', 'a'],
      message: 'Question « a » : dépendance circulaire a → b → c → a.',
    });
  });

  it('reports a cycle through relevance conditions', () => {
    const subject = version(
      question('a', 'integer', { relevant: '${s} > 0' }),
      question('s', 'calculate', { calculation: '${a} * 2' }),
    );
    expect(onlyProblem(subject)).toMatchObject({ rule: 'cycle', cycle: ['a', 's', 'a'], field: 'relevant' });
  });

  it('reports a calculation that reads itself as a cycle', () => {
    expect(onlyProblem(version(question('c', 'calculate', { calculation: '${c} + 1' })))).toMatchObject({
      cycle: ['c', 'c'],
    });
  });

  it('accepts a constraint naming its own question, like `.`', () => {
    expect(checkVersion(version(question('age', 'integer', { constraint: '${age} < 19' })))).toEqual([]);
  });
});
