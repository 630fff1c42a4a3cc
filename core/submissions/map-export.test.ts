import { describe, expect, it } from 'vitest';
import { mapSubmissionExport, type SubmissionQuestion, type SubmissionTable } from './index.ts';

const questions = new Map<string, SubmissionQuestion>([
  ['participant_code', { type: 'text', choices: [] }],
  ['SEXE', { type: 'select_one', choices: ['f', 'm'] }],
  ['AGE', { type: 'integer', choices: [] }],
  ['ACTIVITES', { type: 'select_multiple', choices: ['sport', 'ecole', 'atelier'] }],
]);

function table(header: string[], ...rows: string[][]): SubmissionTable {
  return {
    header,
    rows: rows.map((cells, index) => ({
      line: index + 2,
      cells: Object.fromEntries(header.map((name, column) => [name, cells[column] ?? ''])),
    })),
  };
}

describe('mapSubmissionExport', () => {
  it('maps a KoboToolbox export: groups, _uuid, start/end, one column per choice', () => {
    const kobo = table(
      [
        'start',
        'end',
        'profil/participant_code',
        'establishment_code',
        'profil/SEXE',
        'profil/AGE',
        'ACTIVITES/sport',
        'ACTIVITES/ecole',
        'ACTIVITES/atelier',
        'meta/instanceID',
        '_id',
        '_uuid',
        '_submission_time',
        '__version__',
      ],
      [
        '2026-11-02T09:00:00.000+01:00',
        '2026-11-02T09:42:30.000+01:00',
        'P-001',
        'CRE-01',
        'f',
        '16',
        '1',
        '0',
        '1',
        'uuid:0b6f',
        '17',
        '0b6f',
        '2026-11-02T09:45:00',
        'v1',
      ],
    );
    expect(mapSubmissionExport(kobo, questions)).toEqual({
      ok: true,
      source: 'kobo',
      table: {
        header: [
          'interview_code',
          'participant_code',
          'establishment_code',
          'SEXE',
          'AGE',
          'ACTIVITES',
          'interview_date',
          'duration_minutes',
        ],
        rows: [
          {
            line: 2,
            cells: {
              interview_code: '0b6f',
              participant_code: 'P-001',
              establishment_code: 'CRE-01',
              SEXE: 'f',
              AGE: '16',
              ACTIVITES: 'sport atelier',
              interview_date: '2026-11-02',
              duration_minutes: '43',
            },
          },
        ],
      },
    });
  });

  it('maps an ODK Central export: hyphenated groups, KEY and meta-instanceID, space-separated multiple', () => {
    const odk = table(
      [
        'SubmissionDate',
        'profil-participant_code',
        'establishment_code',
        'profil-SEXE',
        'AGE',
        'ACTIVITES',
        'meta-instanceID',
        'KEY',
        'SubmitterName',
        'Status',
      ],
      ['2026-11-03T10:00:00.000Z', 'P-002', 'CRE-01', 'm', '15', 'ecole sport', 'uuid:77aa', 'uuid:77aa', 'enq1', ''],
    );
    const mapped = mapSubmissionExport(odk, questions);
    expect(mapped.ok && mapped.source).toBe('odk-central');
    expect(mapped.ok && mapped.table.rows[0]?.cells).toEqual({
      interview_code: '77aa',
      participant_code: 'P-002',
      establishment_code: 'CRE-01',
      SEXE: 'm',
      AGE: '15',
      ACTIVITES: 'ecole sport',
      interview_date: '2026-11-03',
      duration_minutes: '',
    });
  });

  it("leaves the barometer's own CSV alone, and keeps unknown columns for the import to report", () => {
    const own = table(['interview_code', 'participant_code', 'establishment_code'], ['I1', 'P1', 'E1']);
    expect(mapSubmissionExport(own, questions)).toEqual({ ok: true, source: 'barometer', table: own });
    const typo = mapSubmissionExport(
      table(['_uuid', 'AEG', 'lieu/gps', 'gps-Latitude'], ['u1', '3', '34.0 -6.8', '34.0']),
      questions,
      new Set(['gps']),
    );
    expect(typo.ok && typo.table.header).toEqual(['interview_code', 'interview_date', 'duration_minutes', 'AEG']);
  });

  it('refuses two columns that name the same question', () => {
    const twice = table(['_uuid', 'a/AGE', 'b/AGE'], ['u1', '3', '4']);
    expect(mapSubmissionExport(twice, questions)).toEqual({
      ok: false,
      problems: [{ row: 1, column: 'b/AGE', message: expect.stringMatching(/« b\/AGE » et « a\/AGE »/) }],
    });
  });
});
