// The analyst export over HTTP: the counted interviews of a wave without direct identifiers, its
// codebook and the SPSS and Stata scripts; only coordinators and analysts, free text for coordinators.
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Api, ApiResponse } from '../../scripts/lib/api.ts';
import { anonymous, as, asAdmin, count, idOf } from '../helpers.ts';

interface Question {
  code: string;
  type: string;
  choices: Array<{ value: string }>;
}

let admin: Api;
let w1: number;
let w1Questions: Question[];
let w1Counted: string[];
/** A wave of its own, with a free-text question: the demo questionnaire has none. */
let textWave: string;

const PARTICIPANT_CODE = /P-[2-9A-HJ-NP-Z]{5}/;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.]+/;

async function download(api: Api, path: string): Promise<ApiResponse<string>> {
  return api.raw<string>('GET', path);
}

function table(body: string): { header: string[]; rows: string[][] } {
  const [header = [], ...rows] = parse(body, { bom: true }) as string[][];
  return { header, rows };
}

async function create(collection: string, body: Record<string, unknown>): Promise<number> {
  return (await admin.post<{ id: number }>(`/items/${collection}`, body)).id;
}

async function createTextWave(): Promise<string> {
  const suffix = Date.now().toString(36).toUpperCase();
  const instrument = await create('instruments', { code: `EXPORT-${suffix}`, title: 'Export' });
  const version = await create('instrument_versions', {
    instrument: instrument,
    version: 1,
    questions: [
      { code: 'BALANCE', type: 'integer', label: 'Solde', required: false, sort: 1 },
      { code: 'REMARK', type: 'text', label: 'Remarque', required: false, sort: 2 },
      {
        code: 'HELP',
        type: 'select_multiple',
        label: 'Aides',
        required: false,
        sort: 3,
        choices: [
          { value: 'family', label: 'Famille', sort: 1 },
          { value: 'school', label: 'École', sort: 2 },
        ],
      },
    ],
  });
  await admin.patch(`/items/instrument_versions/${version}`, { status: 'published' });
  const code = `EXP-${suffix}`;
  const wave = await create('waves', {
    code,
    label: 'Export',
    reference_date: '2025-01-15',
    instrument_versions: [{ instrument_versions_id: version }],
  });
  const establishment = await create('establishments', {
    code: `EXP-E-${suffix}`,
    name: 'Établissement export',
    type: 'cre',
    region: 'Oriental',
  });
  await create('population_frames', { wave, establishment, population: 40 });
  await admin.post(`/barometer/waves/${wave}/open`);
  const answers = [
    { BALANCE: -3, REMARK: '=1+1', HELP: ['school', 'family'] },
    { BALANCE: 4, REMARK: 'Rien à signaler', HELP: [] },
  ];
  for (const [index, answer] of answers.entries()) {
    const participant = await create('participants', { code: `P-EXP${index}${suffix}`.slice(0, 24) });
    await create('interviews', {
      code: `${code}-${index + 1}`,
      wave,
      participant,
      establishment,
      instrument_version: version,
      consent_guardian: true,
      assent_child: true,
      interview_date: '2025-01-20',
      status: 'submitted',
      answers: answer,
    });
  }
  return code;
}

beforeAll(async () => {
  admin = await asAdmin();
  w1 = await idOf(admin, 'waves', 'W1');
  const versions = await admin.get<Array<{ instrument_versions_id: { questions: Question[] } }>>(
    `/items/waves_instrument_versions?filter[waves_id][_eq]=${w1}&fields=instrument_versions_id.questions.code,instrument_versions_id.questions.type,instrument_versions_id.questions.choices.value&deep[instrument_versions_id][questions][_limit]=-1`,
  );
  w1Questions = versions.flatMap((row) => row.instrument_versions_id.questions);
  const counted = await admin.get<Array<{ code: string }>>(
    `/items/interviews?limit=-1&fields=code&filter=${encodeURIComponent(JSON.stringify({ wave: { _eq: w1 }, status: { _in: ['submitted', 'validated'] }, excluded: { _eq: false } }))}`,
  );
  w1Counted = counted.map((row) => row.code).sort();
  textWave = await createTextWave();
});

describe('GET /barometer/waves/:wave/export (analyst, W1)', () => {
  let csv: ApiResponse<string>;
  beforeAll(async () => {
    csv = await download(await as('analyst'), '/barometer/waves/W1/export?format=csv');
  });

  it('answers a CSV attachment named after the wave', () => {
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="W1-interviews.csv"');
    expect(csv.headers.get('cache-control')).toBe('no-store');
  });

  it('holds one row per counted interview, numbered from 1', () => {
    const { header, rows } = table(csv.body);
    expect(w1Counted.length).toBeGreaterThan(200);
    expect(rows).toHaveLength(w1Counted.length);
    expect(rows.map((row) => row[header.indexOf('respondent_id')])).toEqual(
      rows.map((_row, index) => String(index + 1)),
    );
    expect(new Set(rows.map((row) => row[header.indexOf('wave')]))).toEqual(new Set(['W1']));
    expect(rows.every((row) => ['submitted', 'validated'].includes(row[header.indexOf('status')] ?? ''))).toBe(true);
  });

  it('is k-anonymous: no combination of the quasi-identifiers holds fewer than 3 interviews', () => {
    const { header, rows } = table(csv.body);
    const quasi = ['establishment_code', 'establishment_type', 'region', 'SEX', 'AGE', 'LEGAL_STATUS'].map((name) =>
      header.indexOf(name),
    );
    expect(quasi.every((index) => index >= 0)).toBe(true);
    const counts = new Map<string, number>();
    for (const row of rows) {
      const key = JSON.stringify(quasi.map((index) => row[index]));
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(Math.min(...counts.values())).toBeGreaterThanOrEqual(3);
    expect(counts.size).toBeGreaterThan(1);
    // The interview code names the establishment; the day of the visit would too.
    expect(
      rows.every(
        (row) => row[header.indexOf('interview_code')] === '' && row[header.indexOf('establishment_code')] === '',
      ),
    ).toBe(true);
    expect(rows.every((row) => /^\d{4}-\d{2}$/.test(row[header.indexOf('interview_date')] ?? ''))).toBe(true);
    expect(rows.every((row) => ['<16', '16-17', '18+', ''].includes(row[header.indexOf('AGE')] ?? 'absent'))).toBe(
      true,
    );
  });

  it('has a codebook that lists the recodes and the suppressed values', async () => {
    const response = await download(await as('analyst'), '/barometer/waves/W1/export?format=codebook');
    const protection = (parse(response.body, { bom: true, columns: true }) as Array<Record<string, string>>).filter(
      (row) => row['section'] === 'protection',
    );
    expect(protection.filter((row) => row['type'] === 'recodage').map((row) => row['columns'])).toEqual(
      expect.arrayContaining(['establishment_code', 'interview_code', 'interview_date', 'AGE']),
    );
    const suppressed = protection.filter((row) => row['type'] === 'suppression locale').map((row) => row['columns']);
    expect(suppressed).toEqual(['region', 'AGE', 'LEGAL_STATUS', 'establishment_type', 'SEX']);
    expect(protection.find((row) => row['type'] === 'règle')?.['label']).toContain('k = 3');
  });

  it('holds no direct identifier', async () => {
    expect(await count(admin, 'participants')).toBeGreaterThan(0);
    expect(csv.body).not.toMatch(PARTICIPANT_CODE);
    expect(csv.body).not.toMatch(EMAIL);
    const { header } = table(csv.body);
    for (const field of ['participant', 'user_created', 'user_updated', 'reviewed_by', 'review_comment', 'device_id'])
      expect(header).not.toContain(field);
  });

  it('expands select_multiple questions into one 0/1 column per choice', () => {
    const { header, rows } = table(csv.body);
    const multiple = w1Questions.filter((question) => question.type === 'select_multiple');
    expect(multiple.length).toBeGreaterThan(0);
    for (const question of multiple) {
      expect(header).toContain(question.code);
      for (const choice of question.choices) {
        const index = header.indexOf(`${question.code}__${choice.value}`);
        expect(index).toBeGreaterThan(-1);
        expect(rows.every((row) => ['0', '1', ''].includes(row[index] ?? 'absent'))).toBe(true);
      }
    }
  });

  it('has a codebook listing every question', async () => {
    const response = await download(await as('analyst'), '/barometer/waves/W1/export?format=codebook');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="W1-codebook.csv"');
    const codes = (parse(response.body, { bom: true, columns: true }) as Array<{ code: string }>).map(
      (row) => row.code,
    );
    for (const question of w1Questions) expect(codes).toContain(question.code);
  });

  it.each([
    ['spss', 'W1-interviews.sps'],
    ['stata', 'W1-interviews.do'],
  ])('has a %s script naming every variable of the CSV', async (format, filename) => {
    const response = await download(await as('analyst'), `/barometer/waves/W1/export?format=${format}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${filename}"`);
    expect(response.body).toContain('W1-interviews.csv');
    for (const name of table(csv.body).header) expect(response.body).toMatch(new RegExp(`\\b${name}\\b`));
  });

  it('is the same file twice', async () => {
    expect((await download(await as('analyst'), '/barometer/waves/W1/export')).body).toBe(csv.body);
  });

  it('takes the wave id as well as its code', async () => {
    expect((await download(await as('analyst'), `/barometer/waves/${w1}/export`)).body).toBe(csv.body);
  });
});

describe('the raw export (disclosure=off, holders of the unprotected-data policy)', () => {
  it('gives the coordinator every interview code and full date', async () => {
    const response = await download(await as('coordinator'), '/barometer/waves/W1/export?disclosure=off');
    expect(response.status).toBe(200);
    const { header, rows } = table(response.body);
    expect(rows.map((row) => row[header.indexOf('interview_code')]).sort()).toEqual(w1Counted);
    expect(rows.every((row) => /^\d{4}-\d{2}-\d{2}$/.test(row[header.indexOf('interview_date')] ?? ''))).toBe(true);
  });

  it('is refused to an analyst with a French and Arabic reason', async () => {
    const response = await download(await as('analyst'), '/barometer/waves/W1/export?disclosure=off');
    expect(response.status).toBe(403);
    expect(JSON.stringify(response.body)).toContain('Données non protégées');
    expect(JSON.stringify(response.body)).toContain('بيانات غير محمية');
  });
});

describe('free text', () => {
  it('is left out by default', async () => {
    const { header } = table((await download(await as('coordinator'), `/barometer/waves/${textWave}/export`)).body);
    expect(header).not.toContain('REMARK');
    expect(header).toEqual(expect.arrayContaining(['BALANCE', 'HELP', 'HELP__family', 'HELP__school']));
  });

  it('comes out for a coordinator, neutralised where a spreadsheet would run it', async () => {
    const response = await download(await as('coordinator'), `/barometer/waves/${textWave}/export?include_text=true`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="${textWave}-interviews-avec-textes.csv"`,
    );
    const { header, rows } = table(response.body);
    const cell = (row: number, name: string) => rows[row]?.[header.indexOf(name)];
    expect(cell(0, 'REMARK')).toBe("'=1+1");
    expect(response.body).toContain(`"'=1+1"`);
    expect(response.body).not.toMatch(/(^|,)"?=/m);
    expect(response.body).toMatch(/,-3,/);
    expect([cell(0, 'HELP'), cell(0, 'HELP__family'), cell(0, 'HELP__school')]).toEqual(['family school', '1', '1']);
    expect([cell(1, 'HELP'), cell(1, 'HELP__family'), cell(1, 'REMARK')]).toEqual(['', '', 'Rien à signaler']);
    expect(response.body).not.toMatch(/P-EXP/);
  });

  it('is refused to an analyst', async () => {
    const response = await download(await as('analyst'), `/barometer/waves/${textWave}/export?include_text=true`);
    expect(response.status).toBe(403);
  });
});

describe('refusals', () => {
  it.each(['enumerator1', 'supervisor1'] as const)('%s gets 403', async (key) => {
    const response = await download(await as(key), '/barometer/waves/W1/export');
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] });
  });

  it('the public gets 401 or 403', async () => {
    expect([401, 403]).toContain((await download(anonymous(), '/barometer/waves/W1/export')).status);
  });

  it.each([
    ['format=xlsx', 400],
    ['format=', 400],
    ['include_text=yes', 400],
    ['foo=1', 400],
  ])('?%s -> %i', async (query, status) => {
    const response = await download(await as('analyst'), `/barometer/waves/W1/export?${query}`);
    expect(response.status).toBe(status);
    expect(response.body).toHaveProperty('errors');
  });

  it('an unknown wave is 404', async () => {
    expect((await download(await as('analyst'), '/barometer/waves/NO-SUCH-WAVE/export')).status).toBe(404);
    expect((await download(await as('analyst'), '/barometer/waves/999999/export')).status).toBe(404);
  });
});
