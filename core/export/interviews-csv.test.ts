import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { exportWave } from './export-wave.ts';
import { IDENTIFIERS, INTERVIEWS, VERSION } from './test-support.ts';

function exportCsv(includeText: boolean, interviews = INTERVIEWS) {
  return exportWave({ wave: 'W1', versions: [VERSION], interviews }, 'csv', { includeText }, 'raw');
}

function records(body: string): string[][] {
  return parse(body, { bom: true }) as string[][];
}

describe('interviews CSV', () => {
  it('is UTF-8 with a byte order mark, CRLF lines, one row per interview', () => {
    const file = exportCsv(false);
    expect(file).toMatchObject({ filename: 'W1-interviews.csv', contentType: 'text/csv; charset=utf-8' });
    expect(file.body.startsWith('\uFEFF"wave","interview_code","respondent_id"')).toBe(true);
    expect(file.body.split('\r\n')).toHaveLength(INTERVIEWS.length + 2);
    expect(records(file.body)).toHaveLength(INTERVIEWS.length + 1);
  });

  it('writes the rows as a reader expects them', () => {
    const [header, first] = records(exportCsv(false).body);
    const row = Object.fromEntries((header ?? []).map((name, index) => [name, first?.[index]]));
    expect(row).toEqual({
      wave: 'W1',
      interview_code: 'W1-CRE-01-001',
      respondent_id: '1',
      establishment_code: 'CRE-01',
      establishment_type: 'cre',
      region: 'Casablanca-Settat',
      interview_date: '2025-03-14',
      status: 'validated',
      instrument_version: 'BARO v1',
      SEX: 'male',
      AGE: '16',
      BALANCE: '30',
      ACTIVITIES: 'sport work',
      ACTIVITIES__sport: '1',
      ACTIVITIES__school: '0',
      ACTIVITIES__work: '1',
      VISIT_DATE: '2025-02-01',
      N_ACT: '2',
    });
  });

  it('quotes strings and leaves numbers and missing values bare, negative numbers included', () => {
    const lines = exportCsv(false).body.split('\r\n');
    expect(lines[2]).toBe(
      '"W1","W1-CRE-01-002",2,"CRE-01","cre","Casablanca-Settat","2025-03-14","validated","BARO v1","female",14,-12.5,,,,,,0',
    );
  });

  it('neutralises free text that starts like a formula', () => {
    const body = exportCsv(true).body;
    expect(body).toContain(`"'=1+1"`);
    expect(body).toContain(`"'@SUM(A1)"`);
    expect(body).not.toMatch(/(^|,)"?[=@+]/m);
  });

  it.each([true, false])('never holds a direct identifier (free text %s)', (includeText) => {
    const body = exportCsv(includeText).body;
    for (const [field, value] of Object.entries(IDENTIFIERS)) {
      expect(body).not.toContain(value);
      expect(body).not.toContain(field === 'participant' ? '"participant' : field);
    }
  });

  it('drops free text unless asked', () => {
    expect(exportCsv(false).body).not.toContain('Visite du père');
    expect(exportCsv(true).body).toContain('Visite du père');
    expect(exportCsv(true).filename).toBe('W1-interviews-avec-textes.csv');
  });

  it('is deterministic: the same interviews in any order give the same bytes', () => {
    expect(exportCsv(true, [...INTERVIEWS].reverse()).body).toBe(exportCsv(true).body);
  });
});
