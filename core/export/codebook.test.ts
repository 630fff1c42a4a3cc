import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { exportWave } from './export-wave.ts';
import { INTERVIEWS, VERSION } from './test-support.ts';

function codebook(includeText: boolean): Array<Record<string, string>> {
  const file = exportWave(
    { wave: 'W1', versions: [VERSION], interviews: INTERVIEWS },
    'codebook',
    { includeText },
    'raw',
  );
  expect(file.filename).toBe(includeText ? 'W1-codebook-avec-textes.csv' : 'W1-codebook.csv');
  return parse(file.body, { bom: true, columns: true }) as Array<Record<string, string>>;
}

describe('codebook CSV', () => {
  it('lists the interview fields, then every question, notes and free text included', () => {
    expect(codebook(false).map((row) => row['code'])).toEqual([
      'wave',
      'interview_code',
      'respondent_id',
      'establishment_code',
      'establishment_type',
      'region',
      'interview_date',
      'status',
      'instrument_version',
      ...VERSION.questions.map((entry) => entry.code),
    ]);
  });

  it.each([
    [
      'SEX',
      {
        section: 'S1',
        type: 'select_one',
        label: 'Sexe',
        label_ar: 'الجنس',
        choices: 'male=Garçon | female=Fille',
        columns: 'SEX',
      },
    ],
    ['AGE', { type: 'integer', constraint: '. >= 12 and . <= 18', choices: '', relevant: '' }],
    [
      'ACTIVITIES',
      {
        type: 'select_multiple',
        relevant: '${AGE} >= 15',
        choices: 'sport=Choix sport | school=Choix school | work=Choix work',
        columns: 'ACTIVITIES ACTIVITIES__sport ACTIVITIES__school ACTIVITIES__work',
      },
    ],
    ['INTRO', { type: 'note', columns: '(aucune : note)' }],
    ['COMMENT', { type: 'text', columns: '(exclue : réponse libre, sur demande d’un coordinateur)' }],
    ['respondent_id', { type: 'integer', section: '', columns: 'respondent_id' }],
  ])('describes %s', (code, expected) => {
    expect(codebook(false).find((row) => row['code'] === code)).toMatchObject(expected);
  });

  it('gives the free-text column when it is exported', () => {
    expect(codebook(true).find((row) => row['code'] === 'COMMENT')?.['columns']).toBe('COMMENT');
  });
});
