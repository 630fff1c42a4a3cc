import { describe, expect, it } from 'vitest';
import { versionFromRows } from './version-rows.ts';

const sections = [
  { id: 2, code: 'LEGAL', label: 'Situation juridique', label_ar: 'الوضعية القانونية', sort: 2 },
  { id: 1, code: 'PROFILE', label: 'Profil', label_ar: null, sort: 1 },
];

const questions = [
  {
    id: 11,
    code: 'LEGAL_STATUS',
    type: 'select_one',
    label: 'Situation',
    section: 2,
    required: 1,
    sort: 2,
    choices: [
      { id: 5, value: 'convicted', label: 'Condamné', label_ar: 'محكوم عليه', sort: 2, question: 11 },
      { id: 4, value: 'preventive', label: 'Préventive', label_ar: null, sort: 1, question: 11 },
    ],
    user_created: 'x',
  },
  {
    id: 10,
    code: 'AGE',
    type: 'integer',
    label: 'Âge',
    section: 1,
    required: true,
    constraint: '. >= 12',
    sort: 1,
    choices: [],
  },
  { id: 12, code: 'LOOSE', type: 'text', label: 'Hors section', section: null, required: false, sort: null },
];

describe('versionFromRows', () => {
  it('orders sections, questions and choices by sort and names sections by code', () => {
    const version = versionFromRows(3, sections, questions);
    expect(version.sections.map((section) => section.code)).toEqual(['PROFILE', 'LEGAL']);
    expect(version.questions.map((question) => [question.code, question.section, question.required])).toEqual([
      ['AGE', 'PROFILE', true],
      ['LEGAL_STATUS', 'LEGAL', true],
      ['LOOSE', null, false],
    ]);
    expect(version.questions[1]?.choices).toEqual([
      { value: 'preventive', label: 'Préventive', label_ar: null },
      { value: 'convicted', label: 'Condamné', label_ar: 'محكوم عليه' },
    ]);
    expect(version.questions[0]).toMatchObject({ constraint: '. >= 12', relevant: null, hint: null });
  });

  it('refuses a row the data model does not allow rather than showing a questionnaire with holes', () => {
    expect(() => versionFromRows(3, sections, [{ id: 1, code: 'X', type: 'geopoint', label: 'Où ?' }])).toThrow();
    expect(() => versionFromRows(3, null, [])).toThrow();
  });
});
