import { describe, expect, it } from 'vitest';
import { readXlsForm } from './read-xlsform.ts';
import { readOk, sampleSheets, workbook } from './test-support.ts';

describe('readXlsForm: a valid form', () => {
  it('reads settings, sections, questions, choices and expressions', async () => {
    const form = await readOk(sampleSheets());
    expect(form).toEqual({
      formId: 'omp_mineurs',
      title: 'Baromètre OMP',
      version: '2025.1',
      defaultLanguage: 'French (fr)',
      questionnaire: {
        sections: [{ code: 'S1', label: 'Profil', label_ar: 'الملف' }],
        questions: [
          {
            code: 'SEXE',
            type: 'select_one',
            label: 'Sexe',
            label_ar: 'الجنس',
            required: true,
            section: 'S1',
            choices: [
              { value: 'm', label: 'Garçon', label_ar: 'ذكر' },
              { value: 'f', label: 'Fille', label_ar: 'أنثى' },
            ],
          },
          {
            code: 'AGE',
            type: 'integer',
            label: 'Âge',
            label_ar: 'العمر',
            required: true,
            section: 'S1',
            constraint: '. >= 12 and . <= 18',
            choices: [],
          },
          {
            code: 'ACTIVITES',
            type: 'select_multiple',
            label: 'Activités',
            required: false,
            relevant: '${AGE} >= 15',
            choices: [
              { value: 'sport', label: 'Sport' },
              { value: 'ecole', label: 'École' },
            ],
          },
          {
            code: 'MAJEUR',
            type: 'calculate',
            label: '',
            required: false,
            calculation: 'if(${AGE} >= 18, 1, 0)',
            choices: [],
          },
        ],
      },
    });
  });

  it('reads the optional identifying column: yes, true, 1 mark a question; no, 0, empty or no column do not', async () => {
    const sheets = sampleSheets();
    sheets.survey[0]?.push('Identifying');
    sheets.survey[2]?.push('TRUE');
    sheets.survey[3]?.push('0');
    sheets.survey[5]?.push('1');
    sheets.survey[6]?.push('no');
    const marked = (await readOk(sheets)).questionnaire.questions.map((question) => [
      question.code,
      question.identifying === true,
    ]);
    expect(marked).toEqual([
      ['SEXE', true],
      ['AGE', false],
      ['ACTIVITES', true],
      ['MAJEUR', false],
    ]);
    const without = (await readOk(sampleSheets())).questionnaire.questions;
    expect(without.some((question) => 'identifying' in question)).toBe(false);
  });

  it('accepts an ArrayBuffer and a Uint8Array that views part of a larger buffer', async () => {
    const bytes = await workbook(sampleSheets());
    const arrayBuffer = new Uint8Array(bytes).buffer;
    const padded = new Uint8Array(bytes.byteLength + 20);
    padded.set(bytes, 10);
    expect(await readXlsForm(arrayBuffer)).toMatchObject({ ok: true });
    expect(await readXlsForm(padded.subarray(10, 10 + bytes.byteLength))).toMatchObject({ ok: true });
  });
});
