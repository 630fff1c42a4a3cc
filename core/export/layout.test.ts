import { describe, expect, it } from 'vitest';
import { choices, question } from '../questionnaire/test-support.ts';
import type { QuestionnaireVersion } from '../questionnaire/index.ts';
import { buildDataset } from './layout.ts';
import { INTERVIEWS, VERSION } from './test-support.ts';

const INTERVIEW_FIELDS = [
  'wave',
  'interview_code',
  'respondent_id',
  'establishment_code',
  'establishment_type',
  'region',
  'interview_date',
  'status',
  'instrument_version',
];

function valuesOf(code: string, includeText = false) {
  const dataset = buildDataset('W1', [VERSION], INTERVIEWS, { includeText });
  const index = dataset.columns.findIndex((column) => column.name === code);
  return dataset.rows.map((row) => row[index]);
}

describe('buildDataset columns', () => {
  it('puts the interview fields first, then one column per question, notes and free text left out', () => {
    const dataset = buildDataset('W1', [VERSION], INTERVIEWS, { includeText: false });
    expect(dataset.columns.map((column) => column.name)).toEqual([
      ...INTERVIEW_FIELDS,
      'SEX',
      'AGE',
      'BALANCE',
      'ACTIVITIES',
      'ACTIVITIES__sport',
      'ACTIVITIES__school',
      'ACTIVITIES__work',
      'VISIT_DATE',
      'N_ACT',
    ]);
  });

  it('keeps free text when asked', () => {
    const dataset = buildDataset('W1', [VERSION], INTERVIEWS, { includeText: true });
    expect(dataset.columns.map((column) => column.name)).toContain('COMMENT');
    expect(dataset.questions.find((entry) => entry.code === 'COMMENT')?.columns).toEqual(['COMMENT']);
  });

  it.each([
    ['SEX', 'select_one'],
    ['AGE', 'integer'],
    ['BALANCE', 'decimal'],
    ['ACTIVITIES', 'string'],
    ['ACTIVITIES__work', 'dummy'],
    ['VISIT_DATE', 'date'],
    ['N_ACT', 'integer'],
    ['respondent_id', 'integer'],
    ['interview_date', 'date'],
  ])('reads %s as %s', (name, kind) => {
    const dataset = buildDataset('W1', [VERSION], INTERVIEWS, { includeText: false });
    expect(dataset.columns.find((column) => column.name === name)?.kind).toBe(kind);
  });

  it('unites the codes of several versions in order and keeps every choice', () => {
    const second: QuestionnaireVersion = {
      id: 8,
      instrument: 'BARO',
      version: 2,
      sections: [],
      questions: [
        question('NEW', 'integer'),
        question('ACTIVITIES', 'select_multiple', { choices: choices('sport', 'music') }),
      ],
    };
    const dataset = buildDataset('W1', [VERSION, second], [], { includeText: false });
    expect(dataset.questions.map((entry) => entry.code)).toEqual([
      'INTRO',
      'SEX',
      'AGE',
      'BALANCE',
      'ACTIVITIES',
      'VISIT_DATE',
      'COMMENT',
      'N_ACT',
      'NEW',
    ]);
    expect(dataset.questions.find((entry) => entry.code === 'ACTIVITIES')?.columns).toEqual([
      'ACTIVITIES',
      'ACTIVITIES__sport',
      'ACTIVITIES__school',
      'ACTIVITIES__work',
      'ACTIVITIES__music',
    ]);
  });

  it('numbers a question column that would repeat a header', () => {
    const clash: QuestionnaireVersion = {
      sections: [],
      questions: [
        question('status', 'integer'),
        question('A__x', 'integer'),
        question('A', 'select_multiple', { choices: choices('x') }),
      ],
    };
    const dataset = buildDataset('W1', [clash], [], { includeText: false });
    expect(dataset.columns.slice(INTERVIEW_FIELDS.length).map((column) => column.name)).toEqual([
      'status_2',
      'A__x',
      'A',
      'A__x_2',
    ]);
  });
});

describe('buildDataset rows', () => {
  it('sorts interviews by code and numbers respondents in that order, whatever the input order', () => {
    expect(valuesOf('interview_code')).toEqual(['W1-CRE-01-001', 'W1-CRE-01-002', 'W1-CRE-01-003']);
    expect(valuesOf('respondent_id')).toEqual([1, 2, 3]);
    expect(buildDataset('W1', [VERSION], [...INTERVIEWS].reverse(), { includeText: true })).toEqual(
      buildDataset('W1', [VERSION], INTERVIEWS, { includeText: true }),
    );
  });

  it.each([
    ['ACTIVITIES', ['sport work', null, 'school']],
    ['ACTIVITIES__sport', [1, null, 0]],
    ['ACTIVITIES__school', [0, null, 1]],
    ['ACTIVITIES__work', [1, null, 0]],
  ])('expands select_multiple: %s', (name, expected) => {
    expect(valuesOf(name)).toEqual(expected);
  });

  it.each([
    ['SEX', ['male', 'female', null]],
    ['AGE', [16, 14, 17]],
    ['BALANCE', [30, -12.5, null]],
    ['VISIT_DATE', ['2025-02-01', null, null]],
    ['instrument_version', ['BARO v1', 'BARO v1', 'BARO v1']],
  ])('writes %s as stored, missing as null', (name, expected) => {
    expect(valuesOf(name)).toEqual(expected);
  });

  it('neutralises free text that a spreadsheet would run, and only strings', () => {
    expect(valuesOf('COMMENT', true)).toEqual(['Visite du père', "'=1+1", "'@SUM(A1)"]);
  });

  it('never reads an answer through the prototype', () => {
    const version: QuestionnaireVersion = { sections: [], questions: [question('toString', 'text')] };
    const dataset = buildDataset('W1', [version], INTERVIEWS, { includeText: true });
    expect(dataset.rows.map((row) => row.at(-1))).toEqual([null, null, null]);
  });
});
