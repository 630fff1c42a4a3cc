// Issue #12 items 2-4: a supervisor's scope is its assigned (wave, establishment) pairs, an analyst never
// reads answers (free text included) nor the e-mails of the people who logged a wave's events, and a
// refusal tells nothing about an interview the requester cannot read.
import { beforeAll, describe, expect, it } from 'vitest';
import { login, type Api } from '../../scripts/lib/api.ts';
import { demoUser } from '../../seed/demo-users.ts';
import { ROLES } from '../../seed/system/access.ts';
import { dropSqliteGuards, ensureDatabaseGuards } from '../../extensions/barometer/src/server/db/database-guards.ts';
import { as, asAdmin, idOf, instance, rawDatabase } from '../helpers.ts';

interface Interview {
  id: number;
  status: string;
  wave: number;
  establishment: number;
}

interface GraphqlAnswer<T = unknown> {
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

const SUPERVISOR_ROLE = ROLES.find((role) => role.key === 'supervisor')?.roleId ?? '';
const password = 'scope-supervisor-2026';
const suffix = Date.now().toString(36);

let admin: Api;
let supervisor: Api;
let idle: Api;
let supervisorId: string;
let W1: number;
let W2: number;
let E01: number;
let E02: number;
/** A reviewable interview of (W2, E02): outside the pairs assigned to the supervisor. */
let outside: Interview;
/** A reviewable interview of (W2, E01): inside them. */
let inside: Interview;

async function createSupervisor(email: string): Promise<string> {
  const user = await admin.post<{ id: string }>('/users', {
    email,
    password,
    role: SUPERVISOR_ROLE,
    status: 'active',
    first_name: 'Scope',
    last_name: 'Test',
  });
  return user.id;
}

/** A demo interview a supervisor could review (submitted or validated) in a wave and establishment. */
async function reviewableIn(wave: number, establishment: number): Promise<Interview> {
  const rows = await admin.get<Interview[]>(
    `/items/interviews?filter[wave][_eq]=${wave}&filter[establishment][_eq]=${establishment}&filter[status][_in]=submitted,validated&fields=id,status,wave,establishment&limit=1`,
  );
  const row = rows[0];
  if (!row) throw new Error(`no reviewable demo interview in ${wave}/${establishment}`);
  return row;
}

async function graphql<T>(api: Api, query: string, endpoint = '/graphql'): Promise<GraphqlAnswer<T>> {
  const response = await api.raw<GraphqlAnswer<T>>('POST', endpoint, { query });
  return response.body;
}

async function statusOf(id: number): Promise<string> {
  return (await admin.get<Interview>(`/items/interviews/${id}?fields=status`)).status;
}

beforeAll(async () => {
  admin = await asAdmin();
  [W1, W2, E01, E02] = await Promise.all([
    idOf(admin, 'waves', 'W1'),
    idOf(admin, 'waves', 'W2'),
    idOf(admin, 'establishments', 'E01'),
    idOf(admin, 'establishments', 'E02'),
  ]);
  supervisorId = await createSupervisor(`scope-sup-${suffix}@example.com`);
  await createSupervisor(`scope-idle-${suffix}@example.com`);
  await admin.post('/items/assignments', [
    { user: supervisorId, wave: W2, establishment: E01 },
    { user: supervisorId, wave: W1, establishment: E02 },
  ]);
  supervisor = await login(instance().url, `scope-sup-${suffix}@example.com`, password);
  idle = await login(instance().url, `scope-idle-${suffix}@example.com`, password);
  outside = await reviewableIn(W2, E02);
  inside = await reviewableIn(W2, E01);
});

describe('a supervisor reads and reviews its assigned (wave, establishment) pairs, not their cross product', () => {
  it('lists interviews of its pairs only, on REST, and the follow-up interviews of its waves', async () => {
    const rows = await supervisor.get<Interview[]>('/items/interviews?fields=wave,establishment&limit=-1');
    const pairs = new Set(rows.map((row) => `${row.wave}:${row.establishment}`));
    // W2's follow-up interviews (the demo's) have no establishment: a supervisor of W2 reviews them.
    expect([...pairs].sort()).toEqual([`${W1}:${E02}`, `${W2}:${E01}`, `${W2}:null`].sort());
  });

  it('cannot read an interview of (W2, E02) by id, by filter, through participants or through GraphQL', async () => {
    expect((await supervisor.raw('GET', `/items/interviews/${outside.id}`)).status).toBe(403);
    expect(
      await supervisor.get(`/items/interviews?filter[wave][_eq]=${W2}&filter[establishment][_eq]=${E02}&fields=id`),
    ).toEqual([]);
    const participants = await supervisor.get<Array<{ interviews: unknown[] }>>(
      `/items/participants?filter[interviews][_some][id][_eq]=${outside.id}&fields=interviews.id,interviews.wave,interviews.establishment`,
    );
    for (const participant of participants) {
      for (const interview of participant.interviews as Interview[])
        expect(`${interview.wave}:${interview.establishment}`).not.toBe(`${W2}:${E02}`);
    }
    const answer = await graphql<{ interviews: Interview[] }>(
      supervisor,
      `{ interviews(filter: { id: { _eq: ${outside.id} } }) { id status } }`,
    );
    expect(answer.data?.interviews ?? []).toEqual([]);
  });

  it('reads an interview of its pair (W2, E01), the control', async () => {
    expect((await supervisor.get<Interview>(`/items/interviews/${inside.id}?fields=id`)).id).toBe(inside.id);
  });

  it('cannot validate an interview of (W2, E02) on REST or GraphQL, and nothing changes', async () => {
    const target = outside.status === 'validated' ? 'rejected' : 'validated';
    const rest = await supervisor.raw('PATCH', `/items/interviews/${outside.id}`, {
      status: target,
      review_comment: 'hors périmètre',
    });
    expect(rest.status).toBe(403);
    const mutation = await graphql(
      supervisor,
      `mutation { update_interviews_item(id: ${outside.id}, data: { status: "${target}", review_comment: "hors périmètre" }) { id } }`,
    );
    expect(mutation.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await statusOf(outside.id)).toBe(outside.status);
  });

  it('follows its assignments as they change, at once', async () => {
    const added = await admin.post<{ id: number }>('/items/assignments', {
      user: supervisorId,
      wave: W2,
      establishment: E02,
    });
    expect((await supervisor.get<Interview>(`/items/interviews/${outside.id}?fields=id`)).id).toBe(outside.id);
    await admin.delete(`/items/assignments/${added.id}`);
    expect((await supervisor.raw('GET', `/items/interviews/${outside.id}`)).status).toBe(403);
  });

  it('reads no interview at all without an assignment (an empty scope is not everything, nor a 500)', async () => {
    expect(await idle.get('/items/interviews?fields=id&limit=-1')).toEqual([]);
    expect((await idle.raw('GET', `/items/interviews/${inside.id}`)).status).toBe(403);
  });

  it('cannot write the pair key, which follows the interview’s wave and establishment', async () => {
    const coordinator = await as('coordinator');
    const [assignment] = await coordinator.get<Array<{ id: number }>>(
      `/items/assignments?filter[user][_eq]=${supervisorId}&filter[wave][_eq]=${W2}&fields=id`,
    );
    await coordinator.raw('PATCH', `/items/assignments/${assignment?.id}`, { scope_key: `${W2}:${E02}` });
    await admin.patch(`/items/interviews/${outside.id}`, { scope_key: `${W2}:${E01}` });
    expect((await supervisor.raw('GET', `/items/interviews/${outside.id}`)).status).toBe(403);
    const keys = await admin.get<{ scope_key: string }>(`/items/assignments/${assignment?.id}?fields=scope_key`);
    expect(keys).toEqual({ scope_key: `${W2}:${E01}` });
    expect(await admin.get(`/items/interviews/${outside.id}?fields=scope_key`)).toEqual({ scope_key: `${W2}:${E02}` });
  });
});

describe('the pair keys of a database upgraded from a version without them', () => {
  it('are filled in at start, in a locked wave too, and the lock guard is back after', async () => {
    const [locked] = await admin.get<Interview[]>(`/items/interviews?filter[wave][_eq]=${W1}&fields=id&limit=1`);
    const database = rawDatabase();
    try {
      // The rows as an older version left them: no key, every trigger of ours out of the way.
      if (instance().client === 'pg') {
        await database.raw('ALTER TABLE interviews DISABLE TRIGGER USER');
        await database('interviews').where('id', locked?.id).update({ scope_key: null });
        await database.raw('ALTER TABLE interviews ENABLE TRIGGER USER');
      } else {
        await dropSqliteGuards(database);
        await database('interviews').where('id', locked?.id).update({ scope_key: null });
      }
      await ensureDatabaseGuards(database);
      expect(await database('interviews').where('id', locked?.id).first('scope_key')).toEqual({
        scope_key: `${W1}:${(await admin.get<Interview>(`/items/interviews/${locked?.id}?fields=establishment`)).establishment}`,
      });
      await expect(database('interviews').where('id', locked?.id).update({ duration_minutes: 1 })).rejects.toThrow(
        /BAROMETER_LOCKED/,
      );
    } finally {
      await database.destroy();
    }
  });
});

describe('an analyst never reads answers, free text included', () => {
  it('is refused the answers field on REST, GraphQL and export, and `*` leaves it out', async () => {
    const analyst = await as('analyst');
    expect((await analyst.raw('GET', '/items/interviews?fields=answers&limit=1')).status).toBe(403);
    expect((await analyst.raw('GET', '/items/interviews?fields=id&filter[answers][_contains]=a')).status).toBe(403);
    expect((await analyst.raw('GET', '/items/interviews?fields=id&search=a')).status).not.toBe(500);
    const all = await analyst.get<Array<Record<string, unknown>>>('/items/interviews?fields=*&limit=5');
    expect(all.length).toBeGreaterThan(0);
    for (const row of all) expect(row).not.toHaveProperty('answers');
    const answer = await graphql(analyst, '{ interviews(limit: 1) { id answers } }');
    expect(answer.errors?.length ?? 0).toBeGreaterThan(0);
    expect(JSON.stringify(answer.data ?? null)).not.toContain('OTHER_REMARKS');
    expect((await analyst.raw('GET', '/utils/export/interviews?fields=answers')).status).not.toBe(200);
  });

  it('reads no revision or activity of interviews', async () => {
    const analyst = await as('analyst');
    const revisions = await analyst.raw<{ data?: unknown[] }>(
      'GET',
      '/revisions?filter[collection][_eq]=interviews&fields=data&limit=1',
    );
    expect(revisions.status === 403 || (revisions.body.data ?? []).length === 0).toBe(true);
  });

  it('cannot turn a free-text question into domain labels with by=', async () => {
    const analyst = await as('analyst');
    const response = await analyst.raw<{ errors?: Array<{ message: string }> }>(
      'GET',
      '/barometer/waves/W2/indicators?by=OTHER_REMARKS',
    );
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.message).toContain('OTHER_REMARKS');
  });
});

describe('an analyst reads no e-mail of the people who logged a wave’s events', () => {
  it('is refused the authors of wave events, by field and by filter', async () => {
    const analyst = await as('analyst');
    expect((await analyst.raw('GET', '/items/wave_events?fields=user_created.email')).status).toBe(403);
    const byFilter = await analyst.raw<{ data?: unknown[] }>(
      'GET',
      '/items/wave_events?fields=id&filter[user_created][email][_starts_with]=a',
    );
    expect(byFilter.status).toBe(403);
    const byGraphql = await graphql<{ wave_events: unknown[] }>(
      analyst,
      '{ wave_events(filter: { user_created: { email: { _starts_with: "a" } } }) { id } }',
    );
    expect(byGraphql.errors?.length ?? 0).toBeGreaterThan(0);
  });
});

describe('the user directory holds the product’s staff only, and the tracer reads no e-mail', () => {
  it('keeps the administrator’s account out of every role’s reach, by id, by filter and through GraphQL', async () => {
    const me = await admin.get<{ id: string; email: string }>('/users/me?fields=id,email');
    for (const key of ['coordinator', 'supervisor1', 'followup', 'analyst', 'enumerator1'] as const) {
      const api = await as(key);
      const byId = await api.raw<{ data?: { id: string } }>('GET', `/users/${me.id}?fields=id`);
      expect(byId.status, key).toBe(403);
      const byFilter = await api.raw<{ data?: Array<{ id: string }> }>(
        'GET',
        `/users?fields=id&filter[email][_eq]=${encodeURIComponent(me.email)}`,
      );
      expect(byFilter.status === 403 || byFilter.body.data?.length === 0, key).toBe(true);
      const byGraphql = await graphql<{ users: Array<{ id: string }> }>(
        api,
        `{ users(filter: { id: { _eq: "${me.id}" } }) { id } }`,
        '/graphql/system',
      );
      expect(byGraphql.data?.users ?? [], key).toEqual([]);
    }
  });

  it('gives the coordinator the staff’s e-mails and the tracer their names only', async () => {
    const enumerator = demoUser('enumerator1');
    const coordinator = await as('coordinator');
    const staff = await coordinator.get<Array<{ email: string }>>(`/users/${enumerator.id}?fields=email`);
    expect(staff).toMatchObject({ email: enumerator.email });
    const tracer = await as('followup');
    const names = await tracer.get<{ first_name: string }>(`/users/${enumerator.id}?fields=first_name`);
    expect(names.first_name).toBeTruthy();
    expect((await tracer.raw('GET', `/users/${enumerator.id}?fields=email`)).status).toBe(403);
    // Filtering by e-mail must not tell one prefix from another: refused, or the same answer for both.
    const byPrefix = async (prefix: string) => {
      const response = await tracer.raw<{ data?: unknown }>(
        'GET',
        `/users?fields=id&sort=id&filter[email][_starts_with]=${encodeURIComponent(prefix)}`,
      );
      return response.status === 403 ? 'refused' : response.body.data;
    };
    expect(await byPrefix(enumerator.email.slice(0, 3))).toEqual(await byPrefix('zz-no-such-prefix'));
  });
});

describe('a refusal says nothing of an interview the requester cannot read', () => {
  it('answers an enumerator writing or deleting another enumerator’s interview as Directus answers a missing one', async () => {
    const enumerator = await as('enumerator1');
    const others = await admin.get<Interview[]>(
      `/items/interviews?filter[user_created][_eq]=${demoUser('enumerator2').id}&filter[status][_eq]=validated&fields=id,status&limit=1`,
    );
    const other = others[0];
    if (!other) throw new Error('no validated interview of enumerator2 in the demo');
    const missing = await enumerator.raw<{ errors: Array<{ message: string; extensions: { code: string } }> }>(
      'PATCH',
      '/items/interviews/999999999',
      { status: 'submitted' },
    );
    for (const [method, body] of [
      ['PATCH', { status: 'submitted' }],
      ['PATCH', { answers: {} }],
      ['DELETE', undefined],
    ] as const) {
      const response = await enumerator.raw<{ errors: Array<{ message: string; extensions: { code: string } }> }>(
        method,
        `/items/interviews/${other.id}`,
        body,
      );
      expect(response.status).toBe(403);
      expect(response.body.errors[0]?.message).toBe(missing.body.errors[0]?.message);
      expect(JSON.stringify(response.body)).not.toMatch(/W1|W2|validated|validé/i);
    }
    expect(await statusOf(other.id)).toBe('validated');
  });

  it('answers a supervisor reviewing out of its pairs the same generic 403', async () => {
    const response = await supervisor.raw<{ errors: Array<{ message: string }> }>(
      'PATCH',
      `/items/interviews/${outside.id}`,
      { status: 'draft' },
    );
    expect(response.status).toBe(403);
    expect(JSON.stringify(response.body)).not.toMatch(/W2|submitted|soumis|validated|validé|draft|brouillon/i);
  });

  it('answers a follow-up or a participant that exists as one that does not, to whoever may not act on it', async () => {
    const [followup] = await admin.get<Array<{ id: number; participant: number; outcome: string | null }>>(
      `/items/followups?fields=id,participant,outcome&filter[enumerator][_eq]=${demoUser('enumerator1').id}&sort=id&limit=1`,
    );
    if (!followup) throw new Error('no follow-up of enumerator1 in the demo');
    const absent = 999_999_999;
    const refusal = (response: { status: number; body: unknown }) => ({
      status: response.status,
      errors: (
        (response.body as { errors?: Array<{ message: string; extensions?: { code?: string } }> }).errors ?? []
      ).map((error) => [error.message, error.extensions?.code]),
    });
    const followupRoutes = [
      ['GET', (id: number) => `/barometer/followups/${id}/contact`, undefined, followup.id],
      ['DELETE', (id: number) => `/barometer/followups/${id}/contact`, undefined, followup.id],
      ['POST', (id: number) => `/barometer/followups/${id}/outcome`, { outcome: 'refused' }, followup.id],
    ] as const;
    // An enumerator may write the contact of a minor it interviewed: enumerator2 may have, so it is left out.
    const contactRoute = [
      'PUT',
      (id: number) => `/barometer/participants/${id}/contact`,
      { contact_name: 'Mère', phone: '0600000000' },
      followup.participant,
    ] as const;
    for (const key of ['analyst', 'enumerator2', 'supervisor1', 'coordinator'] as const) {
      const api = await as(key);
      for (const [method, path, body, id] of key === 'enumerator2'
        ? followupRoutes
        : [...followupRoutes, contactRoute]) {
        const existing = refusal(await api.raw(method, path(id), body));
        expect(existing.status, `${key} ${method} ${path(id)}`).toBe(403);
        expect(refusal(await api.raw(method, path(absent), body)), `${key} ${method} ${path(absent)}`).toEqual(
          existing,
        );
      }
    }
    const kept = await admin.get<{ outcome: string | null }>(`/items/followups/${followup.id}?fields=outcome`);
    expect(kept.outcome).toBe(followup.outcome);
  });
});
