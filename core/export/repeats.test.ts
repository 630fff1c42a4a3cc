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
