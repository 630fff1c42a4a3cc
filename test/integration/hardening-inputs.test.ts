// Hostile files, bodies and query strings: each is refused with a 4xx, writes nothing, and the server
// keeps answering. Cases already covered elsewhere are not repeated here (a latin1 frame and unknown
// columns: waves.test.ts; `__proto__` answers: fieldwork.test.ts; `=` in exports: exports.test.ts).
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Api, ApiResponse } from '../../scripts/lib/api.ts';
import { zip } from '../../core/xlsform/test-support.ts';
import { buildWorld, interviewPayload, type World } from '../fixtures/world.ts';
import { anonymous, as, asAdmin, count } from '../helpers.ts';

let admin: Api;
let coordinator: Api;
let world: World;
/** Every status this file received: none may be a 5xx. */
const statuses: Array<{ call: string; status: number; answer: string }> = [];

async function call<T = unknown>(
  api: Api,
  method: string,
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
): Promise<ApiResponse<T>> {
  const response = await api.raw<T>(method, path, body, headers);
  statuses.push({
    call: `${method} ${path.slice(0, 80)}`,
    status: response.status,
    answer: JSON.stringify(response.body).slice(0, 300),
  });
  return response;
}

type Refusal = {
  errors?: Array<{
    message: string;
    extensions: {
      code: string;
      problems?: Array<{ row?: number; column?: string; question?: string; message: string }>;
    };
  }>;
};

const csv = (api: Api, path: string, body: string | Uint8Array) =>
  call<Refusal & { data?: unknown }>(api, 'POST', path, body, { 'content-type': 'text/csv' });
const framePath = () => `/barometer/waves/${world.waveCode}/frame`;
const importPath = () => `/barometer/waves/${world.waveCode}/interviews/import`;
const importHeader =
  'interview_code,participant_code,establishment_code,SEX,AGE,SCHOOL,COMMENT,consent_guardian,assent_child';

async function frame(): Promise<Array<{ establishment: number; population: number }>> {
  return admin.get(
    `/items/population_frames?filter[wave][_eq]=${world.wave}&fields=establishment,population&sort=establishment`,
  );
}

const waveInterviews = () => count(admin, 'interviews', { wave: { _eq: world.wave } });

beforeAll(async () => {
  admin = await asAdmin();
  coordinator = await as('coordinator');
  world = await buildWorld(admin, 'HOSTILE');
});

describe('CSV files', () => {
  it('accepts a byte order mark and reads the first column name correctly', async () => {
    const body = `\uFEFFestablishment_code,population\n${world.establishmentCode},41\n${world.otherEstablishmentCode},13\n`;
    const response = await csv(coordinator, framePath(), body);
    expect(response.status).toBe(200);
    expect((await frame()).map((row) => row.population).sort((a, b) => a - b)).toEqual([13, 41]);
  });

  it.each([
    ['UTF-16 LE with its BOM', Buffer.from(`\uFEFFestablishment_code,population\n${'E-X'},3\n`, 'utf16le')],
    ['UTF-16 LE without BOM', Buffer.from('establishment_code,population\nE-X,3\n', 'utf16le')],
    ['UTF-16 BE', Buffer.from(Buffer.from('\uFEFFestablishment_code,population\nE-X,3\n', 'utf16le').swap16())],
  ])('refuses a frame in %s with 422, frame unchanged', async (_case, bytes) => {
    const before = await frame();
    const response = await csv(coordinator, framePath(), new Uint8Array(bytes));
    expect(response.status).toBe(422);
    expect(await frame()).toEqual(before);
  });

  it('refuses interviews in latin1 with 422 saying UTF-8, nothing written', async () => {
    const before = await waveInterviews();
    const body = Buffer.from(
      `${importHeader}\nLAT-${world.suffix},PL-${world.suffix},${world.establishmentCode},f,14,yes,Fès,yes,yes\n`,
      'latin1',
    );
    const response = await csv(coordinator, importPath(), new Uint8Array(body));
    expect(response.status).toBe(422);
    expect(JSON.stringify(response.body)).toMatch(/UTF-8/);
    expect(await waveInterviews()).toBe(before);
  });

  it('keeps a quoted newline and comma inside a cell (BOM included)', async () => {
    const code = `NL-${world.suffix}`.slice(0, 64);
    const body = `\uFEFF${importHeader}\r\n${code},PNL-${world.suffix},${world.establishmentCode},f,14,yes,"Ligne 1\nLigne 2, avec ""guillemets""",yes,yes\r\n`;
    const response = await csv(coordinator, importPath(), body);
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual({ created: 1 });
    const [stored] = await admin.get<Array<{ answers: Record<string, unknown> }>>(
      `/items/interviews?filter[code][_eq]=${code}&fields=answers`,
    );
    expect(stored?.answers).toEqual({
      SEX: 'f',
      AGE: 14,
      SCHOOL: 'yes',
      COMMENT: 'Ligne 1\nLigne 2, avec "guillemets"',
    });
  });

  it.each([
    ['a row with a missing cell', (s: string) => `${importHeader}\nMC-${s},PMC-${s},E,f,14,yes,,yes\n`, 2],
    ['a row with an extra cell', (s: string) => `${importHeader}\nXC-${s},PXC-${s},E,f,14,yes,,yes,yes,surplus\n`, 2],
    ['an unterminated quote', (s: string) => `${importHeader}\nUQ-${s},"PUQ-${s},E,f,14,yes,,yes,yes\n`, null],
  ])('refuses %s with 422 and the row, nothing written', async (_case, build, row) => {
    const before = await waveInterviews();
    const response = await csv(coordinator, importPath(), build(world.suffix));
    expect(response.status).toBe(422);
    if (row !== null) expect(response.body.errors?.[0]?.extensions.problems?.[0]?.row).toBe(row);
    expect(await waveInterviews()).toBe(before);
  });

  it('refuses a file without a required column with 422 naming it', async () => {
    const response = await csv(
      coordinator,
      importPath(),
      `interview_code,establishment_code,SEX\nNP-${world.suffix},${world.establishmentCode},f\n`,
    );
    expect(response.status).toBe(422);
    expect(response.body.errors?.[0]?.extensions.problems?.map((problem) => problem.column)).toContain(
      'participant_code',
    );
  });

  it('refuses 100,000 rows quickly with 422, nothing written', async () => {
    const before = await waveInterviews();
    const rows = Array.from(
      { length: 100_000 },
      (_, index) => `BIG-${index},PBIG-${index},${world.establishmentCode},f,14,yes,,yes,yes`,
    );
    const started = Date.now();
    const response = await csv(coordinator, importPath(), `${importHeader}\n${rows.join('\n')}\n`);
    expect(response.status).toBe(422);
    expect(JSON.stringify(response.body)).toMatch(/50000 lignes/);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await waveInterviews()).toBe(before);
  });

  it('refuses a 50 MB CSV body with a 4xx and stays healthy', async () => {
    const before = await frame();
    const line = `${world.establishmentCode},1\n`;
    const body = `establishment_code,population\n${line.repeat(Math.ceil(50_000_000 / line.length))}`;
    const response = await csv(coordinator, framePath(), body);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(await frame()).toEqual(before);
    expect((await call(anonymous(), 'GET', '/server/health')).status).toBe(200);
  });

  it('refuses a 50 MB JSON body with a 4xx, nothing written', async () => {
    const before = await waveInterviews();
    const body = JSON.stringify(
      interviewPayload(world, `HUGE-${world.suffix}`, {
        answers: { SEX: 'm', AGE: 15, SCHOOL: 'yes', COMMENT: 'x'.repeat(50_000_000) },
      }),
    );
    const response = await call<Refusal>(admin, 'POST', '/items/interviews', body, {
      'content-type': 'application/json',
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(response.body.errors?.length).toBe(1);
    expect(await waveInterviews()).toBe(before);
  });
});

describe('XLSForm files', () => {
  async function upload(bytes: Uint8Array, filename: string) {
    const form = new FormData();
    form.append(
      'file',
      new Blob([Uint8Array.from(bytes)], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
      filename,
    );
    return call<Refusal>(coordinator, 'POST', '/barometer/instruments/import', form);
  }

  it.each([
    ['a text file named .xlsx', () => new TextEncoder().encode('type,name,label\ninteger,AGE,Âge\n')],
    [
      'a zip bomb (one part inflating to 40 MB at a ratio near 1,000:1)',
      () =>
        zip([
          { name: '[Content_Types].xml', content: new TextEncoder().encode('<Types/>') },
          { name: 'xl/worksheets/sheet1.xml', content: new Uint8Array(40 * 1024 * 1024) },
        ]),
    ],
    [
      'a zip whose part lies about its size',
      () => zip([{ name: 'xl/worksheets/sheet1.xml', content: new Uint8Array(8 * 1024 * 1024), declaredSize: 100 }]),
    ],
  ])('refuses %s with 422, no instrument or version written', async (_case, build) => {
    const before = [await count(admin, 'instruments'), await count(admin, 'instrument_versions')];
    const response = await upload(build(), 'questionnaire.xlsx');
    expect(response.status).toBe(422);
    expect(response.body.errors?.[0]?.extensions.code).toBe('VALIDATION_FAILED');
    expect([await count(admin, 'instruments'), await count(admin, 'instrument_versions')]).toEqual(before);
  });
});

describe('exports', () => {
  it('neutralise +, - and @ at the start of a text cell too (= is in exports.test.ts)', async () => {
    const texts = ['+33 6 12', '-2+3', '@SUM(A1:A9)', '\t=1+1'];
    for (const [index, text] of texts.entries()) {
      const participant = await admin.post<{ id: number }>('/items/participants', {
        code: `PX-${index}-${world.suffix}`.slice(0, 64),
      });
      await admin.post(
        '/items/interviews',
        interviewPayload(world, `EXP-${index}-${world.suffix}`.slice(0, 64), {
          participant: participant.id,
          answers: { SEX: 'm', AGE: 15, SCHOOL: 'yes', COMMENT: text },
        }),
      );
    }
    const response = await call<string>(
      coordinator,
      'GET',
      `/barometer/waves/${world.waveCode}/export?include_text=true`,
    );
    expect(response.status).toBe(200);
    const [header = [], ...rows] = parse(response.body, { bom: true }) as string[][];
    const comments = rows
      .map((row) => row[header.indexOf('COMMENT')] ?? '')
      .filter((cell) => cell !== '' && !cell.startsWith('Ligne'));
    expect(comments.sort()).toEqual(texts.map((text) => `'${text}`).sort());
  });
});

describe('expressions at publish', () => {
  async function draftWith(relevant: string): Promise<number> {
    const instrument = await admin.post<{ id: number }>('/items/instruments', {
      code: `EXPR-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6)}`,
      title: 'Expressions',
    });
    const version = await admin.post<{ id: number }>('/items/instrument_versions', {
      instrument: instrument.id,
      version: 1,
      questions: [
        { code: 'AGE', type: 'integer', label: 'Âge', required: false, sort: 1 },
        { code: 'HOSTILE', type: 'integer', label: 'Hostile', required: false, sort: 2, relevant },
      ],
    });
    return version.id;
  }

  it.each([
    ['10,000 characters long', `\${AGE} > 1${' and ${AGE} > 1'.repeat(700)}`.slice(0, 10_000)],
    ['nested 1,000 deep', `${'('.repeat(1000)}\${AGE}${')'.repeat(1000)} > 1`],
    ['1,000 nested function calls', `${'not('.repeat(1000)}\${AGE} > 1${')'.repeat(1000)}`],
    ['1,000 unary minus signs', `${'-'.repeat(1000)}\${AGE} > 1`],
  ])('refuses a relevant %s with 422 naming the question, quickly, version still a draft', async (_case, relevant) => {
    const version = await draftWith(relevant);
    const started = Date.now();
    const response = await call<Refusal>(coordinator, 'POST', `/barometer/instrument-versions/${version}/publish`);
    expect(response.status).toBe(422);
    expect(response.body.errors?.[0]?.extensions.problems?.map((problem) => problem.question)).toContain('HOSTILE');
    expect(Date.now() - started).toBeLessThan(5_000);
    expect((await admin.get<{ status: string }>(`/items/instrument_versions/${version}?fields=status`)).status).toBe(
      'draft',
    );
  });
});

describe('interview bodies', () => {
  it.each([
    ['answers as a string', { answers: 'SEX=m' }],
    ['answers as an array', { answers: [{ SEX: 'm' }] }],
    ['an answer as an object', { answers: { SEX: { $ne: null }, AGE: 15, SCHOOL: 'yes' } }],
    [
      'a number as text where an integer is due',
      { answers: { SEX: 'm', AGE: '15; DROP TABLE interviews', SCHOOL: 'yes' } },
    ],
    ['a boolean as a string', { consent_guardian: 'peut-être' }],
    ['a wave id as text', { wave: 'W1 OR 1=1' }],
    ['a wave id beyond the integer range', { wave: 99_999_999_999_999_999_999 }],
    ['a code as an object', { code: { _eq: 'x' } }],
    [
      'a select_multiple of 100,000 unknown values',
      {
        answers: {
          SEX: 'm',
          AGE: 15,
          SCHOOL: 'yes',
          ACTIVITIES: Array.from({ length: 100_000 }, (_, index) => `v${index}`),
        },
      },
    ],
    [
      'a select_multiple of 100,000 copies of one value',
      { answers: { SEX: 'm', AGE: 15, SCHOOL: 'yes', ACTIVITIES: Array.from({ length: 100_000 }, () => 'sport') } },
    ],
  ])('refuses %s with a 4xx, nothing written', async (_case, overrides) => {
    const before = await waveInterviews();
    const code = `BODY-${statuses.length}-${world.suffix}`.slice(0, 64);
    const response = await call(
      await as('enumerator1'),
      'POST',
      '/items/interviews',
      interviewPayload(world, code, overrides),
    );
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(await waveInterviews()).toBe(before);
  });

  it.each([
    ['/items/interviews', '{"code": "x", "answers": {'],
    ['/barometer/waves', '{"code": "BROKEN", '],
    ['/barometer/waves/W2/unlock', "{'reason': 'single quotes'}"],
    ['/items/interviews', `${'['.repeat(100_000)}${']'.repeat(100_000)}`],
    ['/items/interviews', '"just a string"'],
    ['/items/interviews', 'null'],
  ])('POST %s with a malformed or odd JSON body gets a 4xx', async (path, body) => {
    const before = await count(admin, 'interviews');
    const response = await call(admin, 'POST', path, body, { 'content-type': 'application/json' });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(await count(admin, 'interviews')).toBe(before);
  });
});

describe('query strings', () => {
  it.each([
    ...[
      '__proto__',
      'constructor',
      'prototype',
      'toString',
      "SEX' OR '1'='1",
      'SEX; DROP TABLE interviews; --',
      'SEX,,SEX',
      '${SEX}',
    ].map((by) => [by, by]),
    ['a 10 KB string', 'x'.repeat(10_000)],
  ])('indicators ?by=%s is a 400', async (_case, by) => {
    const response = await call<Refusal>(admin, 'GET', `/barometer/waves/W1/indicators?by=${encodeURIComponent(by)}`);
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions.code).toBe('INVALID_PAYLOAD');
  });

  it('indicators with by given twice (an array) is a 400; by[__proto__] is dropped by the query parser', async () => {
    expect((await call(admin, 'GET', '/barometer/waves/W1/indicators?by=SEX&by=SEX')).status).toBe(400);
    expect((await call(admin, 'GET', '/barometer/waves/W1/indicators?by[SEX]=1')).status).toBe(400);
    const overall = await call(admin, 'GET', '/barometer/waves/W1/indicators');
    const polluted = await call(admin, 'GET', '/barometer/waves/W1/indicators?by[__proto__]=1');
    expect(polluted.status).toBe(200);
    expect(polluted.body).toEqual(overall.body);
  });

  it.each(['../../etc/passwd', '..%2F..%2Fetc', '__proto__', 'csv%00.sh', 'csv&format=spss', 'CSV'])(
    'export ?format=%s is a 400',
    async (format) => {
      const response = await call(admin, 'GET', `/barometer/waves/W1/export?format=${format}`);
      expect(response.status).toBe(400);
    },
  );

  it('a groupBy through a relation is a 400 naming it, not a 5xx, for the administrator too', async () => {
    for (const api of [admin, await as('coordinator')]) {
      const response = await call(api, 'GET', '/items/interviews?groupBy[]=wave.code&aggregate[count]=*');
      expect(response.status).toBe(400);
      expect(JSON.stringify(response.body)).toContain('wave.code');
    }
  });

  it('a wave path that is not a wave is a 404, not a 5xx', async () => {
    for (const wave of ['..%2F..%2Fetc', '__proto__', "W1'%20OR%20'1'='1", '9'.repeat(40), '2147483648']) {
      expect((await call(admin, 'GET', `/barometer/waves/${wave}/indicators`)).status).toBe(404);
      expect((await call(admin, 'GET', `/barometer/waves/${wave}/export`)).status).toBe(404);
    }
  });

  it('a version id beyond the integer range is a 400, not a 5xx', async () => {
    for (const action of ['publish', 'draft']) {
      expect((await call(admin, 'POST', `/barometer/instrument-versions/${'9'.repeat(40)}/${action}`)).status).toBe(
        400,
      );
    }
    expect((await call(admin, 'GET', '/barometer/instrument-versions/2147483648/xlsform')).status).toBe(400);
  });
});

// Last in the file: tests run in order, so this sees every status above, and names every 5xx at once.
it('after all of it, the server is healthy and no answer was a 5xx', async () => {
  expect((await anonymous().raw<{ status: string }>('GET', '/server/health')).body.status).toBe('ok');
  expect(statuses.filter(({ status }) => status >= 500)).toEqual([]);
});
