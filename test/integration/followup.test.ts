// Issue 16: the released minors' follow-up. The contact details are unreadable on every path but the
// reveal route (REST items, GraphQL, relations, exports, revisions, activity), ciphertext in the
// database, revealed only to the tracing role and the assigned enumerator, every access audited, and
// erased when the follow-up ends.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import type { Api } from '../../scripts/lib/api.ts';
import { rotateContactKey } from '../../scripts/lib/contact-key.ts';
import {
  decryptContact,
  generateContactKey,
  parseContactKey,
} from '../../extensions/barometer/src/server/followups/contact-cipher.ts';
import { demoUser, type DemoUser } from '../../seed/demo-users.ts';
import { buildWorld, interviewPayload, type World } from '../fixtures/world.ts';
import { as, asAdmin, instance, rawDatabase } from '../helpers.ts';

const PHONE = '+212 6 11 22 33 44';
const NAME = 'Khadija Tuteure';
const CONTACT = { contact_name: NAME, relationship: 'mère', phone: PHONE, address: '12 rue des Orangers, Oujda' };
const EVERY_ROLE: ReadonlyArray<DemoUser['key']> = [
  'coordinator',
  'supervisor1',
  'enumerator1',
  'enumerator2',
  'analyst',
  'followup',
];

let admin: Api;
let database: Knex;
let world: World;
let laterWave: { id: number; code: string };
let followup: number;

beforeAll(async () => {
  admin = await asAdmin();
  database = rawDatabase();
  world = await buildWorld(admin, 'FOLLOW');
  const enumerator = await as('enumerator1');
  await enumerator.post('/items/interviews', interviewPayload(world, `FU-${world.suffix}`, { consent_contact: true }));
  // Dates far from every other file's waves, so that this release joins this wave's cohort and no other.
  const code = `WF-${world.suffix}`.slice(0, 32);
  const wave = await admin.post<{ id: number }>('/barometer/waves', {
    code,
    label: 'Vague de suivi (test)',
    kind: 'wave',
    reference_date: '2031-03-01',
    instrument_versions: [world.version],
  });
  laterWave = { id: wave.id, code };
  await admin.post('/items/participant_statuses', {
    participant: world.participant,
    status: 'released',
    date: '2031-01-10',
    establishment: world.establishment,
  });
});

afterAll(async () => {
  await database('contact_reveals').where('participant', world.participant).delete();
  await database('followup_contacts').where('participant', world.participant).delete();
  await database('followups').where('participant', world.participant).delete();
  await database('participant_statuses').where('participant', world.participant).delete();
  await admin.delete(`/items/waves/${laterWave.id}`);
  await database.destroy();
});

async function reveals(action: string): Promise<number> {
  const rows = await database('contact_reveals').where({ participant: world.participant, action }).count({ n: '*' });
  return Number(rows[0]?.['n'] ?? 0);
}

describe('the follow-up cohort', () => {
  it('takes the released participant into the next wave, with its window', async () => {
    const tracer = await as('followup');
    const built = await tracer.post<{ created: number; cohort: number }>(`/barometer/waves/${laterWave.id}/followups`);
    expect(built.created).toBe(1);
    expect(built.cohort).toBe(1);
    expect((await tracer.post<{ created: number }>(`/barometer/waves/${laterWave.id}/followups`)).created).toBe(0);
    const rows = await admin.get<Array<{ id: number; released_on: string; window_start: string; window_end: string }>>(
      `/items/followups?filter[participant][_eq]=${world.participant}&fields=id,released_on,window_start,window_end`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ released_on: '2031-01-10', window_start: '2031-07-10', window_end: '2032-01-10' });
    followup = rows[0]?.id ?? 0;
    expect((await (await as('enumerator1')).raw('POST', `/barometer/waves/${laterWave.id}/followups`)).status).toBe(
      403,
    );
  });
});

describe('contact details', () => {
  it('are written only with consent, by who interviewed or traces, and checked', async () => {
    const path = `/barometer/participants/${world.participant}/contact`;
    expect((await (await as('enumerator2')).raw('PUT', path, CONTACT)).status).toBe(403);
    expect((await (await as('analyst')).raw('PUT', path, CONTACT)).status).toBe(403);
    const bad = await (
      await as('enumerator1')
    ).raw<{ errors: Array<{ message: string }> }>('PUT', path, {
      contact_name: NAME,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]?.message).toContain('body.phone');
    const other = await admin.post<{ id: number }>('/items/participants', { code: `NC-${world.suffix}`.slice(0, 64) });
    const noConsent = await (await as('followup')).raw('PUT', `/barometer/participants/${other.id}/contact`, CONTACT);
    expect(noConsent.status).toBe(409);
    await admin.delete(`/items/participants/${other.id}`);
    expect((await (await as('enumerator1')).raw('PUT', path, CONTACT)).status).toBe(204);
    expect(await reveals('write')).toBe(1);
  });

  it('are ciphertext in the database, bound to the participant', async () => {
    const row: { ciphertext: string; key_id: string } | undefined = await database('followup_contacts')
      .where('participant', world.participant)
      .first('ciphertext', 'key_id');
    expect(row).toBeDefined();
    for (const secret of [PHONE, NAME, 'Orangers', '611223344']) expect(row?.ciphertext).not.toContain(secret);
    const key = parseContactKey(instance().contactKey);
    expect(row?.key_id).toBe(key.id);
    expect(JSON.parse(decryptContact(row?.ciphertext ?? '', key, world.participant))).toEqual(CONTACT);
    expect(() => decryptContact(row?.ciphertext ?? '', key, world.participant + 1)).toThrow();
  });

  it('are read by no role on any Directus path', async () => {
    for (const key of EVERY_ROLE) {
      const api = await as(key);
      expect((await api.raw('GET', '/items/followup_contacts?fields=*')).status, key).toBe(403);
      expect((await api.raw('GET', `/items/followup_contacts/1`)).status, key).toBe(403);
      const graphql = await api.raw<{ data?: unknown; errors?: unknown[] }>('POST', '/graphql', {
        query: '{ followup_contacts { id ciphertext participant { code } } }',
      });
      expect(graphql.body.errors?.length ?? 0, key).toBeGreaterThan(0);
      expect(JSON.stringify(graphql.body)).not.toContain('v1.');
      for (const path of [
        `/items/followups?fields=*.*.*&limit=-1`,
        `/items/participants/${world.participant}?fields=*.*.*`,
        `/items/contact_reveals?fields=*.*.*&limit=-1`,
        `/revisions?fields=*&limit=-1&filter[collection][_eq]=followup_contacts`,
        `/activity?fields=*&limit=-1&filter[collection][_eq]=followup_contacts`,
        `/barometer/waves/${world.waveCode}/export?format=csv`,
      ]) {
        const response = await api.raw('GET', path);
        expect(response.status, `${key} ${path}`).toBeLessThan(500);
        const text = JSON.stringify(response.body);
        expect(
          text.includes(PHONE) || text.includes(NAME) || /"v1\.[A-Za-z0-9+/=]+\./.test(text),
          `${key} ${path}`,
        ).toBe(false);
      }
    }
  });

  it('leave no copy in revisions or activity', async () => {
    expect(await admin.get<unknown[]>('/revisions?filter[collection][_eq]=followup_contacts&limit=-1')).toEqual([]);
    expect(await admin.get<unknown[]>('/activity?filter[collection][_eq]=followup_contacts&limit=-1')).toEqual([]);
    const copies = await database('directus_revisions')
      .whereRaw('CAST(data AS TEXT) LIKE ?', [`%${NAME}%`])
      .orWhereRaw('CAST(delta AS TEXT) LIKE ?', [`%${PHONE}%`])
      .count({ n: '*' });
    expect(Number(copies[0]?.['n'] ?? 0)).toBe(0);
  });

  it('are revealed to the tracing role and the assigned enumerator only, each access audited', async () => {
    const tracer = await as('followup');
    await tracer.patch(`/items/followups/${followup}`, {
      enumerator: demoUser('enumerator1').id,
      place_region: 'Oriental',
    });
    const path = `/barometer/followups/${followup}/contact`;
    const byTracer = await tracer.raw<{ data: unknown }>('GET', path);
    expect(byTracer.status).toBe(200);
    expect(byTracer.body.data).toEqual(CONTACT);
    expect(byTracer.headers.get('cache-control')).toBe('no-store');
    const byEnumerator = await (await as('enumerator1')).raw<{ data: { phone: string } }>('GET', path);
    expect(byEnumerator.status).toBe(200);
    expect(byEnumerator.body.data.phone).toBe(PHONE);
    for (const key of ['enumerator2', 'coordinator', 'supervisor1', 'analyst'] as const) {
      expect((await (await as(key)).raw('GET', path)).status, key).toBe(403);
    }
    expect((await admin.raw('GET', path)).status).toBe(403);
    expect(await reveals('reveal')).toBe(2);
    expect(await reveals('refused')).toBe(5);
    const audit = await tracer.get<Array<{ action: string; user_created: string }>>(
      `/items/contact_reveals?filter[followup][_eq]=${followup}&filter[action][_eq]=reveal&fields=action,user_created`,
    );
    expect(audit.map((entry) => entry.user_created).sort()).toEqual(
      [demoUser('followup').id, demoUser('enumerator1').id].sort(),
    );
  });
});

describe('the enumerator’s list and the tracing outcome', () => {
  it('lists the follow-ups assigned to the enumerator, with their window', async () => {
    const mine = await (await as('enumerator1')).get<Array<Record<string, unknown>>>('/barometer/followups/mine');
    expect(mine.find((entry) => entry['id'] === followup)).toMatchObject({
      wave: laterWave.code,
      window_start: '2031-07-10',
      window_end: '2032-01-10',
      window_open: false,
      place_region: 'Oriental',
      outcome: null,
      has_contact: true,
    });
    const open = await (await as('enumerator1')).get<Array<{ id: number }>>('/barometer/followups/mine?open=true');
    expect(open.map((entry) => entry.id)).not.toContain(followup);
    expect(
      (await (await as('enumerator2')).get<Array<{ id: number }>>('/barometer/followups/mine')).map(
        (entry) => entry.id,
      ),
    ).not.toContain(followup);
    expect((await (await as('followup')).raw('GET', '/barometer/followups/mine')).status).toBe(403);
  });

  it('records outcomes; the one that ends the follow-up erases the contact details', async () => {
    const path = `/barometer/followups/${followup}/outcome`;
    expect((await (await as('enumerator2')).raw('POST', path, { outcome: 'interviewed' })).status).toBe(403);
    expect((await (await as('enumerator1')).raw('POST', path, { outcome: 'lost' })).status).toBe(400);
    expect((await (await as('enumerator1')).raw('POST', path, { outcome: 'refused', date: '2030-01-01' })).status).toBe(
      409,
    );
    const enumerator = await as('enumerator1');
    const unreachable = await enumerator.post<{ contact_erased: boolean }>(path, {
      outcome: 'unreachable',
      date: '2031-07-20',
    });
    expect(unreachable.contact_erased).toBe(false);
    const done = await enumerator.post<{ contact_erased: boolean }>(path, {
      outcome: 'interviewed',
      date: '2031-08-01',
    });
    expect(done.contact_erased).toBe(true);
    expect(await database('followup_contacts').where('participant', world.participant).first('id')).toBeUndefined();
    expect(await reveals('delete')).toBe(1);
    const row = await admin.get<{ outcome: string; outcome_date: string; outcome_by: string }>(
      `/items/followups/${followup}?fields=outcome,outcome_date,outcome_by`,
    );
    expect(row).toEqual({ outcome: 'interviewed', outcome_date: '2031-08-01', outcome_by: demoUser('enumerator1').id });
    expect((await enumerator.raw('GET', `/barometer/followups/${followup}/contact`)).status).toBe(403);
    expect((await (await as('followup')).raw('GET', `/barometer/followups/${followup}/contact`)).status).toBe(404);
  });

  it('is not written as an item: the outcome goes through the route', async () => {
    const response = await (await as('followup')).raw('PATCH', `/items/followups/${followup}`, { outcome: 'deceased' });
    expect(response.status).toBe(403);
  });
});

describe('key rotation', () => {
  it('re-encrypts every row in one transaction, and the old key no longer reads them', async () => {
    const tracer = await as('followup');
    await tracer.request('PUT', `/barometer/participants/${world.participant}/contact`, CONTACT);
    const current = parseContactKey(instance().contactKey);
    const next = parseContactKey(generateContactKey());
    expect(await rotateContactKey(database, current, next)).toBeGreaterThan(0);
    const row: { ciphertext: string; key_id: string } = await database('followup_contacts')
      .where('participant', world.participant)
      .first('ciphertext', 'key_id');
    expect(row.key_id).toBe(next.id);
    expect(JSON.parse(decryptContact(row.ciphertext, next, world.participant))).toEqual(CONTACT);
    expect(() => decryptContact(row.ciphertext, current, world.participant)).toThrow();
    const stranger = () => parseContactKey(generateContactKey());
    await expect(rotateContactKey(database, stranger(), stranger())).rejects.toThrow(/another key/);
    // Back to the key the running server holds, so that the reveal still works.
    await rotateContactKey(database, next, current);
    expect((await tracer.raw('GET', `/barometer/followups/${followup}/contact`)).status).toBe(200);
  });
});

describe('the demo', () => {
  it('follows W1’s released minors in W2: half assigned to enumerator1, part of them traced', async () => {
    const rows = await admin.get<
      Array<{ released_on: string; window_start: string; enumerator: string | null; outcome: string | null }>
    >('/items/followups?filter[wave][code][_eq]=W2&fields=released_on,window_start,enumerator,outcome&limit=-1');
    expect(rows.length).toBeGreaterThanOrEqual(10);
    for (const row of rows) {
      expect(row.released_on >= '2026-03-31' && row.released_on < '2026-09-30', row.released_on).toBe(true);
    }
    const assigned = rows.filter((row) => row.enumerator === demoUser('enumerator1').id);
    expect(assigned.length).toBe(Math.ceil(rows.length / 2));
    const traced = assigned.filter((row) => row.outcome !== null);
    expect(traced.length).toBeGreaterThan(0);
    expect(traced.length).toBeLessThan(assigned.length);
    expect(new Set(traced.map((row) => row.outcome))).toContain('interviewed');
  });
});
