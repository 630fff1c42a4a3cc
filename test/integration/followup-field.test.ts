// Issue 16 on the offline page: an enumerator downloads the follow-ups assigned to it with the wave's
// follow-up version, enters the follow-up interview on the device and syncs it. The sync goes through
// the same rules as a REST save (core/followup/interview.ts): a refusal changes nothing and says why in
// French and Arabic; an accepted interview records the outcome and leaves the device's list.
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../scripts/lib/api.ts';
import { addCohortMember, setFollowupVersion } from '../fixtures/followup.ts';
import { buildWorld, type World } from '../fixtures/world.ts';
import { as, asAdmin, count, rawDatabase } from '../helpers.ts';

interface FieldFollowup {
  id: number;
  wave: number;
  participant: string;
  instrument_version: number;
  window_start: string;
  window_end: string;
  place_region: string | null;
}
interface FieldPackage {
  followups: FieldFollowup[];
  versions: Array<{ id: number; questionnaire: { questions: Array<{ code: string }> } }>;
  interviews: Array<{ code: string; establishment: number | null; followup: number | null; status: string }>;
}
interface SyncAnswer {
  data?: { code: string; status: string };
  errors?: Array<{
    message: string;
    extensions: { code: string; problems?: Array<{ column?: string; message: string; message_ar?: string }> };
  }>;
}

let admin: Api;
let enumerator: Api;
let database: Knex;
let world: World;
let version: number;
const members: Record<'mine' | 'closed' | 'other' | 'late', { participant: number; followup: number; code: string }> =
  {} as never;

function body(member: keyof typeof members, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    wave: world.wave,
    establishment: null,
    followup: members[member].followup,
    instrument_version: version,
    participant: members[member].code,
    consent_guardian: true,
    assent_child: true,
    interview_date: '2026-11-20',
    duration_minutes: 20,
    answers: { AFTERCARE_RECEIVED: 'yes', ACTIVITY_NOW: 'training' },
    status: 'submitted',
    device_id: 'tablette-suivi',
    base_updated: null,
    ...overrides,
  };
}

const send = (api: Api, code: string, payload: Record<string, unknown>) =>
  api.raw<SyncAnswer>('PUT', `/barometer/field/api/interviews/${code}`, payload);

beforeAll(async () => {
  admin = await asAdmin();
  enumerator = await as('enumerator1');
  database = rawDatabase();
  world = await buildWorld(admin, 'FUFIELD');
  version = await setFollowupVersion(admin, world);
  const add = async (key: keyof typeof members, spec: { enumerator: 'enumerator1' | 'enumerator2' }) => {
    const code = `FF-${key}-${world.suffix}`.slice(0, 64);
    members[key] = {
      code,
      ...(await addCohortMember(admin, world, { code, establishment: world.establishment, ...spec })),
    };
  };
  await add('mine', { enumerator: 'enumerator1' });
  await add('closed', { enumerator: 'enumerator1' });
  await add('late', { enumerator: 'enumerator1' });
  await add('other', { enumerator: 'enumerator2' });
  await admin.post(`/barometer/followups/${members.closed.followup}/outcome`, {
    outcome: 'refused',
    date: '2026-11-01',
  });
});

afterAll(async () => {
  const participants = Object.values(members).map((member) => member.participant);
  await database('interviews').whereIn('participant', participants).delete();
  await database('followups').whereIn('participant', participants).delete();
  await database.destroy();
});

describe('the package of an enumerator who follows up released minors', () => {
  it('holds its open follow-ups, not those of others nor the closed ones, with the follow-up questionnaire', async () => {
    const pack = await enumerator.get<FieldPackage>('/barometer/field/api/package');
    const ours = pack.followups.filter((followup) => followup.wave === world.wave);
    expect(ours.map((followup) => followup.participant).sort()).toEqual([members.late.code, members.mine.code].sort());
    expect(ours.find((followup) => followup.id === members.mine.followup)).toMatchObject({
      instrument_version: version,
      window_start: '2026-10-15',
      window_end: '2027-04-15',
      place_region: 'Oriental',
    });
    const questionnaire = pack.versions.find((item) => item.id === version)?.questionnaire;
    expect(questionnaire?.questions.map((question) => question.code)).toEqual([
      'AFTERCARE_RECEIVED',
      'ACTIVITY_NOW',
      'NEW_JUSTICE_CONTACT',
    ]);
    const other = await (await as('enumerator2')).get<FieldPackage>('/barometer/field/api/package');
    expect(other.followups.map((followup) => followup.id)).toContain(members.other.followup);
    expect(other.followups.map((followup) => followup.id)).not.toContain(members.mine.followup);
  });
});

describe('syncing a follow-up interview made on the device', () => {
  it('refuses another enumerator’s follow-up, in French and Arabic, and writes nothing', async () => {
    const code = `${world.suffix}-FO`.slice(0, 64);
    const refused = await send(enumerator, code, body('other'));
    expect(refused.status).toBe(422);
    const problems = refused.body.errors?.[0]?.extensions.problems ?? [];
    expect(problems).toContainEqual({
      column: 'followup',
      message: 'Vous n’êtes pas l’enquêteur chargé de ce suivi.',
      message_ar: 'لست الباحث المكلف بهذه المتابعة.',
    });
    expect(await count(admin, 'interviews', { code: { _eq: code } })).toBe(0);
  });

  it('refuses a follow-up closed by another outcome, and a day outside the window', async () => {
    const closed = await send(enumerator, `${world.suffix}-FC`.slice(0, 64), body('closed'));
    expect(closed.status).toBe(422);
    expect(closed.body.errors?.[0]?.extensions.problems?.map((problem) => problem.message)).toEqual([
      'Ce suivi est clos (refused) : aucun entretien ne peut y être saisi.',
    ]);
    const late = await send(
      enumerator,
      `${world.suffix}-FL`.slice(0, 64),
      body('late', { interview_date: '2026-09-01' }),
    );
    expect(late.status).toBe(422);
    expect(late.body.errors?.[0]?.extensions.problems?.[0]).toMatchObject({
      column: 'interview_date',
      message: 'Le 2026-09-01 est hors de la fenêtre de suivi (2026-10-15 → 2027-04-15).',
      message_ar: 'تاريخ 2026-09-01 خارج فترة المتابعة (2026-10-15 ← 2027-04-15).',
    });
    expect(
      await count(admin, 'interviews', { followup: { _in: [members.closed.followup, members.late.followup] } }),
    ).toBe(0);
  });

  it('refuses an establishment on a follow-up interview (400), and a participant that is not the member’s', async () => {
    const placed = await send(
      enumerator,
      `${world.suffix}-FE`.slice(0, 64),
      body('mine', { establishment: world.establishment }),
    );
    expect(placed.status).toBe(400);
    expect(placed.body.errors?.[0]?.message).toMatch(/^establishment : un entretien de suivi n’a pas d’établissement/);
    const stranger = `FF-X-${world.suffix}`.slice(0, 64);
    const wrong = await send(enumerator, `${world.suffix}-FP`.slice(0, 64), body('mine', { participant: stranger }));
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors?.[0]?.extensions.problems?.map((problem) => problem.column)).toEqual(['participant']);
    // The refused sync left no participant behind either.
    expect(await count(admin, 'participants', { code: { _eq: stranger } })).toBe(0);
    expect(await count(admin, 'interviews', { followup: { _eq: members.mine.followup } })).toBe(0);
  });

  it('creates it once with no establishment, records the outcome, and a retried send adds no row', async () => {
    const code = `${world.suffix}-FM`.slice(0, 64);
    const first = await send(enumerator, code, body('mine'));
    expect(first.status).toBe(201);
    expect(first.body.data).toMatchObject({ code, status: 'submitted' });
    expect((await send(enumerator, code, body('mine'))).status).toBe(200);
    const rows = await admin.get<Array<{ establishment: number | null; followup: number; device_id: string }>>(
      `/items/interviews?filter[code][_eq]=${code}&fields=establishment,followup,device_id`,
    );
    expect(rows).toEqual([{ establishment: null, followup: members.mine.followup, device_id: 'tablette-suivi' }]);
    const outcome = async () =>
      (await database('followups').where('id', members.mine.followup).first('outcome'))?.outcome;
    await expect.poll(outcome, { timeout: 10_000 }).toBe('interviewed');
    // Back on the device at the next download: the interview is there, the follow-up is no longer to do.
    const pack = await enumerator.get<FieldPackage>('/barometer/field/api/package');
    expect(pack.interviews.find((interview) => interview.code === code)).toMatchObject({
      establishment: null,
      followup: members.mine.followup,
      status: 'submitted',
    });
    expect(pack.followups.map((followup) => followup.id)).not.toContain(members.mine.followup);
  });
});
