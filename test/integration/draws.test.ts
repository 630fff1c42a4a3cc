// The draw of the minors to interview over HTTP: recorded and replayable, panel first, a bad list
// refused whole, coordinators only, and each enumerator seeing the lists of its establishments.
// The distribution of the selection is core/draw's test (distribution.test.ts), not repeated here.
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { drawSample } from '../../core/draw/index.ts';
import type { Api } from '../../scripts/lib/api.ts';
import { demoUser } from '../../seed/demo-users.ts';
import { buildWorld, interviewPayload, postCsv, type World } from '../fixtures/world.ts';
import { as, asAdmin, count } from '../helpers.ts';

interface DrawAnswer {
  seed: string;
  draws: Array<{
    establishment: string;
    target: number;
    selected: string[];
    replacements: string[];
    list_sha256: string;
  }>;
}

interface LatestDraws {
  wave: string;
  draws: Array<{
    establishment: string;
    seed: string;
    list_sha256: string;
    selected: string[];
    replacements: string[];
    date_created: string;
  }>;
}

let admin: Api;
let coordinator: Api;

beforeAll(async () => {
  admin = await asAdmin();
  coordinator = await as('coordinator');
});

const codes = (prefix: string, size: number) =>
  Array.from({ length: size }, (_, index) => `${prefix}-${String(index + 1).padStart(2, '0')}`);
const csv = (rows: Array<[string, string]>) =>
  ['establishment_code,participant_code', ...rows.map((row) => row.join(','))].join('\n');

async function draw(api: Api, wave: string | number, body: string, seed?: string) {
  return postCsv(
    api,
    `/barometer/waves/${wave}/draws${seed === undefined ? '' : `?seed=${encodeURIComponent(seed)}`}`,
    body,
  );
}

async function drawn(api: Api, wave: string | number, body: string, seed?: string): Promise<DrawAnswer> {
  const response = await draw(api, wave, body, seed);
  if (response.status !== 200) throw new Error(`draw ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body.data as DrawAnswer;
}

/** A world and the list of its two establishments: 40 minors in E, 12 in F. */
function listOf(world: World) {
  const inE = codes(`${world.suffix}-E`, 40);
  const inF = codes(`${world.suffix}-F`, 12);
  const rows: Array<[string, string]> = [
    ...inE.map((code): [string, string] => [world.establishmentCode, code]),
    ...inF.map((code): [string, string] => [world.otherEstablishmentCode, code]),
  ];
  return { inE, inF, rows };
}

describe('a draw', () => {
  it('selects ceil(rate × N_h) per establishment, records it with who and the list hash, and creates the participants', async () => {
    const world = await buildWorld(admin, 'DRAW');
    const { inE, inF, rows } = listOf(world);
    const result = await drawn(coordinator, world.waveCode, csv(rows), 'Tirage public 2026-10-01 #7');
    expect(result.seed).toBe('Tirage public 2026-10-01 #7');
    expect(
      result.draws.map(({ establishment, target, selected, replacements }) => [
        establishment,
        target,
        selected.length,
        replacements.length,
      ]),
    ).toEqual([
      [world.establishmentCode, 10, 10, 30],
      [world.otherEstablishmentCode, 3, 3, 9],
    ]);
    const [e, f] = result.draws;
    expect([...(e?.selected ?? []), ...(e?.replacements ?? [])].sort()).toEqual(inE);
    expect([...(f?.selected ?? []), ...(f?.replacements ?? [])].sort()).toEqual(inF);
    // The documented fingerprint: SHA-256 of the sorted codes joined by line feeds (core/draw/README.md).
    expect(e?.list_sha256).toBe(
      createHash('sha256')
        .update([...inE].sort().join('\n'))
        .digest('hex'),
    );

    const stored = await admin.get<
      Array<{
        establishment: number;
        seed: string;
        list_sha256: string;
        selected: string[];
        replacements: string[];
        user_created: string;
        date_created: string;
      }>
    >(
      `/items/sample_draws?filter[wave][_eq]=${world.wave}&sort=establishment&fields=establishment,seed,list_sha256,selected,replacements,user_created,date_created`,
    );
    expect(stored).toHaveLength(2);
    expect(stored.find((row) => row.establishment === world.establishment)).toMatchObject({
      seed: result.seed,
      list_sha256: e?.list_sha256,
      selected: e?.selected,
      replacements: e?.replacements,
      user_created: demoUser('coordinator').id,
    });
    expect(stored.every((row) => Boolean(row.date_created))).toBe(true);
    expect(await count(admin, 'participants', { code: { _starts_with: `${world.suffix}-` } })).toBe(52);
  });

  it('replays identically with the same seed and list in another order, and differs with another seed', async () => {
    const world = await buildWorld(admin, 'REPLAY');
    const { rows } = listOf(world);
    const first = await drawn(coordinator, world.waveCode, csv(rows), 'graine-42');
    const again = await drawn(coordinator, world.wave, csv([...rows].reverse()), 'graine-42');
    expect(again).toEqual(first);
    const other = await drawn(coordinator, world.waveCode, csv(rows), 'graine-43');
    expect(other.draws[0]?.selected).not.toEqual(first.draws[0]?.selected);
    expect(other.draws[0]?.list_sha256).toBe(first.draws[0]?.list_sha256);
    // Every run is kept; the latest per establishment is the one served.
    expect(await count(admin, 'sample_draws', { wave: { _eq: world.wave } })).toBe(6);
    const latest = await coordinator.get<LatestDraws>(`/barometer/waves/${world.waveCode}/draws`);
    expect(
      latest.draws.map(({ establishment, seed, selected, replacements }) => ({
        establishment,
        seed,
        selected,
        replacements,
      })),
    ).toEqual(
      other.draws.map(({ establishment, selected, replacements }) => ({
        establishment,
        seed: 'graine-43',
        selected,
        replacements,
      })),
    );
  });

  it('makes up a seed when none is given, returns it, and that seed replays the draw', async () => {
    const world = await buildWorld(admin, 'NOSEED');
    const { rows } = listOf(world);
    const first = await drawn(coordinator, world.waveCode, csv(rows));
    expect(first.seed).toMatch(/^[0-9a-f]{32}$/);
    expect(await drawn(coordinator, world.waveCode, csv(rows), first.seed)).toEqual(first);
    expect((await drawn(coordinator, world.waveCode, csv(rows))).seed).not.toBe(first.seed);
  });
});

describe('panel retention', () => {
  it('selects first the minors interviewed in the previous wave, in any establishment, and not the unfinished ones', async () => {
    const world = await buildWorld(admin, 'PANEL');
    // Reference dates no other test uses, so that this wave is the previous one of the next.
    const year = 2100 + Math.floor(Math.random() * 800);
    await admin.patch(`/items/waves/${world.wave}`, { reference_date: `${year}-03-01` });
    const [kept, moved, unfinished] = await Promise.all(
      ['KEPT', 'MOVED', 'DRAFT'].map((name) =>
        admin.post<{ id: number; code: string }>('/items/participants', { code: `${world.suffix}-${name}` }),
      ),
    );
    if (!kept || !moved || !unfinished) throw new Error('participants not created');
    await admin.post('/items/interviews', interviewPayload(world, `PA-${world.suffix}`, { participant: kept.id }));
    await admin.post(
      '/items/interviews',
      interviewPayload(world, `PB-${world.suffix}`, { participant: moved.id, establishment: world.otherEstablishment }),
    );
    await admin.post(
      '/items/interviews',
      interviewPayload(world, `PC-${world.suffix}`, {
        participant: unfinished.id,
        status: 'draft',
        answers: { SEX: 'f' },
      }),
    );
    await coordinator.post(`/barometer/waves/${world.waveCode}/lock`, {
      exclude_unreviewed: true,
      reason: 'Fin du terrain',
    });

    const next = await coordinator.post<{ id: number; code: string }>('/barometer/waves', {
      code: `N-${world.suffix}`.slice(0, 32),
      label: 'Vague suivante',
      reference_date: `${year}-09-01`,
      instrument_versions: [world.version],
    });
    const frame = await postCsv(
      coordinator,
      `/barometer/waves/${next.id}/frame`,
      `establishment_code,population\n${world.establishmentCode},8\n`,
    );
    expect(frame.status).toBe(200);
    const list = [
      `${world.suffix}-KEPT`,
      `${world.suffix}-MOVED`,
      `${world.suffix}-DRAFT`,
      ...codes(`${world.suffix}-NEW`, 5),
    ];
    for (const seed of ['s1', 's2']) {
      const result = await drawn(coordinator, next.id, csv(list.map((code) => [world.establishmentCode, code])), seed);
      expect([...(result.draws[0]?.selected ?? [])].sort()).toEqual([`${world.suffix}-KEPT`, `${world.suffix}-MOVED`]);
      // Exactly the core's draw with those two as the panel: the draft counted for nothing.
      const expected = drawSample({
        codes: list,
        rate: 0.25,
        panel: [`${world.suffix}-KEPT`, `${world.suffix}-MOVED`],
        seed,
        stratum: world.establishmentCode,
      });
      if (!expected.ok) throw new Error(expected.problems.join('; '));
      expect(result.draws[0]?.replacements).toEqual(expected.draw.replacements);
      expect(result.draws[0]?.selected).toEqual(expected.draw.selected);
    }
  });
});

describe('refusals', () => {
  let world: World;
  beforeAll(async () => {
    world = await buildWorld(admin, 'DRAWNO');
  });

  it('refuses a bad list whole, by row and column, and writes nothing', async () => {
    const body = ['establishment_code,participant_code,nom', `${world.establishmentCode},${world.suffix}-A,Ahmed`].join(
      '\n',
    );
    const header = await draw(coordinator, world.waveCode, body, 'x');
    expect(header.status).toBe(422);
    expect(header.body.errors?.[0]?.extensions.problems).toEqual([expect.objectContaining({ row: 1, column: 'nom' })]);

    const rows = csv([
      [world.establishmentCode, `${world.suffix}-A`],
      [world.establishmentCode, `${world.suffix} B`],
      ['NOWHERE', `${world.suffix}-C`],
      [world.otherEstablishmentCode, `${world.suffix}-A`],
      [world.otherEstablishmentCode, `${world.suffix}-D`],
    ]);
    const response = await draw(coordinator, world.waveCode, rows, 'x');
    expect(response.status).toBe(422);
    expect(response.body.errors?.[0]?.extensions.code).toBe('VALIDATION_FAILED');
    expect(response.body.errors?.[0]?.extensions.problems).toEqual([
      expect.objectContaining({ row: 3, column: 'participant_code' }),
      expect.objectContaining({ row: 4, column: 'establishment_code' }),
      expect.objectContaining({ row: 5, column: 'participant_code', message: expect.stringMatching(/ligne 2/) }),
    ]);
    expect((await draw(coordinator, world.waveCode, 'establishment_code,participant_code\n', 'x')).status).toBe(422);
    expect(
      (await draw(coordinator, world.waveCode, csv([[world.establishmentCode, `${world.suffix}-A`]]), 'a\u0001b'))
        .status,
    ).toBe(400);
    expect(await count(admin, 'sample_draws', { wave: { _eq: world.wave } })).toBe(0);
    expect(await count(admin, 'participants', { code: { _starts_with: `${world.suffix}-` } })).toBe(0);
  });

  it('is for coordinators: 403 for an analyst, an enumerator or a supervisor', async () => {
    const body = csv([[world.establishmentCode, `${world.suffix}-Z`]]);
    for (const key of ['analyst', 'enumerator1', 'supervisor1'] as const) {
      expect((await draw(await as(key), world.waveCode, body, 'x')).status, key).toBe(403);
    }
    expect((await (await as('analyst')).raw('GET', `/barometer/waves/${world.waveCode}/draws`)).status).toBe(403);
    expect(await count(admin, 'sample_draws', { wave: { _eq: world.wave } })).toBe(0);
  });

  it('refuses to draw in a locked wave (409) or an unknown one (404)', async () => {
    const locked = await buildWorld(admin, 'DRAWLOCK');
    await coordinator.post(`/barometer/waves/${locked.waveCode}/lock`, { reason: 'Fin du terrain' });
    const body = csv([[locked.establishmentCode, `${locked.suffix}-A`]]);
    expect((await draw(coordinator, locked.waveCode, body, 'x')).status).toBe(409);
    expect((await draw(coordinator, 'NO-SUCH-WAVE', body, 'x')).status).toBe(404);
  });
});

describe('who sees the draws', () => {
  it('shows an enumerator only the establishments it is assigned to in the wave; supervisors and coordinators all', async () => {
    const world = await buildWorld(admin, 'DRAWSEE');
    const { rows } = listOf(world);
    const result = await drawn(coordinator, world.waveCode, csv(rows), 'vue');
    const mine = await (await as('enumerator1')).get<LatestDraws>(`/barometer/waves/${world.waveCode}/draws`);
    expect(
      mine.draws.map(({ establishment, selected, replacements }) => ({ establishment, selected, replacements })),
    ).toEqual([
      {
        establishment: world.establishmentCode,
        selected: result.draws[0]?.selected,
        replacements: result.draws[0]?.replacements,
      },
    ]);
    expect(
      (await (await as('enumerator2')).get<LatestDraws>(`/barometer/waves/${world.waveCode}/draws`)).draws,
    ).toEqual([]);
    for (const key of ['supervisor1', 'coordinator'] as const) {
      const all = await (await as(key)).get<LatestDraws>(`/barometer/waves/${world.waveCode}/draws`);
      expect(
        all.draws.map((row) => row.establishment),
        key,
      ).toEqual([world.establishmentCode, world.otherEstablishmentCode]);
    }
    // Why the route reads with its own filter: an enumerator has no read permission on sample_draws.
    expect(
      (await (await as('enumerator1')).raw('GET', `/items/sample_draws?filter[wave][_eq]=${world.wave}`)).status,
    ).toBe(403);
  });
});
