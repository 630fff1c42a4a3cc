// Submissions exported by KoboToolbox and ODK Central (issue 20, item 5) imported into a wave through
// POST /barometer/waves/:wave/interviews/import: group prefixes, submission ids, start/end and one column
// per choice mapped to the contract's columns; all or nothing, with row and column errors.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../scripts/lib/api.ts';
import { openWaveWithForm, postCsv } from '../fixtures/world.ts';
import { as, asAdmin } from '../helpers.ts';

const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`.toUpperCase();
const establishment = `EKB-${suffix}`.slice(0, 32);
let admin: Api;
let coordinator: Api;
let waveCode: string;

async function form(): Promise<Uint8Array<ArrayBuffer>> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('survey').addRows([
    ['type', 'name', 'label', 'required'],
    ['start', 'start', null, null],
    ['end', 'end', null, null],
    ['text', 'participant_code', 'Code participant', null],
    ['text', 'establishment_code', 'Établissement', null],
    ['select_one yes_no', 'consent_guardian', 'Consentement du tuteur', null],
    ['select_one yes_no', 'assent_child', 'Assentiment', null],
    ['begin_group', 'profil', 'Profil', null],
    ['select_one sexe', 'SEXE', 'Sexe', 'yes'],
    ['integer', 'AGE', 'Âge', 'yes'],
    ['end_group', null, null, null],
    ['select_multiple activites', 'ACTIVITES', 'Activités', null],
    ['geopoint', 'gps', 'Position', null],
  ]);
  book.addWorksheet('choices').addRows([
    ['list_name', 'name', 'label'],
    ['yes_no', 'yes', 'Oui'],
    ['yes_no', 'no', 'Non'],
    ['sexe', 'f', 'Fille'],
    ['sexe', 'm', 'Garçon'],
    ['activites', 'sport', 'Sport'],
    ['activites', 'ecole', 'École'],
  ]);
  book.addWorksheet('settings').addRows([['form_id'], [`kobo_${suffix}`.toLowerCase()]]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

beforeAll(async () => {
  admin = await asAdmin();
  coordinator = await as('coordinator');
  waveCode = `WKB-${suffix}`.slice(0, 32);
  await openWaveWithForm(
    admin,
    coordinator,
    { bytes: await form(), fileName: 'kobo.xlsx' },
    { code: waveCode, label: 'Vague Kobo', establishment },
  );
});

async function interview(code: string) {
  const [row] = await admin.get<
    Array<{ answers: unknown; interview_date: string | null; duration_minutes: number | null }>
  >(`/items/interviews?filter[code][_eq]=${code}&fields=answers,interview_date,duration_minutes`);
  const answers = typeof row?.answers === 'string' ? (JSON.parse(row.answers) as unknown) : row?.answers;
  return { ...row, answers };
}

describe('POST /barometer/waves/:wave/interviews/import with tool exports', () => {
  it('imports a KoboToolbox CSV export (semicolons, groups, one column per choice, _uuid, start/end)', async () => {
    const csv = [
      'start;end;participant_code;establishment_code;consent_guardian;assent_child;profil/SEXE;profil/AGE;ACTIVITES;ACTIVITES/sport;ACTIVITES/ecole;gps;_gps_latitude;meta/instanceID;_id;_uuid;_submission_time;__version__;_index',
      `2026-11-02T09:00:00.000+01:00;2026-11-02T09:40:00.000+01:00;PKB-${suffix}-1;${establishment};yes;yes;f;16;sport ecole;1;1;34.0 -6.8 0 0;34.0;uuid:k-${suffix}-1;1;k-${suffix}-1;2026-11-02T09:41:00;v1;1`,
    ].join('\n');
    const response = await postCsv(coordinator, `/barometer/waves/${waveCode}/interviews/import`, csv);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(await interview(`k-${suffix}-1`)).toMatchObject({
      answers: expect.objectContaining({ SEXE: 'f', AGE: 16, ACTIVITES: ['sport', 'ecole'] }),
      interview_date: expect.stringMatching(/^2026-11-02/),
      duration_minutes: 40,
    });
  });

  it('imports an ODK Central CSV export (hyphenated groups, KEY, SubmissionDate)', async () => {
    const csv = [
      'SubmissionDate,start,end,participant_code,establishment_code,consent_guardian,assent_child,profil-SEXE,profil-AGE,ACTIVITES,gps-Latitude,meta-instanceID,KEY,SubmitterID,SubmitterName,AttachmentsPresent,AttachmentsExpected,Status,ReviewState,DeviceID,Edits,FormVersion',
      `2026-11-03T10:30:00.000Z,2026-11-03T10:00:00.000Z,2026-11-03T10:25:00.000Z,PKB-${suffix}-2,${establishment},yes,yes,m,15,ecole,34.0,uuid:o-${suffix}-2,uuid:o-${suffix}-2,5,enq,0,0,,,,0,1`,
    ].join('\n');
    const response = await postCsv(coordinator, `/barometer/waves/${waveCode}/interviews/import`, csv);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(await interview(`o-${suffix}-2`)).toMatchObject({
      answers: expect.objectContaining({ SEXE: 'm', AGE: 15, ACTIVITES: ['ecole'] }),
      duration_minutes: 25,
    });
  });

  it('refuses a whole export for one bad row, at its row and column, and creates nothing', async () => {
    const csv = [
      '_uuid;participant_code;establishment_code;consent_guardian;assent_child;profil/SEXE;profil/AGE',
      `b-${suffix}-1;PKB-${suffix}-3;${establishment};yes;yes;f;14`,
      `b-${suffix}-2;PKB-${suffix}-4;${establishment};yes;yes;f;douze`,
    ].join('\n');
    const response = await postCsv(coordinator, `/barometer/waves/${waveCode}/interviews/import`, csv);
    expect(response.status).toBe(422);
    expect(JSON.stringify(response.body)).toMatch(/"row":3,"column":"AGE"/);
    expect(await admin.get<unknown[]>(`/items/interviews?filter[code][_eq]=b-${suffix}-1&fields=id`)).toEqual([]);
  });
});
