// Questions a coordinator marks identifying (issue 12, item 3): read from the XLSForm, frozen with the
// published version, kept by a new draft and the XLSForm export, and never shown to an analyst: not in
// the export, its codebook or scripts, nor as a domain of the indicators.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../scripts/lib/api.ts';
import { openWaveWithForm, postCsv } from '../fixtures/world.ts';
import { as, asAdmin } from '../helpers.ts';

const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`.toUpperCase();
const BIRTH_PLACES = ['Tanger', 'Oujda', 'Laayoune'];

let admin: Api;
let coordinator: Api;
let analyst: Api;
let versionId: number;
let waveCode: string;

async function workbook(): Promise<Uint8Array<ArrayBuffer>> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('survey').addRows([
    ['type', 'name', 'label::French (fr)', 'label::Arabic (ar)', 'required', 'identifying'],
    ['select_one sex', 'SEX', 'Sexe', 'الجنس', 'yes', 'no'],
    ['integer', 'AGE', 'Âge', 'العمر', 'yes', ''],
    ['select_one birth_place', 'BIRTH_PLACE', 'Lieu de naissance', 'مكان الازدياد', 'yes', 'TRUE'],
    ['text', 'FATHER_JOB', 'Métier du père', 'مهنة الأب', '', '1'],
  ]);
  book
    .addWorksheet('choices')
    .addRows([
      ['list_name', 'name', 'label::French (fr)', 'label::Arabic (ar)'],
      ['sex', 'f', 'Fille', 'أنثى'],
      ['sex', 'm', 'Garçon', 'ذكر'],
      ...BIRTH_PLACES.map((place) => ['birth_place', place.toLowerCase(), place, place]),
    ]);
  book.addWorksheet('settings').addRows([
    ['form_id', 'form_title', 'version'],
    [`IDENT_${suffix}`, 'Identifiantes', '1'],
  ]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

async function importForm(
  bytes: Uint8Array<ArrayBuffer>,
  name: string,
): Promise<{ instrument: number; version: number; questions: number }> {
  const form = new FormData();
  form.append('file', new Blob([bytes]), name);
  return coordinator.post('/barometer/instruments/import', form);
}

async function identifyingOf(version: number): Promise<Record<string, boolean>> {
  const rows = await admin.get<Array<{ code: string; identifying: boolean | number }>>(
    `/items/questions?filter[instrument_version][_eq]=${version}&fields=code,identifying&sort=sort&limit=-1`,
  );
  return Object.fromEntries(rows.map((row) => [row.code, Boolean(row.identifying)]));
}

function csvRows(body: string): Array<Record<string, string>> {
  return parse(body, { bom: true, columns: true }) as Array<Record<string, string>>;
}

beforeAll(async () => {
  admin = await asAdmin();
  coordinator = await as('coordinator');
  analyst = await as('analyst');
  waveCode = `WID-${suffix}`.slice(0, 32);
  const establishment = `EID-${suffix}`.slice(0, 32);
  ({ version: versionId } = await openWaveWithForm(
    admin,
    coordinator,
    { bytes: await workbook(), fileName: 'identifiantes.xlsx' },
    { code: waveCode, label: 'Vague identifiantes', establishment },
  ));
  const csv = [
    'interview_code,participant_code,establishment_code,SEX,AGE,BIRTH_PLACE,FATHER_JOB,consent_guardian,assent_child,status',
    ...BIRTH_PLACES.map(
      (place, index) =>
        `IID-${suffix}-${index + 1},PID-${suffix}-${index + 1},${establishment},${index % 2 === 0 ? 'f' : 'm'},${14 + index},${place.toLowerCase()},Pêcheur à ${place},yes,yes,submitted`,
    ),
  ].join('\n');
  const imported = await postCsv(coordinator, `/barometer/waves/${waveCode}/interviews/import`, csv);
  expect(imported.status, JSON.stringify(imported.body)).toBe(200);
});

describe('the identifying column of an XLSForm', () => {
  it('marks the questions it names as identifying, and only those', async () => {
    expect(await identifyingOf(versionId)).toEqual({ SEX: false, AGE: false, BIRTH_PLACE: true, FATHER_JOB: true });
  });

  it('is frozen with the published version', async () => {
    const [birthPlace] = await admin.get<Array<{ id: number }>>(
      `/items/questions?filter[instrument_version][_eq]=${versionId}&filter[code][_eq]=BIRTH_PLACE&fields=id`,
    );
    const response = await coordinator.raw('PATCH', `/items/questions/${birthPlace?.id}`, { identifying: false });
    expect(response.status).toBe(409);
    expect((await identifyingOf(versionId))['BIRTH_PLACE']).toBe(true);
  });

  it('is kept by a new draft and by the XLSForm export and re-import', async () => {
    const draft = await coordinator.post<{ version: number }>(`/barometer/instrument-versions/${versionId}/draft`);
    expect(await identifyingOf(draft.version)).toEqual({ SEX: false, AGE: false, BIRTH_PLACE: true, FATHER_JOB: true });
    const exported = await fetch(`${coordinator.url}/barometer/instrument-versions/${versionId}/xlsform`, {
      headers: { authorization: `Bearer ${coordinator.token}` },
    });
    expect(exported.status).toBe(200);
    const reimported = await importForm(new Uint8Array(await exported.arrayBuffer()), 'export.xlsx');
    expect(await identifyingOf(reimported.version)).toEqual({
      SEX: false,
      AGE: false,
      BIRTH_PLACE: true,
      FATHER_JOB: true,
    });
  });
});

describe('an analyst never gets identifying answers', () => {
  it('finds no identifying column, and no birth place, in the CSV export', async () => {
    const response = await analyst.raw<string>('GET', `/barometer/waves/${waveCode}/export?format=csv`);
    expect(response.status).toBe(200);
    const rows = csvRows(response.body);
    expect(rows).toHaveLength(3);
    expect(Object.keys(rows[0] ?? {})).toEqual(expect.arrayContaining(['SEX', 'AGE']));
    expect(Object.keys(rows[0] ?? {})).not.toContain('BIRTH_PLACE');
    expect(Object.keys(rows[0] ?? {})).not.toContain('FATHER_JOB');
    for (const place of BIRTH_PLACES) expect(response.body.toLowerCase()).not.toContain(place.toLowerCase());
  });

  it('reads in the codebook that the identifying questions are left out, with no column', async () => {
    const response = await analyst.raw<string>('GET', `/barometer/waves/${waveCode}/export?format=codebook`);
    expect(response.status).toBe(200);
    const columns = Object.fromEntries(csvRows(response.body).map((row) => [row['code'], row['columns']]));
    expect(columns['BIRTH_PLACE']).toBe('(exclue : réponse identifiante, sur demande d’un coordinateur)');
    expect(columns['FATHER_JOB']).toBe('(exclue : réponse identifiante, sur demande d’un coordinateur)');
    expect(columns['SEX']).toBe('SEX');
  });

  it.each(['spss', 'stata'])('finds no identifying variable in the %s script', async (format) => {
    const response = await analyst.raw<string>('GET', `/barometer/waves/${waveCode}/export?format=${format}`);
    expect(response.status).toBe(200);
    expect(response.body).toMatch(/\bAGE\b/);
    expect(response.body).not.toMatch(/BIRTH_PLACE|FATHER_JOB|Lieu de naissance/);
  });

  it('cannot ask for them with include_text, which a coordinator can', async () => {
    expect((await analyst.raw('GET', `/barometer/waves/${waveCode}/export?format=csv&include_text=true`)).status).toBe(
      403,
    );
    const response = await coordinator.raw<string>(
      'GET',
      `/barometer/waves/${waveCode}/export?format=csv&include_text=true`,
    );
    expect(response.status).toBe(200);
    expect(
      csvRows(response.body)
        .map((row) => row['BIRTH_PLACE'])
        .sort(),
    ).toEqual(['laayoune', 'oujda', 'tanger']);
  });

  it('gets a 400 for by= an identifying select_one, with disclosure on or off, and the reason in French and Arabic', async () => {
    for (const disclosure of ['on', 'off']) {
      const response = await analyst.raw<{ errors: Array<{ message: string }> }>(
        'GET',
        `/barometer/waves/${waveCode}/indicators?by=BIRTH_PLACE&disclosure=${disclosure}`,
      );
      expect(response.status).toBe(400);
      const message = response.body.errors[0]?.message ?? '';
      expect(message).toContain('une question identifiante ne définit pas de domaine');
      expect(message).toContain('لا يحدد مجالا');
    }
    const bySex = await analyst.raw<{ errors?: Array<{ message: string }> }>(
      'GET',
      `/barometer/waves/${waveCode}/indicators?by=SEX&disclosure=off`,
    );
    expect(JSON.stringify(bySex.body)).not.toContain('identifiante');
  });
});
