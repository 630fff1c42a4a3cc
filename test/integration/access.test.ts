// Each role of the contract can do what its row says, and no more.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../scripts/lib/api.ts';
import { demoUser } from '../../seed/demo-users.ts';
import { anonymous, as, asAdmin } from '../helpers.ts';

const BAROMETER_COLLECTIONS = [
  'establishments',
  'instruments',
  'instrument_versions',
  'sections',
  'questions',
  'choices',
  'waves',
  'waves_instrument_versions',
  'population_frames',
  'participants',
  'participant_statuses',
  'interviews',
  'assignments',
  'wave_events',
  'sample_draws',
  'dimensions',
  'indicators',
  'external_estimates',
  'indicator_snapshots',
  'recommendations',
  'reports',
];

interface World {
  wave: number;
  otherWave: number;
  establishment: number;
  otherEstablishment: number;
  publishedVersion: number;
  draftVersion: number;
  participant: number;
}

let world: World;
let admin: Api;

async function create<T = { id: number }>(api: Api, collection: string, body: Record<string, unknown>): Promise<T> {
  return api.post<T>(`/items/${collection}`, body);
}

beforeAll(async () => {
  admin = await asAdmin();
  const suffix = Date.now().toString(36);
  const instrument = await create(admin, 'instruments', { code: `ACCESS-${suffix}`, title: 'Accès' });
  const published = await create(admin, 'instrument_versions', {
    instrument: instrument.id,
    version: 1,
    questions: [{ code: 'Q1', type: 'integer', label: 'Âge', required: false, sort: 1 }],
  });
  await admin.patch(`/items/instrument_versions/${published.id}`, { status: 'published' });
  const draft = await create(admin, 'instrument_versions', { instrument: instrument.id, version: 2, status: 'draft' });
  const wave = await create(admin, 'waves', {
    code: `ACC-${suffix}`,
    label: 'Accès',
    instrument_versions: [{ instrument_versions_id: published.id }],
  });
  const otherWave = await create(admin, 'waves', {
    code: `ACC2-${suffix}`,
    label: 'Accès 2',
    instrument_versions: [{ instrument_versions_id: published.id }],
  });
  const establishment = await create(admin, 'establishments', {
    code: `ACC-E-${suffix}`,
    name: 'Établissement test',
    type: 'cre',
  });
  const otherEstablishment = await create(admin, 'establishments', {
    code: `ACC-F-${suffix}`,
    name: 'Autre établissement',
    type: 'cre',
  });
  for (const [waveId, establishmentId] of [
    [wave.id, establishment.id],
    [otherWave.id, otherEstablishment.id],
  ]) {
    await create(admin, 'population_frames', { wave: waveId, establishment: establishmentId, population: 40 });
  }
  for (const id of [wave.id, otherWave.id]) await admin.post(`/barometer/waves/${id}/open`);
  for (const key of ['enumerator1', 'enumerator2', 'supervisor1'] as const) {
    await create(admin, 'assignments', { user: demoUser(key).id, wave: wave.id, establishment: establishment.id });
  }
  const participant = await create(admin, 'participants', { code: `P-ACC-${suffix}` });
  world = {
    wave: wave.id,
    otherWave: otherWave.id,
    establishment: establishment.id,
    otherEstablishment: otherEstablishment.id,
    publishedVersion: published.id,
    draftVersion: draft.id,
    participant: participant.id,
  };
});

function interviewBody(code: string, overrides: Record<string, unknown> = {}) {
  return {
    code,
    wave: world.wave,
    participant: world.participant,
    establishment: world.establishment,
    instrument_version: world.publishedVersion,
    consent_guardian: true,
    assent_child: true,
    answers: { Q1: 15 },
    status: 'submitted',
    ...overrides,
  };
}

describe('public (no token)', () => {
  it.each(BAROMETER_COLLECTIONS)('cannot read %s', async (collection) => {
    const response = await anonymous().raw('GET', `/items/${collection}`);
    expect(response.status).toBe(403);
  });

  it('cannot create an interview', async () => {
    const response = await anonymous().raw('POST', '/items/interviews', interviewBody('PUBLIC-1'));
    expect(response.status).toBe(403);
  });

  it('gets 401 with a forged token', async () => {
    const response = await anonymous().raw('GET', '/items/waves', undefined, {
      authorization: 'Bearer forged.token.value',
    });
    expect(response.status).toBe(401);
  });
});

describe('Enumerator', () => {
  it('creates an interview and reads it back, but another enumerator cannot read it', async () => {
    const first = await as('enumerator1');
    const created = await first.post<{ id: number; user_created: string }>(
      '/items/interviews',
      interviewBody(`ENUM1-${Date.now()}`),
    );
    expect(created.user_created).toBe(demoUser('enumerator1').id);
    expect((await first.get<{ id: number }>(`/items/interviews/${created.id}`)).id).toBe(created.id);

    const second = await as('enumerator2');
    expect((await second.raw('GET', `/items/interviews/${created.id}`)).status).toBe(403);
    const listed = await second.get<Array<{ id: number }>>('/items/interviews?limit=-1&fields=id');
    expect(listed.map((row) => row.id)).not.toContain(created.id);
    expect((await second.raw('PATCH', `/items/interviews/${created.id}`, { answers: { Q1: 16 } })).status).toBe(403);
  });

  it('cannot edit its own interview once validated', async () => {
    const enumerator = await as('enumerator1');
    const created = await enumerator.post<{ id: number }>('/items/interviews', interviewBody(`ENUM-VAL-${Date.now()}`));
    await admin.patch(`/items/interviews/${created.id}`, { status: 'validated' });
    const response = await enumerator.raw('PATCH', `/items/interviews/${created.id}`, { answers: { Q1: 17 } });
    expect(response.status).toBe(403);
    expect((await admin.get<{ answers: { Q1: number } }>(`/items/interviews/${created.id}`)).answers.Q1).toBe(15);
  });

  it('cannot mark its interview validated', async () => {
    const enumerator = await as('enumerator1');
    const code = `ENUM-SELF-${Date.now()}`;
    const response = await enumerator.raw('POST', '/items/interviews', interviewBody(code, { status: 'validated' }));
    expect([400, 403]).toContain(response.status);
    expect(await admin.get<unknown[]>(`/items/interviews?filter[code][_eq]=${code}`)).toHaveLength(0);
  });

  it('reads published instrument versions only', async () => {
    const enumerator = await as('enumerator1');
    expect((await enumerator.raw('GET', `/items/instrument_versions/${world.publishedVersion}`)).status).toBe(200);
    expect((await enumerator.raw('GET', `/items/instrument_versions/${world.draftVersion}`)).status).toBe(403);
  });

  it.each(['indicators', 'population_frames', 'reports', 'recommendations'])('cannot read %s', async (collection) => {
    const enumerator = await as('enumerator1');
    expect((await enumerator.raw('GET', `/items/${collection}`)).status).toBe(403);
  });

  it('cannot create waves or instruments', async () => {
    const enumerator = await as('enumerator1');
    expect((await enumerator.raw('POST', '/items/waves', { code: 'NOPE', label: 'x' })).status).toBe(403);
    expect((await enumerator.raw('POST', '/items/instruments', { code: 'NOPE', title: 'x' })).status).toBe(403);
  });
});

describe('Supervisor', () => {
  it('reads interviews of its assigned wave and establishment only', async () => {
    const inside = await admin.post<{ id: number }>('/items/interviews', interviewBody(`SUP-IN-${Date.now()}`));
    const outside = await admin.post<{ id: number }>(
      '/items/interviews',
      interviewBody(`SUP-OUT-${Date.now()}`, { wave: world.otherWave, establishment: world.otherEstablishment }),
    );
    const supervisor = await as('supervisor1');
    expect((await supervisor.raw('GET', `/items/interviews/${inside.id}`)).status).toBe(200);
    expect((await supervisor.raw('GET', `/items/interviews/${outside.id}`)).status).toBe(403);
  });

  it('sets the review status and comment, and nothing else', async () => {
    const interview = await admin.post<{ id: number }>('/items/interviews', interviewBody(`SUP-REV-${Date.now()}`));
    const supervisor = await as('supervisor1');
    const reviewed = await supervisor.patch<{ status: string; review_comment: string }>(
      `/items/interviews/${interview.id}`,
      { status: 'rejected', review_comment: 'Âge incohérent' },
    );
    expect(reviewed.status).toBe('rejected');
    expect((await supervisor.raw('PATCH', `/items/interviews/${interview.id}`, { answers: { Q1: 12 } })).status).toBe(
      403,
    );
  });

  it('cannot create interviews or edit instruments', async () => {
    const supervisor = await as('supervisor1');
    expect((await supervisor.raw('POST', '/items/interviews', interviewBody(`SUP-NEW-${Date.now()}`))).status).toBe(
      403,
    );
    expect(
      (await supervisor.raw('PATCH', `/items/instrument_versions/${world.draftVersion}`, { notes: 'x' })).status,
    ).toBe(403);
  });
});

describe('Coordinator', () => {
  it('manages instruments, waves, frames and indicators', async () => {
    const coordinator = await as('coordinator');
    const instrument = await coordinator.post<{ id: number }>('/items/instruments', {
      code: `COORD-${Date.now()}`,
      title: 'Essai',
    });
    await coordinator.patch(`/items/instruments/${instrument.id}`, { title: 'Essai modifié' });
    const wave = await coordinator.post<{ id: number }>('/items/waves', {
      code: `COORD-W-${Date.now()}`,
      label: 'Essai',
    });
    await coordinator.post('/items/population_frames', {
      wave: wave.id,
      establishment: world.establishment,
      population: 12,
    });
    const dimension = await coordinator.post<{ id: number }>('/items/dimensions', {
      code: `COORD-D-${Date.now()}`,
      label: 'Essai',
    });
    const indicator = await coordinator.post<{ id: number }>('/items/indicators', {
      code: `COORD-I-${Date.now()}`,
      label: 'Essai',
      type: 'proportion',
      numerator: '${Q1} >= 15',
      dimension: dimension.id,
      direction: 'higher_is_better',
    });
    expect(indicator.id).toBeGreaterThan(0);
  });

  it('reads every interview but does not edit them', async () => {
    const interview = await admin.post<{ id: number }>(
      '/items/interviews',
      interviewBody(`COORD-READ-${Date.now()}`, { wave: world.otherWave, establishment: world.otherEstablishment }),
    );
    const coordinator = await as('coordinator');
    expect((await coordinator.get<{ id: number }>(`/items/interviews/${interview.id}`)).id).toBe(interview.id);
    expect((await coordinator.raw('PATCH', `/items/interviews/${interview.id}`, { status: 'validated' })).status).toBe(
      403,
    );
  });

  it('administers neither users nor settings', async () => {
    const coordinator = await as('coordinator');
    expect(
      (await coordinator.raw('POST', '/users', { email: 'new@example.com', password: 'whatever-123' })).status,
    ).toBe(403);
    expect((await coordinator.raw('PATCH', '/settings', { project_name: 'x' })).status).toBe(403);
    expect((await coordinator.raw('POST', '/roles', { name: 'x' })).status).toBe(403);
  });
});

describe('Analyst', () => {
  it('reads interviews without who entered them, and no participant codes', async () => {
    const analyst = await as('analyst');
    const rows = await analyst.get<Array<Record<string, unknown>>>('/items/interviews?limit=1');
    expect(rows.length).toBe(1);
    expect(Object.keys(rows[0] ?? {})).not.toContain('user_created');
    expect((await analyst.raw('GET', '/items/interviews?fields=user_created')).status).toBe(403);
    expect((await analyst.raw('GET', '/items/participants')).status).toBe(403);
    const nested = await analyst.raw<{ data: Array<{ participant: unknown }> }>(
      'GET',
      '/items/interviews?fields=participant.code&limit=1',
    );
    expect(JSON.stringify(nested.body)).not.toMatch(/"code"/);
  });

  it('reads indicators and reports but writes nothing', async () => {
    const analyst = await as('analyst');
    expect((await analyst.raw('GET', '/items/indicators')).status).toBe(200);
    expect((await analyst.raw('GET', '/items/reports')).status).toBe(200);
    expect((await analyst.raw('POST', '/items/indicators', { code: 'NOPE', label: 'x', type: 'mean' })).status).toBe(
      403,
    );
    expect((await analyst.raw('PATCH', `/items/waves/${world.wave}`, { label: 'x' })).status).toBe(403);
  });
});
