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
    const file = exportRepeatTable(input, 'VISIT', { includeText: false }, 'raw');
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
    const file = exportRepeatTable(input, 'VISIT', { includeText: true }, 'raw');
    expect(file?.filename).toBe('W9-repetition-VISIT-avec-textes.csv');
    expect(rows(file?.body ?? '').map((row) => row.at(-1))).toEqual(['NOTE', '', '', "'=appel"]);
  });

  it('is undefined for a code that is no repeat of the wave', () => {
    expect(exportRepeatTable(input, 'AGE', { includeText: false }, 'raw')).toBeUndefined();
  });

  it('beside the k-anonymous file, has no interview code and points at the protected rows', () => {
    const main = rows(exportWave(input, 'csv', { includeText: false }, 'k-anonymous').body);
    const header = main[0] ?? [];
    const visitsOf = new Map(
      main.slice(1).map((row) => [row[header.indexOf('respondent_id')], row[header.indexOf('N_VISITS')]]),
    );
    const table = rows(exportRepeatTable(input, 'VISIT', { includeText: false }, 'k-anonymous')?.body ?? '');
    expect(table.slice(1).map((row) => row[1])).toEqual(['', '', '']);
    const instances = new Map<string, number>();
    for (const row of table.slice(1)) instances.set(row[2] ?? '', (instances.get(row[2] ?? '') ?? 0) + 1);
    expect([...instances].map(([respondent, count]) => [visitsOf.get(respondent), String(count)])).toEqual(
      [...instances].map(([, count]) => [String(count), String(count)]),
    );
    const respondents = table.slice(1).map((row) => Number(row[2]));
    expect(respondents).toEqual([...respondents].sort((a, b) => a - b));
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
    const children = exportRepeatTable(family, 'CHILDREN', { includeText: false }, 'raw');
    expect(rows(children?.body ?? '')).toEqual([
      ['wave', 'interview_code', 'respondent_id', 'instance_SIBLINGS', 'instance', 'C_AGE'],
      ['W9', 'I-A', '1', '1', '1', '4'],
      ['W9', 'I-A', '1', '1', '2', '7'],
      ['W9', 'I-A', '1', '3', '1', '1'],
      ['W9', 'I-B', '2', '1', '1', '9'],
    ]);
    expect(rows(exportRepeatTable(family, 'SIBLINGS', { includeText: false }, 'raw')?.body ?? '')).toEqual([
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

describe('the SPSS and Stata scripts of a repeat’s table', () => {
  it('SPSS reads the repeat’s CSV with its variables, labels, value labels and the key to the interviews', () => {
    const script = exportRepeatTable(input, 'VISIT', { includeText: false }, 'raw', 'spss');
    expect(script?.filename).toBe('W9-repetition-VISIT.sps');
    expect(script?.contentType).toBe('text/plain; charset=utf-8');
    const body = script?.body ?? '';
    expect(body).toContain("  /FILE='W9-repetition-VISIT.csv'");
    expect(body).toContain(
      '* Jointure avec « W9-interviews.csv » : respondent_id (plusieurs instances par entretien).',
    );
    expect(body.split('/VARIABLES=\n')[1]?.split('\n.')[0]?.split('\n')).toEqual([
      '    wave A2',
      '    interview_code A3',
      '    respondent_id F8.0',
      '    instance F8.0',
      '    WHO A13',
      '    WHO__parent F1.0',
      '    WHO__lawyer F1.0',
      '    MINUTES F8.0',
    ]);
    expect(body).toContain("  /MINUTES 'Durée'\n");
    expect(body).toContain("  /WHO__parent 'Qui : Choix parent'\n");
    expect(body).toContain("VALUE LABELS\n  WHO__parent WHO__lawyer 0 'Non choisi' 1 'Choisi'\n");
    expect(body).not.toContain('AGE');
  });

  it('Stata reads the nested repeat’s CSV, names its key to the outer table and codes its select_one', () => {
    const withChoice: QuestionnaireVersion = {
      ...VERSION,
      id: 5,
      questions: [
        question('KIN', 'repeat', { label: 'Proche' }),
        question('K_WHO', 'select_one', { label: 'Lien', repeat: 'KIN', choices: choices('mother', 'father') }),
        question('CALLS', 'repeat', { label: 'Appel', repeat: 'KIN' }),
        question('C_WHEN', 'date', { label: 'Date de l’appel', repeat: 'CALLS' }),
      ],
    };
    const kin = {
      wave: 'W9',
      versions: [withChoice],
      interviews: [
        {
          ...interview('I-A', { KIN: [{ K_WHO: 'father', CALLS: [{ C_WHEN: '2026-09-01' }] }] }),
          instrument_version: 5,
        },
      ],
    };
    const outer = exportRepeatTable(kin, 'KIN', { includeText: false }, 'raw', 'stata')?.body ?? '';
    expect(outer).toContain('import delimited using "W9-repetition-KIN.csv"');
    expect(outer).toContain('* K_WHO : mother = 1, father = 2');
    expect(outer).toContain('label define K_WHO 1 "Choix mother" 2 "Choix father", replace');
    expect(outer).toContain('label variable instance "Numéro de l’instance');
    const inner = exportRepeatTable(kin, 'CALLS', { includeText: true }, 'raw', 'stata');
    expect(inner?.filename).toBe('W9-repetition-CALLS-avec-textes.do');
    expect(inner?.body).toContain('import delimited using "W9-repetition-CALLS-avec-textes.csv"');
    expect(inner?.body).toContain(
      '* Jointure avec « W9-repetition-KIN-avec-textes.csv » : respondent_id et instance_KIN (= sa colonne instance) ; avec les entretiens : respondent_id.',
    );
    expect(inner?.body).toContain(
      'rename (v1 v2 v3 v4 v5 v6) ///\n  (wave interview_code respondent_id instance_KIN instance C_WHEN)',
    );
    expect(inner?.body).toContain('generate double __baro_tmp = date(C_WHEN, "YMD"), after(C_WHEN)');
    expect(inner?.body).toContain(
      'label variable instance_KIN "Numéro de l’instance de « KIN » (colonne instance de sa table)"',
    );
  });
});
