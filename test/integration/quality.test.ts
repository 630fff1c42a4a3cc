// Data quality and panel attrition over HTTP (issue 4, items 6 and 7): duplicates, short interviews and
// item non-response by question and by enumerator on a wave built for the purpose, the attrition of the
// previous wave's respondents with their reasons, a supervisor kept to its establishments, and the roles
// that are refused. The computations themselves are core/quality's unit tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../scripts/lib/api.ts';
import { demoUser } from '../../seed/demo-users.ts';
import { buildWorld, interviewPayload, postCsv, type World } from '../fixtures/world.ts';
import { as, asAdmin } from '../helpers.ts';

interface Person {
  name: string;
  email: string | null;
}
interface Quality {
  wave: string;
  interviews: number;
  median_minutes: number | null;
  short_share: number;
  duplicates: Array<{ participant: string; interviews: string[] }>;
  short_interviews: Array<{
    code: string;
    enumerator: Person | null;
    duration_minutes: number;
    median_minutes: number | null;
  }>;
  non_response: {
    questions: Array<{
      question: string;
      label: string;
      label_ar: string | null;
      asked: number;
      missing: number;
      share: number;
    }>;
    enumerators: Array<{
      enumerator: Person | null;
      interviews: number;
      asked: number;
      missing: number;
      share: number;
    }>;
  };
}
interface Attrition {
  wave: string;
  previous_wave: string | null;
  as_of: string;
  previous_respondents: number;
  reinterviewed: number;
  counts: { released: number; transferred: number; lost: number; detained: number };
  participants: Array<{
    participant: string;
    establishment: string | null;
    reason: string;
    status_date: string | null;
  }>;
}

let admin: Api;
let coordinator: Api;
let supervisor: Api;
let world: World;
let previousCode: string;
const code = (name: string) => `${name}-${world.suffix}`.slice(0, 64);

const nadia = { name: 'Nadia Enquêtrice', email: demoUser('enumerator1').email };
const karim = { name: 'Karim Enquêteur', email: demoUser('enumerator2').email };

/**
 * Two waves of their own, far in the future so that no other wave falls between them: the previous one
 * (locked in no way, just earlier by reference date) and the world's wave, which follows it.
 */
beforeAll(async () => {
  admin = await asAdmin();
  coordinator = await as('coordinator');
  supervisor = await as('supervisor1');
  world = await buildWorld(admin, 'QUAL');
  await admin.patch(`/items/waves/${world.wave}`, { reference_date: '2090-07-15' });
  previousCode = `V-${world.suffix}`.slice(0, 32);
  const previous = await admin.post<{ id: number }>('/barometer/waves', {
    code: previousCode,
    label: 'Vague précédente',
    reference_date: '2090-01-15',
    instrument_versions: [world.version],
  });
  const frame = await postCsv(
    admin,
    `/barometer/waves/${previous.id}/frame`,
    `establishment_code,population\n${world.establishmentCode},40\n${world.otherEstablishmentCode},12\n`,
  );
  expect(frame.status).toBe(200);
  await admin.post(`/barometer/waves/${previous.id}/open`);
  await admin.post('/items/assignments', {
    user: demoUser('enumerator2').id,
    wave: world.wave,
    establishment: world.otherEstablishment,
  });

  const participants = await admin.post<Array<{ id: number; code: string }>>(
    '/items/participants',
    ['BACK', 'DET', 'DUP', 'NEVER', 'OTHER', 'REL', 'SHORT', 'TR', 'X'].map((name) => ({ code: code(name) })),
  );
  const id = (name: string) => participants.find((row) => row.code === code(name))?.id;

  // The previous wave: four respondents (the draft does not count), three of them in E.
  const previousInterview = (name: string, participant: string, establishment: number, status: string) => ({
    ...interviewPayload(world, code(name), { participant: id(participant), establishment, status }),
    wave: previous.id,
  });
  await admin.post('/items/interviews', [
    previousInterview('A-REL', 'REL', world.establishment, 'validated'),
    previousInterview('A-BACK', 'BACK', world.establishment, 'validated'),
    previousInterview('A-TR', 'TR', world.establishment, 'submitted'),
    previousInterview('A-DET', 'DET', world.otherEstablishment, 'validated'),
    { ...previousInterview('A-NEVER', 'NEVER', world.establishment, 'draft'), answers: {} },
  ]);
  await admin.post('/items/participant_statuses', [
    { participant: id('REL'), status: 'detained', date: '2026-01-10', establishment: world.establishment },
    { participant: id('REL'), status: 'released', date: '2026-06-01' },
    { participant: id('TR'), status: 'transferred', date: '2026-05-01', establishment: world.otherEstablishment },
  ]);

  // This wave: five interviews by Nadia in E (a duplicate, a short one, blanks), one by Karim in F.
  // SCHOOL is asked under 16 only; ACTIVITIES and COMMENT are optional.
  const nadiaApi = await as('enumerator1');
  const interview = (
    name: string,
    participant: string,
    minutes: number,
    answers: Record<string, unknown>,
    establishment = world.establishment,
  ) =>
    interviewPayload(world, code(name), {
      participant: id(participant),
      duration_minutes: minutes,
      answers,
      establishment,
    });
  await nadiaApi.post('/items/interviews', [
    interview('B-1', 'BACK', 40, { SEX: 'm', AGE: 15, SCHOOL: 'yes', ACTIVITIES: ['sport'], COMMENT: 'RAS' }),
    interview('B-2', 'DUP', 42, { SEX: 'f', AGE: 17, ACTIVITIES: ['art'], COMMENT: 'RAS' }),
    interview('B-3', 'DUP', 38, { SEX: 'f', AGE: 17, ACTIVITIES: ['art'] }),
    interview('B-4', 'SHORT', 10, { SEX: 'm', AGE: 14, SCHOOL: 'no' }),
    interview('B-5', 'X', 44, { SEX: 'm', AGE: 16, COMMENT: 'RAS' }),
    { ...interview('B-DRAFT', 'NEVER', 2, {}), status: 'draft' },
  ]);
  await (
    await as('enumerator2')
  ).post(
    '/items/interviews',
    interview('B-6', 'OTHER', 36, { SEX: 'm', AGE: 13, SCHOOL: 'yes' }, world.otherEstablishment),
  );
});

describe('GET /barometer/waves/:wave/quality', () => {
  it('gives a coordinator the whole wave: duplicates, short interviews, non-response by question and enumerator', async () => {
    const quality = await coordinator.get<Quality>(`/barometer/waves/${world.waveCode}/quality`);
    expect(quality).toMatchObject({ wave: world.waveCode, interviews: 6, short_share: 0.5 });
    // Durations 10, 36, 38, 40, 42, 44; the draft's 2 minutes do not count.
    expect(quality.median_minutes).toBe(39);
    expect(quality.duplicates).toEqual([{ participant: code('DUP'), interviews: [code('B-2'), code('B-3')] }]);
    expect(quality.short_interviews).toEqual([
      { code: code('B-4'), enumerator: nadia, duration_minutes: 10, median_minutes: 39 },
    ]);
    expect(quality.non_response.questions).toEqual([
      { question: 'ACTIVITIES', label: 'Activités', label_ar: null, asked: 6, missing: 3, share: 0.5 },
      { question: 'COMMENT', label: 'Commentaire', label_ar: null, asked: 6, missing: 3, share: 0.5 },
      { question: 'AGE', label: 'Âge', label_ar: null, asked: 6, missing: 0, share: 0 },
      { question: 'SCHOOL', label: 'Scolarisé', label_ar: null, asked: 3, missing: 0, share: 0 },
      { question: 'SEX', label: 'Sexe', label_ar: null, asked: 6, missing: 0, share: 0 },
    ]);
    expect(quality.non_response.enumerators).toEqual([
      { enumerator: karim, interviews: 1, asked: 5, missing: 2, share: 0.4 },
      { enumerator: nadia, interviews: 5, asked: 22, missing: 4, share: 4 / 22 },
    ]);
    expect(await coordinator.get<Quality>(`/barometer/waves/${world.wave}/quality`)).toEqual(quality);
  });

  it('keeps a supervisor to the establishments assigned to it in that wave, against the whole wave’s median', async () => {
    const quality = await supervisor.get<Quality>(`/barometer/waves/${world.waveCode}/quality`);
    expect(quality.interviews).toBe(5);
    expect(quality.median_minutes).toBe(39);
    expect(quality.duplicates).toEqual([{ participant: code('DUP'), interviews: [code('B-2'), code('B-3')] }]);
    expect(quality.short_interviews.map((entry) => entry.code)).toEqual([code('B-4')]);
    expect(quality.non_response.questions.slice(0, 2)).toEqual([
      { question: 'ACTIVITIES', label: 'Activités', label_ar: null, asked: 5, missing: 2, share: 0.4 },
      { question: 'COMMENT', label: 'Commentaire', label_ar: null, asked: 5, missing: 2, share: 0.4 },
    ]);
    expect(quality.non_response.questions.find((entry) => entry.question === 'SCHOOL')).toMatchObject({
      asked: 2,
      missing: 0,
    });
    expect(quality.non_response.enumerators).toEqual([
      { enumerator: nadia, interviews: 5, asked: 22, missing: 4, share: 4 / 22 },
    ]);

    // Not assigned in the previous wave: nothing of it.
    const elsewhere = await supervisor.get<Quality>(`/barometer/waves/${previousCode}/quality`);
    expect(elsewhere).toMatchObject({
      interviews: 0,
      duplicates: [],
      short_interviews: [],
      non_response: { questions: [], enumerators: [] },
    });
  });
});

describe('GET /barometer/waves/:wave/attrition', () => {
  it('lists the previous wave’s respondents not interviewed again, each with its latest status', async () => {
    const attrition = await coordinator.get<Attrition>(`/barometer/waves/${world.waveCode}/attrition`);
    expect(attrition).toEqual({
      wave: world.waveCode,
      previous_wave: previousCode,
      as_of: new Date().toISOString().slice(0, 10),
      previous_respondents: 4,
      reinterviewed: 1,
      counts: { released: 1, transferred: 1, lost: 0, detained: 1 },
      participants: [
        {
          participant: code('DET'),
          establishment: world.otherEstablishmentCode,
          reason: 'detained',
          status_date: null,
        },
        {
          participant: code('REL'),
          establishment: world.establishmentCode,
          reason: 'released',
          status_date: '2026-06-01',
        },
        {
          participant: code('TR'),
          establishment: world.establishmentCode,
          reason: 'transferred',
          status_date: '2026-05-01',
        },
      ],
    });
  });

  it('reads the statuses known at `as_of`', async () => {
    const attrition = await coordinator.get<Attrition>(`/barometer/waves/${world.wave}/attrition?as_of=2026-05-15`);
    expect(attrition.as_of).toBe('2026-05-15');
    expect(attrition.counts).toEqual({ released: 0, transferred: 1, lost: 0, detained: 2 });
    expect(attrition.participants.find((entry) => entry.participant === code('REL'))).toMatchObject({
      reason: 'detained',
      status_date: '2026-01-10',
    });
  });

  it('keeps a supervisor to the respondents of its establishments', async () => {
    const attrition = await supervisor.get<Attrition>(`/barometer/waves/${world.waveCode}/attrition`);
    expect(attrition).toMatchObject({
      previous_respondents: 3,
      reinterviewed: 1,
      counts: { released: 1, transferred: 1, lost: 0, detained: 0 },
    });
    expect(attrition.participants.map((entry) => entry.participant)).toEqual([code('REL'), code('TR')]);
  });

  it('has no previous wave before the first one, whatever waves without a reference date are in the field', async () => {
    // The 2020 baseline precedes every dated wave of the demo and of the tests; an undated wave in the
    // field (other tests make some) once sorted before everything and became its "previous" wave.
    const undated = await admin.post<{ id: number }>('/items/waves', {
      code: code('UNDATED').slice(0, 32),
      label: 'Sans date',
      instrument_versions: [{ instrument_versions_id: world.version }],
    });
    await admin.post(`/barometer/waves/${undated.id}/open`);
    expect(await coordinator.get<Attrition>('/barometer/waves/B2020/attrition')).toMatchObject({
      wave: 'B2020',
      previous_wave: null,
      previous_respondents: 0,
      reinterviewed: 0,
      participants: [],
    });
  });
});

describe('access and input', () => {
  it('refuses analysts and enumerators, and answers 404 for an unknown wave and 400 for a bad query', async () => {
    for (const key of ['analyst', 'enumerator1'] as const) {
      const api = await as(key);
      for (const path of ['quality', 'attrition']) {
        const response = await api.raw<{ errors: Array<{ extensions: { code: string } }> }>(
          'GET',
          `/barometer/waves/${world.waveCode}/${path}`,
        );
        expect(response.status, `${key} ${path}`).toBe(403);
      }
    }
    expect((await coordinator.raw('GET', '/barometer/waves/NOPE-404/quality')).status).toBe(404);
    expect((await coordinator.raw('GET', '/barometer/waves/NOPE-404/attrition')).status).toBe(404);
    const bad = await coordinator.raw<{ errors: Array<{ message: string; extensions: { code: string } }> }>(
      'GET',
      `/barometer/waves/${world.waveCode}/quality?by=SEX`,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]?.extensions.code).toBe('INVALID_PAYLOAD');
    expect((await coordinator.raw('GET', '/barometer/waves/99999999999999/quality')).status).toBe(404);
    for (const date of ['2026-13-45', 'hier', '[x]=1']) {
      const query = date.startsWith('[') ? `as_of${date}` : `as_of=${date}`;
      expect((await coordinator.raw('GET', `/barometer/waves/${world.waveCode}/attrition?${query}`)).status, date).toBe(
        400,
      );
    }
  });
});
