// Every rule an interview must satisfy, sent over HTTP: the 422 names the question and nothing is written.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../scripts/lib/api.ts';
import { demoUser } from '../../seed/demo-users.ts';
import { buildWorld, interviewPayload, type World } from '../fixtures/world.ts';
import { as, asAdmin } from '../helpers.ts';

let admin: Api;
let enumerator: Api;
let world: World;
let counter = 0;
const nextCode = () => `FW-${world.suffix}-${++counter}`.slice(0, 64);

type Refusal = {
  errors: Array<{
    message: string;
    extensions: { code: string; problems?: Array<{ question?: string; column?: string; message: string }> };
  }>;
};

async function expectRefused(
  api: Api,
  overrides: Record<string, unknown>,
  expected: { status: number; question?: string; column?: string; message?: RegExp },
) {
  const code = nextCode();
  const response = await api.raw<Refusal>('POST', '/items/interviews', interviewPayload(world, code, overrides));
  expect(response.status).toBe(expected.status);
  const problems = response.body.errors[0]?.extensions.problems ?? [];
  if (expected.question) expect(problems.map((problem) => problem.question)).toContain(expected.question);
  if (expected.column) expect(problems.map((problem) => problem.column)).toContain(expected.column);
  if (expected.message) expect(JSON.stringify(response.body)).toMatch(expected.message);
  expect(await admin.get<unknown[]>(`/items/interviews?filter[code][_eq]=${code}`)).toHaveLength(0);
}

beforeAll(async () => {
  admin = await asAdmin();
  enumerator = await as('enumerator1');
  world = await buildWorld(admin, 'FIELD');
});

describe('server validation of answers', () => {
  it('accepts a valid interview and stores it with its owner', async () => {
    const created = await enumerator.post<{ id: number; user_created: string; answers: Record<string, unknown> }>(
      '/items/interviews',
      interviewPayload(world, nextCode()),
    );
    expect(created.user_created).toBe(demoUser('enumerator1').id);
    expect(created.answers).toEqual({ SEX: 'm', AGE: 15, SCHOOL: 'yes' });
  });

  it.each([
    ['an unknown question code', { answers: { SEX: 'm', AGE: 15, SCHOOL: 'yes', NOPE: 1 } }, 'NOPE'],
    ['a wrong type', { answers: { SEX: 'm', AGE: 'quinze', SCHOOL: 'yes' } }, 'AGE'],
    ['a value outside the choices', { answers: { SEX: 'x', AGE: 15, SCHOOL: 'yes' } }, 'SEX'],
    ['a constraint broken', { answers: { SEX: 'm', AGE: 25 } }, 'AGE'],
    ['a required answer missing', { answers: { SEX: 'm', AGE: 15 } }, 'SCHOOL'],
    ['an answer to a non-relevant question', { answers: { SEX: 'm', AGE: 17, SCHOOL: 'yes' } }, 'SCHOOL'],
    ['a select_multiple that is not a list', { answers: { SEX: 'm', AGE: 17, ACTIVITIES: 'sport' } }, 'ACTIVITIES'],
    [
      'a __proto__ key',
      {
        answers: JSON.parse('{"SEX":"m","AGE":15,"SCHOOL":"yes","__proto__":{"polluted":true}}') as Record<
          string,
          unknown
        >,
      },
      '__proto__',
    ],
  ])('refuses %s with 422 naming the question', async (_case, overrides, question) => {
    await expectRefused(enumerator, overrides, { status: 422, question });
  });

  it('uses the constraint message of the questionnaire', async () => {
    await expectRefused(enumerator, { answers: { SEX: 'm', AGE: 25 } }, { status: 422, message: /entre 12 et 18 ans/ });
  });

  it('checks only types in a draft', async () => {
    const draft = await enumerator.post<{ id: number }>(
      '/items/interviews',
      interviewPayload(world, nextCode(), { status: 'draft', answers: { AGE: 14 } }),
    );
    expect(draft.id).toBeGreaterThan(0);
    await expectRefused(enumerator, { status: 'draft', answers: { AGE: 'x' } }, { status: 422, question: 'AGE' });
  });

  it('refuses to submit a draft that is not complete', async () => {
    const draft = await enumerator.post<{ id: number }>(
      '/items/interviews',
      interviewPayload(world, nextCode(), { status: 'draft', answers: { AGE: 14 } }),
    );
    const response = await enumerator.raw('PATCH', `/items/interviews/${draft.id}`, { status: 'submitted' });
    expect(response.status).toBe(422);
    expect((await admin.get<{ status: string }>(`/items/interviews/${draft.id}`)).status).toBe('draft');
  });
});

describe('interview context', () => {
  it('refuses answers without the guardian consent or the child assent', async () => {
    await expectRefused(
      enumerator,
      { consent_guardian: false },
      { status: 422, column: 'consent_guardian', message: /consentement/ },
    );
    await expectRefused(enumerator, { assent_child: false }, { status: 422, column: 'assent_child' });
  });

  it('refuses a version the wave does not use', async () => {
    const [other] = await admin.get<Array<{ id: number }>>(
      '/items/instrument_versions?filter[instrument][code][_eq]=BARO&filter[version][_eq]=1&fields=id',
    );
    await expectRefused(admin, { instrument_version: other?.id }, { status: 422, column: 'instrument_version' });
  });

  it('refuses an establishment outside the wave frame', async () => {
    const outside = await admin.post<{ id: number }>('/items/establishments', {
      code: `OUT-${world.suffix}`.slice(0, 32),
      name: 'Hors base',
      type: 'cre',
    });
    await expectRefused(admin, { establishment: outside.id }, { status: 422, column: 'establishment' });
  });

  it('refuses an enumerator where it is not assigned', async () => {
    await expectRefused(
      enumerator,
      { establishment: world.otherEstablishment },
      { status: 422, column: 'establishment', message: /affecté/ },
    );
  });

  it('refuses a wave that is not open (409)', async () => {
    const planned = await admin.post<{ id: number }>('/barometer/waves', {
      code: `PL-${world.suffix}`.slice(0, 32),
      label: 'Planifiée',
      reference_date: '2026-12-01',
      instrument_versions: [world.version],
    });
    await expectRefused(admin, { wave: planned.id }, { status: 409, message: /pas encore ouverte/ });
  });
});

describe('review', () => {
  it('validated by the supervisor, with who and when recorded', async () => {
    const interview = await enumerator.post<{ id: number }>('/items/interviews', interviewPayload(world, nextCode()));
    const supervisor = await as('supervisor1');
    await supervisor.patch(`/items/interviews/${interview.id}`, { status: 'validated' });
    const stored = await admin.get<{ status: string; reviewed_by: string; reviewed_at: string | null }>(
      `/items/interviews/${interview.id}`,
    );
    expect(stored.status).toBe('validated');
    expect(stored.reviewed_by).toBe(demoUser('supervisor1').id);
    expect(stored.reviewed_at).not.toBeNull();
    expect(
      (
        await enumerator.raw('PATCH', `/items/interviews/${interview.id}`, {
          answers: { SEX: 'f', AGE: 15, SCHOOL: 'yes' },
        })
      ).status,
    ).toBe(403);
  });

  it('rejected with a comment the enumerator sees, then corrected and submitted again', async () => {
    const interview = await enumerator.post<{ id: number }>('/items/interviews', interviewPayload(world, nextCode()));
    const supervisor = await as('supervisor1');
    expect((await supervisor.raw('PATCH', `/items/interviews/${interview.id}`, { status: 'rejected' })).status).toBe(
      422,
    );
    await supervisor.patch(`/items/interviews/${interview.id}`, {
      status: 'rejected',
      review_comment: 'Vérifier l’âge',
    });
    const seen = await enumerator.get<{ status: string; review_comment: string }>(`/items/interviews/${interview.id}`);
    expect(seen).toMatchObject({ status: 'rejected', review_comment: 'Vérifier l’âge' });
    const resubmitted = await enumerator.patch<{ status: string }>(`/items/interviews/${interview.id}`, {
      status: 'submitted',
      answers: { SEX: 'm', AGE: 14, SCHOOL: 'no' },
    });
    expect(resubmitted.status).toBe('submitted');
  });

  it('lets the supervisor queue submitted interviews of its assignments', async () => {
    const supervisor = await as('supervisor1');
    const queue = await supervisor.get<Array<{ wave: number; status: string }>>(
      `/items/interviews?filter[status][_eq]=submitted&filter[wave][_eq]=${world.wave}&fields=wave,status`,
    );
    expect(queue.length).toBeGreaterThan(0);
    expect(queue.every((row) => row.status === 'submitted' && row.wave === world.wave)).toBe(true);
    const bookmarks = await supervisor.get<Array<{ bookmark: string; filter: unknown }>>(
      '/presets?filter[collection][_eq]=interviews&fields=bookmark,filter',
    );
    expect(bookmarks).toContainEqual({ bookmark: 'Entretiens à relire', filter: { status: { _eq: 'submitted' } } });
  });

  it('refuses a jump from draft to validated', async () => {
    const draft = await enumerator.post<{ id: number }>(
      '/items/interviews',
      interviewPayload(world, nextCode(), { status: 'draft' }),
    );
    const response = await admin.raw('PATCH', `/items/interviews/${draft.id}`, { status: 'validated' });
    expect(response.status).toBe(409);
  });
});
