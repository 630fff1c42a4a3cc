// The audit trail: every change to interviews, frames, questionnaires and waves is in Directus activity and
// revisions with the user who made it; every lifecycle move is in wave_events with who and why.
// waves.test.ts checks the lock event's user and reason and the order of events; this adds the rest.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../scripts/lib/api.ts';
import { demoUser, type DemoUser } from '../../seed/demo-users.ts';
import { buildWorld, interviewPayload, postCsv, type World } from '../fixtures/world.ts';
import { as, asAdmin } from '../helpers.ts';

interface Activity {
  id: number;
  action: string;
  user: string | null;
  collection: string;
  item: string;
  revisions: Array<{ data: Record<string, unknown> | null; delta: Record<string, unknown> | null }>;
}

let admin: Api;
let coordinator: Api;
let world: World;

/** The activity entries of one item, newest first, each with its revisions (only an admin reads them all). */
async function trail(collection: string, item: number): Promise<Activity[]> {
  const filter = encodeURIComponent(JSON.stringify({ collection: { _eq: collection }, item: { _eq: String(item) } }));
  return admin.get<Activity[]>(
    `/activity?filter=${filter}&sort=-id&limit=-1&fields=id,action,user,collection,item,revisions.data,revisions.delta`,
  );
}

/** The newest entry of an item: done by `who`, with a revision whose delta holds `change`. */
async function expectAudited(collection: string, item: number, who: DemoUser['key'], change: Record<string, unknown>) {
  const [latest] = await trail(collection, item);
  expect(latest).toMatchObject({ action: 'update', user: demoUser(who).id });
  expect(latest?.revisions).toHaveLength(1);
  expect(latest?.revisions[0]?.delta).toMatchObject(change);
  expect(latest?.revisions[0]?.data).toMatchObject(change);
}

beforeAll(async () => {
  admin = await asAdmin();
  coordinator = await as('coordinator');
  world = await buildWorld(admin, 'AUDIT');
});

describe('activity and revisions, with the user', () => {
  it('an interview created, corrected by its enumerator and reviewed by the supervisor', async () => {
    const enumerator = await as('enumerator1');
    const interview = await enumerator.post<{ id: number }>(
      '/items/interviews',
      interviewPayload(world, `AUD-${world.suffix}`.slice(0, 64), { status: 'draft' }),
    );
    const [created] = await trail('interviews', interview.id);
    expect(created).toMatchObject({ action: 'create', user: demoUser('enumerator1').id });
    await enumerator.patch(`/items/interviews/${interview.id}`, {
      answers: { SEX: 'f', AGE: 13, SCHOOL: 'no' },
      status: 'submitted',
    });
    await expectAudited('interviews', interview.id, 'enumerator1', {
      answers: { SEX: 'f', AGE: 13, SCHOOL: 'no' },
      status: 'submitted',
    });
    await (
      await as('supervisor1')
    ).patch(`/items/interviews/${interview.id}`, { status: 'rejected', review_comment: 'Âge à vérifier' });
    await expectAudited('interviews', interview.id, 'supervisor1', {
      status: 'rejected',
      review_comment: 'Âge à vérifier',
    });
  });

  it('a frame row changed through the CSV import endpoint', async () => {
    const response = await postCsv(
      coordinator,
      `/barometer/waves/${world.waveCode}/frame`,
      `establishment_code,population\n${world.establishmentCode},77\n${world.otherEstablishmentCode},12\n`,
    );
    expect(response.status).toBe(200);
    const [row] = await admin.get<Array<{ id: number }>>(
      `/items/population_frames?filter[wave][_eq]=${world.wave}&filter[establishment][_eq]=${world.establishment}&fields=id`,
    );
    await expectAudited('population_frames', row?.id ?? 0, 'coordinator', { population: 77 });
  });

  it('a question of a draft version', async () => {
    const { version } = await coordinator.post<{ version: number }>(
      `/barometer/instrument-versions/${world.version}/draft`,
    );
    const [question] = await admin.get<Array<{ id: number }>>(
      `/items/questions?filter[instrument_version][_eq]=${version}&filter[code][_eq]=AGE&fields=id`,
    );
    await coordinator.patch(`/items/questions/${question?.id}`, { label: 'Âge révolu' });
    await expectAudited('questions', question?.id ?? 0, 'coordinator', { label: 'Âge révolu' });
  });

  it('the label of a planned wave', async () => {
    const wave = await coordinator.post<{ id: number }>('/barometer/waves', {
      code: `AUDW-${world.suffix}`.slice(0, 32),
      label: 'Avant',
      reference_date: '2027-06-30',
    });
    const [created] = await trail('waves', wave.id);
    expect(created).toMatchObject({ action: 'create', user: demoUser('coordinator').id });
    await coordinator.patch(`/items/waves/${wave.id}`, { label: 'Après' });
    await expectAudited('waves', wave.id, 'coordinator', { label: 'Après' });
  });
});

describe('the lifecycle', () => {
  it('lock, unlock and publish: wave_events with who and why, and the status change in activity and revisions', async () => {
    const draft = await admin.post<{ id: number }>(
      '/items/interviews',
      interviewPayload(world, `AUDX-${world.suffix}`.slice(0, 64), { status: 'draft' }),
    );
    await coordinator.post(`/barometer/waves/${world.wave}/lock`, {
      exclude_unreviewed: true,
      reason: 'Fin du terrain',
    });
    await expectAudited('waves', world.wave, 'coordinator', { status: 'locked' });
    // Excluding an interview changes what it counts for: that change is audited on the interview too.
    await expectAudited('interviews', draft.id, 'coordinator', { excluded: true });

    await coordinator.post(`/barometer/waves/${world.wave}/unlock`, { reason: 'Correction d’un code' });
    await expectAudited('waves', world.wave, 'coordinator', { status: 'open' });
    await coordinator.post(`/barometer/waves/${world.wave}/lock`, { exclude_unreviewed: true });
    await coordinator.post(`/barometer/waves/${world.wave}/publish`, { reason: 'Validé par le comité' });
    await expectAudited('waves', world.wave, 'coordinator', { status: 'published' });

    const events = await coordinator.get<
      Array<{
        from_status: string;
        to_status: string;
        reason: string | null;
        user_created: string;
        date_created: string;
      }>
    >(
      `/items/wave_events?filter[wave][_eq]=${world.wave}&sort=id&fields=from_status,to_status,reason,user_created,date_created`,
    );
    const coordinatorId = demoUser('coordinator').id;
    expect(
      events.map(({ from_status, to_status, reason, user_created }) => ({
        from_status,
        to_status,
        reason,
        user_created,
      })),
    ).toEqual([
      { from_status: 'planned', to_status: 'open', reason: null, user_created: expect.any(String) }, // opened by the fixture, as admin
      { from_status: 'open', to_status: 'locked', reason: 'Fin du terrain', user_created: coordinatorId },
      { from_status: 'locked', to_status: 'open', reason: 'Correction d’un code', user_created: coordinatorId },
      { from_status: 'open', to_status: 'locked', reason: null, user_created: coordinatorId },
      { from_status: 'locked', to_status: 'published', reason: 'Validé par le comité', user_created: coordinatorId },
    ]);
    expect(events.every((event) => !Number.isNaN(Date.parse(event.date_created)))).toBe(true);
  });

  it('the trail cannot be rewritten by the coordinator', async () => {
    const [event] = await coordinator.get<Array<{ id: number }>>(
      `/items/wave_events?filter[wave][_eq]=${world.wave}&fields=id&limit=1`,
    );
    expect((await coordinator.raw('PATCH', `/items/wave_events/${event?.id}`, { reason: 'réécrit' })).status).toBe(403);
    expect((await coordinator.raw('DELETE', `/items/wave_events/${event?.id}`)).status).toBe(403);
    const [entry] = await trail('waves', world.wave);
    expect((await coordinator.raw('PATCH', `/activity/${entry?.id}`, { user: null })).status).toBeGreaterThanOrEqual(
      400,
    );
    expect((await trail('waves', world.wave))[0]).toEqual(entry);
  });
});
