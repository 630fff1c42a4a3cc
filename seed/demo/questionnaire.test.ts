import { describe, expect, it } from 'vitest';
import { check } from '../../core/expressions/index.ts';
import { checkVersion } from '../../core/questionnaire/index.ts';
import { BARO_V1, instruments, SUIVI_V1, versionOf } from './instruments.ts';

const CONTRACT_TYPES = new Set([
  'select_one',
  'select_multiple',
  'integer',
  'decimal',
  'text',
  'date',
  'note',
  'calculate',
]);
const ARABIC = /[\u0600-\u06FF]/;
const UPPER_SNAKE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;

const baro = versionOf(BARO_V1);
const suivi = versionOf(SUIVI_V1);

describe.each([
  ['BARO', baro],
  ['SUIVI', suivi],
])('%s v1', (_name, version) => {
  const codes = version.questions.map((question) => question.code);

  it('passes the publish checks of core/questionnaire', () => {
    expect(checkVersion(version)).toEqual([]);
  });

  it('has unique UPPER_SNAKE_CASE codes of contract types, in existing sections', () => {
    expect(new Set(codes).size).toBe(codes.length);
    const sectionCodes = new Set(version.sections.map((section) => section.code));
    for (const question of version.questions) {
      expect(question.code).toMatch(UPPER_SNAKE);
      expect(CONTRACT_TYPES.has(question.type)).toBe(true);
      expect(sectionCodes.has(question.section)).toBe(true);
    }
  });

  it('labels every section, question and choice in French and Arabic', () => {
    for (const section of version.sections) {
      expect(section.label.length).toBeGreaterThan(0);
      expect(section.label_ar).toMatch(ARABIC);
    }
    for (const question of version.questions) {
      expect(question.label.length, question.code).toBeGreaterThan(0);
      expect(question.label_ar, question.code).toMatch(ARABIC);
      if (question.hint !== null) expect(question.hint_ar, question.code).toMatch(ARABIC);
      if (question.constraint !== null) {
        expect(question.constraint_message, question.code).not.toBeNull();
        expect(question.constraint_message_ar, question.code).toMatch(ARABIC);
      }
      for (const choice of question.choices)
        expect(choice.label_ar, `${question.code}/${choice.value}`).toMatch(ARABIC);
    }
  });

  it('writes expressions that parse and name only the version’s codes', () => {
    for (const question of version.questions) {
      for (const expression of [question.relevant, question.calculation]) {
        if (expression !== null) expect(check(expression, codes), `${question.code}: ${expression}`).toEqual([]);
      }
      if (question.constraint !== null) expect(check(question.constraint, codes, { allowCurrent: true })).toEqual([]);
    }
    for (const section of version.sections) {
      if (section.relevant !== null) expect(check(section.relevant, codes)).toEqual([]);
    }
  });
});

describe('BARO v1 content', () => {
  const question = (code: string) => {
    const found = baro.questions.find((candidate) => candidate.code === code);
    if (!found) throw new Error(`no ${code}`);
    return found;
  };

  it('has about 40 questions in a profile section and one section per dimension', () => {
    expect(baro.questions.length).toBeGreaterThanOrEqual(38);
    expect(baro.questions.length).toBeLessThanOrEqual(45);
    expect(baro.sections.map((section) => section.code)).toEqual([
      'PROFILE',
      'LEGAL',
      'SAFETY',
      'FAMILY',
      'EDUCATION',
      'VOCATIONAL',
      'HEALTH',
      'RIGHTS',
      'RELEASE',
    ]);
  });

  it('has the skip logic and constraints the demo shows', () => {
    expect(question('SEX').choices.map((choice) => choice.value)).toEqual(['f', 'm']);
    expect(question('AGE').constraint).toBe('. >= 12 and . <= 20');
    expect(question('LEGAL_STATUS').choices.map((choice) => choice.value)).toEqual(['preventive', 'convicted']);
    expect(question('PRETRIAL_OVER_6M').relevant).toBe("${LEGAL_STATUS} = 'preventive'");
    expect(question('SCHOOLING').relevant).toBe('${AGE} < 16');
    expect(question('VOC_TRAINING').relevant).toBe('${AGE} >= 15');
    expect(question('COMPLAINT_OUTCOME').relevant).toBe("${COMPLAINT_FILED} = 'yes'");
    expect(question('ACTIVITIES').type).toBe('select_multiple');
    expect(question('N_ACTIVITIES').type).toBe('calculate');
    expect(baro.questions.some((candidate) => candidate.type === 'note')).toBe(true);
  });

  it('is published, as is SUIVI, and SUIVI stays short', () => {
    for (const instrument of instruments)
      expect(instrument.versions.map((version) => version.status)).toEqual(['published']);
    expect(suivi.questions.filter((candidate) => candidate.type !== 'note').length).toBeGreaterThanOrEqual(6);
    expect(suivi.questions.length).toBeLessThanOrEqual(10);
  });
});
