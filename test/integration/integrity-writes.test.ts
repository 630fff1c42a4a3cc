// Writes that would break integrity (issue 12): invisible reasons and participant codes that are not
// pseudonyms are refused on every path, and the refusal changes nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../scripts/lib/api.ts';
import { buildWorld, interviewPayload } from '../fixtures/world.ts';
import { as, asAdmin } from '../helpers.ts';

let admin: Api;
let coordinator: Api;

beforeAll(async () => {
  admin = await asAdmin();
  coordinator = await as('coordinator');
});

/** A NUL is refused earlier, by the request guard, with a 400 (`hardening-nul.test.ts`); the rest by the text and code rules. */
const refusalStatus = (text: string) => (text.includes('\u0000') ? 400 : 422);

describe('reasons are checked after Unicode normalisation', () => {
  it('refuses to unlock a wave with five zero-width spaces, a bidi override or no visible text, and keeps it locked', async () => {
    const world = await buildWorld(admin, 'REASON');
    const locked = await coordinator.raw('POST', `/barometer/waves/${world.waveCode}/lock`, {});
    expect(locked.status).toBe(200);
    for (const reason of ['\u200b'.repeat(5), '\u202eerreur de saisie', '   \u200f\u200f\u200f\u200f\u200f ', 'abc\u0000defgh']) {
      const response = await coordinator.raw<{ errors: Array<{ extensions: { code: string; problems: Array<{ column: string }> } }> }>(
        'POST', `/barometer/waves/${world.waveCode}/unlock`, { reason },
      );
      expect(response.status, JSON.stringify(reason)).toBe(refusalStatus(reason));
      if (response.status === 422) expect(response.body.errors[0]?.extensions.problems[0]?.column).toBe('reason');
    }
    expect((await admin.get<{ status: string }>(`/items/waves/${world.wave}?fields=status`)).status).toBe('locked');
    const unlocked = await coordinator.raw('POST', `/barometer/waves/${world.waveCode}/unlock`, { reason: 'Cafe\u0301 : erreur de saisie' });
    expect(unlocked.status).toBe(200);
    const events = await admin.get<Array<{ reason: string }>>(`/items/wave_events?filter[wave][_eq]=${world.wave}&filter[to_status][_eq]=open&sort=-id&limit=1&fields=reason`);
    expect(events[0]?.reason).toBe('Café : erreur de saisie');
  });
});

describe('one participant code rule on every path', () => {
  const bad = ['', 'x'.repeat(100_000), 'P\u202e123', 'P\u0000123', 'Youssef Alami 2009-03-14'];

  it('refuses codes that are not pseudonyms on REST create, batch, update and GraphQL, and writes nothing', async () => {
    const world = await buildWorld(admin, 'PCODE');
    const before = (await admin.get<Array<{ id: number }>>('/items/participants?fields=id&limit=-1')).length;
    for (const code of bad) {
      const label = JSON.stringify(code.slice(0, 30));
      expect((await coordinator.raw('POST', '/items/participants', { code })).status, label).toBe(refusalStatus(code));
      expect((await admin.raw('POST', '/items/participants', [{ code: `OK-${world.suffix}`.slice(0, 64) }, { code }])).status, label).toBe(refusalStatus(code));
      expect((await admin.raw('PATCH', `/items/participants/${world.participant}`, { code })).status, label).toBe(refusalStatus(code));
      const graphql = await admin.raw<{ errors?: unknown[]; data?: unknown }>('POST', '/graphql', {
        query: 'mutation ($code: String!) { create_participants_item(data: { code: $code }) { id } }', variables: { code },
      });
      expect(graphql.body.errors?.length ?? 0, label).toBeGreaterThan(0);
    }
    expect((await admin.get<Array<{ id: number }>>('/items/participants?fields=id&limit=-1')).length).toBe(before);
    expect((await admin.get<{ code: string }>(`/items/participants/${world.participant}?fields=code`)).code).toBe(`P-${world.suffix}`.slice(0, 64));
  });

  it('refuses a bad code in a participant created through an interview', async () => {
    const world = await buildWorld(admin, 'PNEST');
    const response = await coordinator.raw('POST', '/items/interviews', interviewPayload(world, `I-${world.suffix}`.slice(0, 64), {
      participant: { code: 'Youssef Alami 2009-03-14' }, status: 'draft',
    }));
    expect(response.status).toBe(422);
    expect(await admin.get<unknown[]>('/items/participants?filter[code][_eq]=Youssef Alami 2009-03-14&fields=id')).toHaveLength(0);
    expect(await admin.get<unknown[]>(`/items/interviews?filter[code][_eq]=I-${world.suffix}&fields=id`)).toHaveLength(0);
  });

  it('accepts a pseudonym', async () => {
    const response = await coordinator.raw('POST', '/items/participants', { code: `PSEUDO-${Date.now().toString(36)}` });
    expect(response.status).toBe(200);
  });
});
