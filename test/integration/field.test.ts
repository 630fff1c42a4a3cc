// The offline page's server side (issue 9): the package an enumerator downloads, and the idempotent
// sync of interviews made on the device, through the same validation as an app save.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../scripts/lib/api.ts';
import { demoUser } from '../../seed/demo-users.ts';
import { buildWorld, type World } from '../fixtures/world.ts';
import { anonymous, as, asAdmin, count, instance } from '../helpers.ts';

interface SyncAnswer {
  data?: { code: string; status: string; review_comment: string | null; date_updated: string | null };
  errors?: Array<{
    message: string;
    extensions: {
      code: string;
      problems?: Array<{ question?: string; message: string }>;
      server?: {
        status: string;
        review_comment: string | null;
        date_updated: string | null;
        answers: Record<string, unknown>;
      };
    };
  }>;
}

let admin: Api;
let enumerator: Api;
let world: World;

function body(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    wave: world.wave,
    establishment: world.establishment,
    instrument_version: world.version,
    participant: `P-${world.suffix}`.slice(0, 64),
    consent_guardian: true,
    assent_child: true,
    interview_date: '2026-11-29',
    duration_minutes: 35,
    answers: { SEX: 'f', AGE: 15, SCHOOL: 'yes' },
    status: 'submitted',
    device_id: 'tablette-test',
    base_updated: null,
    ...overrides,
  };
}

function send(api: Api, code: string, payload: Record<string, unknown>) {
  return api.raw<SyncAnswer>('PUT', `/barometer/field/api/interviews/${code}`, payload);
}

const interviewsWithCode = (code: string) => count(admin, 'interviews', { code: { _eq: code } });

beforeAll(async () => {
  admin = await asAdmin();
  enumerator = await as('enumerator1');
  world = await buildWorld(admin, 'field');
});

describe('the package an enumerator downloads', () => {
  it('holds its open waves and establishments, their questionnaires, draws and its own interviews', async () => {
    const codes = [1, 2, 3, 4, 5].map((index) => `Q${index}-${world.suffix}`.slice(0, 64));
    const list = codes.map((code) => `${world.establishmentCode},${code}`).join('\n');
    const drawn = await admin.raw(
      'POST',
      `/barometer/waves/${world.wave}/draws?seed=field-test`,
      `establishment_code,participant_code\n${list}\n`,
      { 'content-type': 'text/csv' },
    );
    expect(drawn.status).toBe(200);
    const pack = await enumerator.get<{
      waves: Array<{
        id: number;
        code: string;
        versions: number[];
        establishments: Array<{
          id: number;
          code: string;
          draw: { selected: string[]; replacements: string[] } | null;
        }>;
      }>;
      versions: Array<{ id: number; questionnaire: { questions: Array<{ code: string }> } }>;
    }>('/barometer/field/api/package');
    const wave = pack.waves.find((item) => item.id === world.wave);
    expect(wave?.versions).toEqual([world.version]);
    // Assigned to the first establishment only: the other one of the frame is not in the package.
    expect(wave?.establishments.map((item) => item.code)).toEqual([world.establishmentCode]);
    const draw = wave?.establishments[0]?.draw;
    expect(draw?.selected).toHaveLength(2);
    expect([...(draw?.selected ?? []), ...(draw?.replacements ?? [])].sort()).toEqual(codes.toSorted());
    const version = pack.versions.find((item) => item.id === world.version);
    expect(version?.questionnaire.questions.map((question) => question.code)).toEqual([
      'SEX',
      'AGE',
      'SCHOOL',
      'ACTIVITIES',
      'COMMENT',
    ]);
  });

  it('is refused without a session', async () => {
    expect((await anonymous().raw('GET', '/barometer/field/api/package')).status).toBe(403);
  });
});

describe('sending an interview made on the device', () => {
  it('creates it once, then answers a retried send without a second row', async () => {
    const code = `${world.suffix}-A1`.slice(0, 64);
    const first = await send(enumerator, code, body());
    expect(first.status).toBe(201);
    expect(first.body.data).toMatchObject({ code, status: 'submitted' });
    const retried = await send(enumerator, code, body());
    expect(retried.status).toBe(200);
    expect(retried.body.data?.status).toBe('submitted');
    expect(await interviewsWithCode(code)).toBe(1);
    const [row] = await admin.get<
      Array<{ device_id: string; duration_minutes: number; user_created: string; answers: Record<string, unknown> }>
    >(`/items/interviews?filter[code][_eq]=${code}&fields=device_id,duration_minutes,user_created,answers`);
    expect(row).toMatchObject({
      device_id: 'tablette-test',
      duration_minutes: 35,
      user_created: demoUser('enumerator1').id,
      answers: { SEX: 'f', AGE: 15, SCHOOL: 'yes' },
    });
  });

  it('updates a draft the device changed since its last send', async () => {
    const code = `${world.suffix}-A2`.slice(0, 64);
    const first = await send(enumerator, code, body({ status: 'draft', answers: { SEX: 'm' } }));
    expect(first.status).toBe(201);
    const second = await send(enumerator, code, body({ base_updated: first.body.data?.date_updated ?? null }));
    expect(second.status).toBe(200);
    expect(second.body.data?.status).toBe('submitted');
    expect(await interviewsWithCode(code)).toBe(1);
  });

  it('refuses an interview the server validation refuses, with the question and nothing written', async () => {
    const code = `${world.suffix}-A3`.slice(0, 64);
    const refused = await send(enumerator, code, body({ answers: { SEX: 'f', AGE: 25 } }));
    expect(refused.status).toBe(422);
    expect(refused.body.errors?.[0]?.extensions.problems?.map((problem) => problem.question)).toContain('AGE');
    expect(await interviewsWithCode(code)).toBe(0);
  });

  it('creates a participant the device typed only when the interview is accepted', async () => {
    const participant = `NEW-${world.suffix}`.slice(0, 64);
    const refused = await send(
      enumerator,
      `${world.suffix}-A4`.slice(0, 64),
      body({ participant, consent_guardian: false }),
    );
    expect(refused.status).toBe(422);
    expect(await count(admin, 'participants', { code: { _eq: participant } })).toBe(0);
    const accepted = await send(enumerator, `${world.suffix}-A5`.slice(0, 64), body({ participant }));
    expect(accepted.status).toBe(201);
    expect(await count(admin, 'participants', { code: { _eq: participant } })).toBe(1);
  });

  it('answers a conflict with the server copy when a supervisor changed the interview meanwhile', async () => {
    const code = `${world.suffix}-A6`.slice(0, 64);
    const first = await send(enumerator, code, body());
    const [row] = await admin.get<Array<{ id: number }>>(`/items/interviews?filter[code][_eq]=${code}&fields=id`);
    const supervisor = await as('supervisor1');
    await supervisor.patch(`/items/interviews/${row?.id}`, { status: 'rejected', review_comment: 'Âge à vérifier' });
    const conflict = await send(
      enumerator,
      code,
      body({ answers: { SEX: 'f', AGE: 14, SCHOOL: 'no' }, base_updated: first.body.data?.date_updated ?? null }),
    );
    expect(conflict.status).toBe(409);
    expect(conflict.body.errors?.[0]?.extensions).toMatchObject({
      code: 'INTERVIEW_CHANGED',
      server: { status: 'rejected', review_comment: 'Âge à vérifier', answers: { AGE: 15 } },
    });
    // Sent again on the server's base (the enumerator kept its version), the correction goes through.
    const server = conflict.body.errors?.[0]?.extensions.server;
    const kept = await send(
      enumerator,
      code,
      body({ answers: { SEX: 'f', AGE: 14, SCHOOL: 'no' }, base_updated: server?.date_updated ?? null }),
    );
    expect(kept.status).toBe(200);
    expect(kept.body.data?.status).toBe('submitted');
  });

  it("refuses a code another user's interview holds, and bad bodies with 400", async () => {
    const code = `${world.suffix}-A7`.slice(0, 64);
    expect((await send(admin, code, body())).status).toBe(201);
    const taken = await send(enumerator, code, body());
    expect(taken.status).toBe(409);
    expect(taken.body.errors?.[0]?.message).toContain('déjà utilisé');
    expect((await send(enumerator, 'x', body())).status).toBe(400);
    expect((await send(enumerator, `${world.suffix}-A8`.slice(0, 64), body({ answers: 'oui' }))).status).toBe(400);
    expect((await send(enumerator, `${world.suffix}-A8`.slice(0, 64), body({ status: 'validated' }))).status).toBe(400);
    expect(await interviewsWithCode(`${world.suffix}-A8`.slice(0, 64))).toBe(0);
  });
});

describe('the page itself', () => {
  it('is served with its service worker, to anyone, from the bundle', async () => {
    const { url } = instance();
    const redirect = await fetch(`${url}/barometer/field`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/barometer/field/');
    const page = await fetch(`${url}/barometer/field/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Saisie hors ligne');
    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect((await fetch(`${url}/barometer/field/${script}`)).status).toBe(200);
    const worker = await fetch(`${url}/barometer/field/sw.js`);
    expect(await worker.text()).toContain(String(script));
    expect((await fetch(`${url}/barometer/field/assets/..%2F..%2Fapi.js`)).status).toBe(404);
  });
});
