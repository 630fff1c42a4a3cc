// A repeat leaves as a second table (issue 20): one row per instance, linked to the interview's row by
// interview_code and respondent_id; the interviews' file has no column for its questions, and the
// codebook says where they are.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { choices, question } from '../questionnaire/test-support.ts';
import type { QuestionnaireVersion } from '../questionnaire/index.ts';
import { exportRepeatTable, exportWave } from './export-wave.ts';
import type { ExportInterview } from './types.ts';

const VERSION: QuestionnaireVersion = {
  id: 3,
  instrument: 'VIS',
  version: 1,
  sections: [{ code: 'S1', label: 'Section 1' }],
  questions: [
    question('AGE', 'integer', { label: 'Âge' }),
    question('VISIT', 'repeat', { label: 'Visite' }),
    question('WHO', 'select_multiple', { label: 'Qui', repeat: 'VISIT', choices: choices('parent', 'lawyer') }),
    question('MINUTES', 'integer', { label: 'Durée', repeat: 'VISIT' }),
    question('NOTE', 'text', { label: 'Remarque', repeat: 'VISIT' }),
    question('N_VISITS', 'calculate', { label: 'Visites', calculation: 'count(${VISIT})' }),
  ],
};

function interview(code: string, answers: Record<string, unknown>): ExportInterview {
  return {
    code,
    establishment_code: 'CRE-01',
    establishment_type: 'cre',
    region: 'Oriental',
    interview_date: '2026-10-02',
    status: 'submitted',
    instrument_version: 3,
    answers,
  };
}

const input = {
  wave: 'W9',
  versions: [VERSION],
  interviews: [
    interview('I-B', { AGE: 15, VISIT: [{ WHO: ['lawyer'], MINUTES: 20, NOTE: '=appel' }], N_VISITS: 1 }),
    interview('I-A', { AGE: 16, VISIT: [{ WHO: ['parent', 'lawyer'], MINUTES: 30 }, { MINUTES: 10 }], N_VISITS: 2 }),
    interview('I-C', { AGE: 17 }),
  ],
};

function rows(body: string): string[][] {
  return parse(body, { bom: true }) as string[][];
}

describe('the table of a repeat', () => {
  it('has one row per instance, with the respondent_id of the interview’s row and the instance number', () => {
    const file = exportRepeatTable(input, 'VISIT', { includeText: false });
    expect(file?.filename).toBe('W9-repetition-VISIT.csv');
    expect(rows(file?.body ?? '')).toEqual([
      ['wave', 'interview_code', 'respondent_id', 'instance', 'WHO', 'WHO__parent', 'WHO__lawyer', 'MINUTES'],
      ['W9', 'I-A', '1', '1', 'parent lawyer', '1', '1', '30'],
      ['W9', 'I-A', '1', '2', '', '', '', '10'],
      ['W9', 'I-B', '2', '1', 'lawyer', '0', '1', '20'],
    ]);
    const main = rows(exportWave(input, 'csv', { includeText: false }, 'raw').body);
    expect(main[0]?.slice(-2)).toEqual(['AGE', 'N_VISITS']);
    expect(main.slice(1).map((row) => [row[1], row[2]])).toEqual([
      ['I-A', '1'],
      ['I-B', '2'],
      ['I-C', '3'],
    ]);
  });

  it('gives free text only on request, neutralised', () => {
    const file = exportRepeatTable(input, 'VISIT', { includeText: true });
    expect(file?.filename).toBe('W9-repetition-VISIT-avec-textes.csv');
    expect(rows(file?.body ?? '').map((row) => row.at(-1))).toEqual(['NOTE', '', '', "'=appel"]);
  });

  it('is undefined for a code that is no repeat of the wave', () => {
    expect(exportRepeatTable(input, 'AGE', { includeText: false })).toBeUndefined();
  });

  it('is described by the codebook: the repeat points to its table, its questions to their columns there', () => {
    const codebook = rows(exportWave(input, 'codebook', { includeText: false }, 'raw').body);
    const columnsOf = (code: string) => codebook.find((row) => row[0] === code)?.at(-1);
    expect(columnsOf('VISIT')).toBe(
      '(table à part W9-repetition-VISIT.csv : une ligne par instance, liée par respondent_id)',
    );
    expect(columnsOf('WHO')).toBe('W9-repetition-VISIT.csv : WHO WHO__parent WHO__lawyer');
    expect(columnsOf('NOTE')).toBe('(exclue : réponse libre, sur demande d’un coordinateur)');
    expect(columnsOf('N_VISITS')).toBe('N_VISITS');
  });
});

describe('the table of a repeat inside a repeat', () => {
  const nested: QuestionnaireVersion = {
    id: 4,
    instrument: 'FAM',
    version: 1,
    sections: [],
    questions: [
      question('SIBLINGS', 'repeat', { label: 'Frère ou sœur', section: null }),
      question('S_AGE', 'integer', { label: 'Âge', repeat: 'SIBLINGS', section: null }),
      question('CHILDREN', 'repeat', { label: 'Enfant', repeat: 'SIBLINGS', section: null }),
      question('C_AGE', 'integer', { label: 'Âge de l’enfant', repeat: 'CHILDREN', section: null }),
    ],
  };
  const family = {
    wave: 'W9',
    versions: [nested],
    interviews: [
      {
        ...interview('I-A', {
          SIBLINGS: [
            { S_AGE: 30, CHILDREN: [{ C_AGE: 4 }, { C_AGE: 7 }] },
            { S_AGE: 12 },
            { S_AGE: 25, CHILDREN: [{ C_AGE: 1 }] },
          ],
        }),
        instrument_version: 4,
      },
      { ...interview('I-B', { SIBLINGS: [{ S_AGE: 40, CHILDREN: [{ C_AGE: 9 }] }] }), instrument_version: 4 },
    ],
  };

  it('has one row per inner instance, keyed by the interview and the instance of the outer repeat it is in', () => {
    const children = exportRepeatTable(family, 'CHILDREN', { includeText: false });
    expect(rows(children?.body ?? '')).toEqual([
      ['wave', 'interview_code', 'respondent_id', 'instance_SIBLINGS', 'instance', 'C_AGE'],
      ['W9', 'I-A', '1', '1', '1', '4'],
      ['W9', 'I-A', '1', '1', '2', '7'],
      ['W9', 'I-A', '1', '3', '1', '1'],
      ['W9', 'I-B', '2', '1', '1', '9'],
    ]);
    expect(rows(exportRepeatTable(family, 'SIBLINGS', { includeText: false })?.body ?? '')).toEqual([
      ['wave', 'interview_code', 'respondent_id', 'instance', 'S_AGE'],
      ['W9', 'I-A', '1', '1', '30'],
      ['W9', 'I-A', '1', '2', '12'],
      ['W9', 'I-A', '1', '3', '25'],
      ['W9', 'I-B', '2', '1', '40'],
    ]);
  });

  it('is described by the codebook as linked to the outer repeat’s table', () => {
    const codebook = rows(exportWave(family, 'codebook', { includeText: false }, 'raw').body);
    const columnsOf = (code: string) => codebook.find((row) => row[0] === code)?.at(-1);
    expect(columnsOf('CHILDREN')).toBe(
      '(table à part W9-repetition-CHILDREN.csv : une ligne par instance, liée à W9-repetition-SIBLINGS.csv par respondent_id et instance_SIBLINGS (sa colonne instance))',
    );
    expect(columnsOf('C_AGE')).toBe('W9-repetition-CHILDREN.csv : C_AGE');
  });
});
