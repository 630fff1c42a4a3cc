// The wave lifecycle: frame import, coverage, lock preconditions, a lock that nothing gets through
// (API paths, flows, raw SQL), audit of every move, and 50 writers racing the lock.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../scripts/lib/api.ts';
import { demoUser } from '../../seed/demo-users.ts';
import { buildWorld, interviewPayload, postCsv, type World } from '../fixtures/world.ts';
import { as, asAdmin, rawDatabase } from '../helpers.ts';

let admin: Api;
let coordinator: Api;

beforeAll(async () => {
  admin = await asAdmin();
  coordinator = await as('coordinator');
});

describe('sample frame import', () => {
  it('creates unknown establishments, computes targets, and shows coverage', async () => {
    const world = await buildWorld(admin, 'FRAME');
    const fresh = `NEW-${world.suffix}`.slice(0, 32);
    const csv = `\uFEFFestablishment_code,population,establishment_type,region\r\n${world.establishmentCode},41,cre,Oriental\r\n${fresh},9,centre_sauvegarde,Souss-Massa\r\n`;
    const response = await postCsv(coordinator, `/barometer/waves/${world.waveCode}/frame`, csv);
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual({ created: 2, establishments_created: 1, removed: 1 });
    const coverage = await coordinator.get<{
      establishments: Array<{ code: string; population: number; target: number; achieved: number; warning: boolean }>;
    }>(`/barometer/waves/${world.waveCode}/coverage`);
    expect(coverage.establishments.map(({ code, population, target }) => ({ code, population, target }))).toEqual([
      { code: world.establishmentCode, population: 41, target: 11 },
      { code: fresh, population: 9, target: 3 },
    ]);
    expect(coverage.establishments.every((row) => row.achieved === 0 && row.warning)).toBe(true);
  });

  it('refuses the whole file for one bad row, saying row and column, and changes nothing', async () => {
    const world = await buildWorld(admin, 'BADFRAME');
    const before = await admin.get<Array<{ population: number }>>(
      `/items/population_frames?filter[wave][_eq]=${world.wave}&fields=population&sort=population`,
    );
    const csv = `establishment_code,population\n${world.establishmentCode},50\n${world.otherEstablishmentCode},-3\nBRAND-NEW,7\n`;
    const response = await postCsv(coordinator, `/barometer/waves/${world.waveCode}/frame`, csv);
    expect(response.status).toBe(422);
    expect(response.body.errors?.[0]?.extensions.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 3, column: 'population' }),
        expect.objectContaining({ row: 4, column: 'establishment_type' }),
      ]),
    );
    expect(
      await admin.get(`/items/population_frames?filter[wave][_eq]=${world.wave}&fields=population&sort=population`),
    ).toEqual(before);
    expect(await admin.get<unknown[]>('/items/establishments?filter[code][_eq]=BRAND-NEW')).toHaveLength(0);
  });

  it('refuses a file that is not UTF-8', async () => {
    const world = await buildWorld(admin, 'LATIN1');
    const latin1 = Uint8Array.from([
      ...Buffer.from('establishment_code,population,establishment_type\nFÈS-1,10,cre\n', 'latin1'),
    ]);
    const response = await postCsv(coordinator, `/barometer/waves/${world.waveCode}/frame`, latin1);
    expect(response.status).toBe(422);
    expect(JSON.stringify(response.body)).toMatch(/UTF-8/);
  });
});

describe('interview import', () => {
  it('imports every row, converting types, and creates participants', async () => {
    const world = await buildWorld(admin, 'IMPORT');
    const csv = [
      'interview_code,participant_code,establishment_code,SEX,AGE,SCHOOL,ACTIVITIES,consent_guardian,assent_child,enumerator_email,interview_date',
      `IMP-${world.suffix}-1,PX-${world.suffix}-1,${world.establishmentCode},f,14,yes,sport art,yes,yes,enqueteur1@example.com,2026-10-03`,
      `IMP-${world.suffix}-2,PX-${world.suffix}-2,${world.establishmentCode},m,17,,,yes,yes,,2026-10-04`,
    ].join('\n');
    const response = await postCsv(coordinator, `/barometer/waves/${world.waveCode}/interviews/import`, csv);
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual({ created: 2 });
    const rows = await admin.get<
      Array<{ code: string; answers: Record<string, unknown>; status: string; user_created: string }>
    >(`/items/interviews?filter[wave][_eq]=${world.wave}&sort=code&fields=code,answers,status,user_created`);
    expect(rows.map((row) => row.answers)).toEqual([
      { SEX: 'f', AGE: 14, SCHOOL: 'yes', ACTIVITIES: ['sport', 'art'] },
      { SEX: 'm', AGE: 17 },
    ]);
    expect(rows.map((row) => row.status)).toEqual(['submitted', 'submitted']);
    expect(rows[0]?.user_created).toBe(demoUser('enumerator1').id);
  });

  it('refuses all rows when one is wrong, with every problem by row and column', async () => {
    const world = await buildWorld(admin, 'IMPBAD');
    const csv = [
      'interview_code,participant_code,establishment_code,SEX,AGE,SCHOOL,consent_guardian,assent_child',
      `OK-${world.suffix},PY-${world.suffix}-1,${world.establishmentCode},f,14,yes,yes,yes`,
      `BAD1-${world.suffix},PY-${world.suffix}-2,${world.establishmentCode},f,40,,yes,yes`,
      `BAD2-${world.suffix},PY-${world.suffix}-3,NOWHERE,m,douze,,yes,yes`,
      `BAD3-${world.suffix},PY-${world.suffix}-4,${world.establishmentCode},m,13,yes,no,yes`,
    ].join('\n');
    const response = await postCsv(coordinator, `/barometer/waves/${world.waveCode}/interviews/import`, csv);
    expect(response.status).toBe(422);
    const problems = response.body.errors?.[0]?.extensions.problems ?? [];
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 3, column: 'AGE' }),
        expect.objectContaining({ row: 4, column: 'establishment_code' }),
        expect.objectContaining({ row: 4, column: 'AGE' }),
        expect.objectContaining({ row: 5, column: 'consent_guardian' }),
      ]),
    );
    expect(await admin.get<unknown[]>(`/items/interviews?filter[wave][_eq]=${world.wave}`)).toHaveLength(0);
    expect(
      await admin.get<unknown[]>(`/items/participants?filter[code][_starts_with]=PY-${world.suffix}`),
    ).toHaveLength(0);
  });

  it('refuses an unknown column at the header', async () => {
    const world = await buildWorld(admin, 'IMPCOL');
    const csv = `interview_code,participant_code,establishment_code,MYSTERY\nX-${world.suffix},P,${world.establishmentCode},1\n`;
    const response = await postCsv(coordinator, `/barometer/waves/${world.waveCode}/interviews/import`, csv);
    expect(response.status).toBe(422);
    expect(response.body.errors?.[0]?.extensions.problems).toEqual([
      expect.objectContaining({ row: 1, column: 'MYSTERY' }),
    ]);
  });

  it('is for coordinators only', async () => {
    const world = await buildWorld(admin, 'IMPROLE');
    const response = await postCsv(
      await as('enumerator1'),
      `/barometer/waves/${world.waveCode}/interviews/import`,
      'interview_code\n',
    );
    expect(response.status).toBe(403);
  });
});

describe('lifecycle', () => {
  it('opens only with a questionnaire, and refuses a direct status change', async () => {
    const wave = await coordinator.post<{ id: number; status: string }>('/barometer/waves', {
      code: `EMPTY-${Date.now().toString(36)}`,
      label: 'Sans questionnaire',
      reference_date: '2027-03-31',
    });
    expect(wave.status).toBe('planned');
    expect((await coordinator.raw('POST', `/barometer/waves/${wave.id}/open`)).status).toBe(409);
    expect((await coordinator.raw('PATCH', `/items/waves/${wave.id}`, { status: 'open' })).status).toBe(409);
    expect(
      (
        await coordinator.raw('POST', '/barometer/waves', {
          code: 'bad code!',
          label: 'x',
          reference_date: '2027-03-31',
        })
      ).status,
    ).toBe(400);
  });

  it('refuses to lock with unreviewed interviews unless they are excluded, and records who and why', async () => {
    const world = await buildWorld(admin, 'LOCK');
    const submitted = await admin.post<{ id: number }>(
      '/items/interviews',
      interviewPayload(world, `L1-${world.suffix}`),
    );
    const refusal = await coordinator.raw('POST', `/barometer/waves/${world.waveCode}/lock`, {});
    expect(refusal.status).toBe(409);
    expect(JSON.stringify(refusal.body)).toMatch(/soumis non relu/);
    const locked = await coordinator.post<{ status: string; excluded: number; snapshot: number }>(
      `/barometer/waves/${world.waveCode}/lock`,
      { exclude_unreviewed: true, reason: 'Fin du terrain' },
    );
    expect(locked).toMatchObject({ status: 'locked', excluded: 1 });
    expect(locked.snapshot).toBeGreaterThan(0);
    expect((await admin.get<{ excluded: boolean }>(`/items/interviews/${submitted.id}`)).excluded).toBe(true);
    const events = await coordinator.get<
      Array<{ from_status: string; to_status: string; reason: string; user_created: string }>
    >(`/items/wave_events?filter[wave][_eq]=${world.wave}&sort=id&fields=from_status,to_status,reason,user_created`);
    expect(events.at(-1)).toEqual({
      from_status: 'open',
      to_status: 'locked',
      reason: 'Fin du terrain',
      user_created: demoUser('coordinator').id,
    });
  });

  it('unlocks only with a reason, and publish is final', async () => {
    const world = await buildWorld(admin, 'UNLOCK');
    await coordinator.post(`/barometer/waves/${world.wave}/lock`);
    expect((await coordinator.raw('POST', `/barometer/waves/${world.wave}/unlock`, {})).status).toBe(422);
    expect(
      (await (await as('analyst')).raw('POST', `/barometer/waves/${world.wave}/unlock`, { reason: 'Correction' }))
        .status,
    ).toBe(403);
    await coordinator.post(`/barometer/waves/${world.wave}/unlock`, { reason: 'Correction d’un code établissement' });
    await admin.post('/items/interviews', interviewPayload(world, `U1-${world.suffix}`, { status: 'validated' }));
    await coordinator.post(`/barometer/waves/${world.wave}/lock`);
    await coordinator.post(`/barometer/waves/${world.wave}/publish`);
    expect(
      (await coordinator.raw('POST', `/barometer/waves/${world.wave}/unlock`, { reason: 'Trop tard pour cela' }))
        .status,
    ).toBe(409);
    const statuses = await admin.get<Array<{ to_status: string }>>(
      `/items/wave_events?filter[wave][_eq]=${world.wave}&sort=id&fields=to_status`,
    );
    expect(statuses.map((event) => event.to_status)).toEqual(['open', 'locked', 'open', 'locked', 'published']);
  });

  it('answers a locked wave with the figures stored at its lock, the same as computed just before it', async () => {
    const world = await buildWorld(admin, 'SNAP');
    const code = `SNAP_${world.suffix.replace(/-/g, '_')}`.slice(0, 64);
    // No dimension: the demo's score, read by other files, stays as it is.
    const indicator = await admin.post<{ id: number }>('/items/indicators', {
      code,
      label: 'Scolarisés parmi les moins de 16 ans',
      type: 'proportion',
      numerator: "${SCHOOL} = 'yes'",
      denominator: '${AGE} < 16',
    });
    try {
      const participants = await admin.post<Array<{ id: number }>>(
        '/items/participants',
        Array.from({ length: 36 }, (_, k) => ({ code: `P${k}-${world.suffix}`.slice(0, 64) })),
      );
      await admin.post(
        '/items/interviews',
        participants.map((participant, k) =>
          interviewPayload(world, `S${k}-${world.suffix}`, {
            participant: participant.id,
            status: 'validated',
            // SCHOOL is asked under 16 only.
            answers: {
              SEX: k % 2 ? 'f' : 'm',
              AGE: 14 + (k % 3),
              ...(k % 3 < 2 ? { SCHOOL: k % 4 < 2 ? 'no' : 'yes' } : {}),
            },
          }),
        ),
      );
      type Table = { source: string; results: Array<{ indicator: string; domain?: object; estimate?: number }> };
      const tables = () =>
        Promise.all(
          ['', '?by=SEX', '?by=establishment_type', '?by=region'].map((query) =>
            coordinator.get<Table>(`/barometer/waves/${world.wave}/indicators${query}`),
          ),
        );
      const score = () => coordinator.get<{ source: string }>(`/barometer/waves/${world.wave}/score`);
      const [liveTables, liveScore] = [await tables(), await score()];
      const { snapshot } = await coordinator.post<{ snapshot: number }>(`/barometer/waves/${world.wave}/lock`);
      const [lockedTables, lockedScore] = [await tables(), await score()];

      expect(liveTables.map((table) => table.source)).toEqual(['live', 'live', 'live', 'live']);
      expect(lockedTables.map((table) => table.source)).toEqual(['snapshot', 'snapshot', 'snapshot', 'snapshot']);
      expect(lockedTables.map((table) => table.results)).toEqual(liveTables.map((table) => table.results));
      expect({ ...lockedScore, source: 'live' }).toEqual(liveScore);
      // 24 interviews under 16 (AGE 14 or 15), of whom 12 out of school.
      const overall = lockedTables[0]?.results.find((result) => result.indicator === code);
      expect(overall).toMatchObject({ domain: {}, estimate: 0.5 });
      expect(lockedTables[1]?.results.filter((result) => result.indicator === code)).toHaveLength(3);

      // What is served is the stored row, not a recomputation: an edit of the row shows.
      const row = await admin.get<{ results: Array<{ indicator: string; domain?: object; estimate?: number }> }>(
        `/items/indicator_snapshots/${snapshot}?fields=results`,
      );
      const edited = row.results.map((result) =>
        result.indicator === code && JSON.stringify(result.domain) === '{}' ? { ...result, estimate: 0.25 } : result,
      );
      await admin.patch(`/items/indicator_snapshots/${snapshot}`, { results: edited });
      try {
        const served = (await tables())[0]?.results.find((result) => result.indicator === code);
        expect(served?.estimate).toBe(0.25);
      } finally {
        await admin.patch(`/items/indicator_snapshots/${snapshot}`, { results: row.results });
      }
    } finally {
      await admin.delete(`/items/indicators/${indicator.id}`);
    }
  });
});

describe('a locked wave refuses every write path', () => {
  let world: World;
  let interview: number;
  let frameRow: number;

  beforeAll(async () => {
    world = await buildWorld(admin, 'FROZEN');
    interview = (
      await admin.post<{ id: number }>(
        '/items/interviews',
        interviewPayload(world, `F1-${world.suffix}`, { status: 'validated' }),
      )
    ).id;
    await admin.patch(`/items/interviews/${interview}`, { review_comment: 'ok' }).catch(() => undefined);
    frameRow =
      (await admin.get<Array<{ id: number }>>(`/items/population_frames?filter[wave][_eq]=${world.wave}&fields=id`))[0]
        ?.id ?? 0;
    await coordinator.post(`/barometer/waves/${world.wave}/lock`);
  });

  const expectLocked = (response: { status: number; body: unknown }) => {
    expect(response.status).toBe(409);
    expect(JSON.stringify(response.body)).toContain(world.waveCode);
  };

  it('REST single and batch writes on interviews', async () => {
    expectLocked(await admin.raw('POST', '/items/interviews', interviewPayload(world, `F2-${world.suffix}`)));
    expectLocked(
      await admin.raw('PATCH', `/items/interviews/${interview}`, { status: 'rejected', review_comment: 'x' }),
    );
    expectLocked(await admin.raw('PATCH', '/items/interviews', { keys: [interview], data: { duration_minutes: 3 } }));
    expectLocked(await admin.raw('DELETE', `/items/interviews/${interview}`));
    expect((await admin.get<{ status: string }>(`/items/interviews/${interview}`)).status).toBe('validated');
  });

  it('the frame, the version links and the wave itself', async () => {
    expectLocked(await admin.raw('PATCH', `/items/population_frames/${frameRow}`, { population: 1 }));
    expectLocked(await admin.raw('DELETE', `/items/population_frames/${frameRow}`));
    expect((await admin.raw('PATCH', `/items/waves/${world.wave}`, { label: 'Renommée' })).status).toBe(409);
    expect(
      (
        await postCsv(
          coordinator,
          `/barometer/waves/${world.waveCode}/frame`,
          `establishment_code,population\n${world.establishmentCode},3\n`,
        )
      ).status,
    ).toBe(409);
  });

  it('GraphQL', async () => {
    const response = await admin.raw<{ errors?: Array<{ extensions?: { code?: string } }> }>('POST', '/graphql', {
      query: `mutation { update_interviews_item(id: ${interview}, data: { duration_minutes: 1 }) { id } }`,
    });
    expect(response.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('/utils/import and revision revert', async () => {
    const form = new FormData();
    form.append(
      'file',
      new Blob([JSON.stringify([{ id: interview, duration_minutes: 2 }])], { type: 'application/json' }),
      'interviews.json',
    );
    const imported = await admin.raw('POST', '/utils/import/interviews', form);
    expect(imported.status).toBeGreaterThanOrEqual(400);
    expect(imported.status).toBeLessThan(500);
    const [revision] = await admin.get<Array<{ id: number }>>(
      `/revisions?filter[collection][_eq]=interviews&filter[item][_eq]=${interview}&sort=id&fields=id`,
    );
    expectLocked(await admin.raw('POST', `/utils/revert/${revision?.id}`));
  });

  it('a flow writing without events, and raw SQL, stopped by the database', async () => {
    const flow = await admin.post<{ id: string }>('/flows', {
      name: `Verrou ${world.suffix}`,
      status: 'active',
      trigger: 'webhook',
      accountability: 'all',
      options: { method: 'GET', async: false },
    });
    const operation = await admin.post<{ id: string }>('/operations', {
      flow: flow.id,
      name: 'Écrire',
      key: 'write',
      type: 'item-update',
      position_x: 19,
      position_y: 1,
      options: {
        collection: 'interviews',
        key: [String(interview)],
        payload: { duration_minutes: 99 },
        emitEvents: false,
        permissions: '$full',
      },
    });
    await admin.patch(`/flows/${flow.id}`, { operation: operation.id });
    await admin.raw('GET', `/flows/trigger/${flow.id}`);
    await admin.delete(`/flows/${flow.id}`);
    const database = rawDatabase();
    try {
      await expect(database('interviews').where('id', interview).update({ duration_minutes: 98 })).rejects.toThrow(
        /BAROMETER_LOCKED/,
      );
      await expect(database('interviews').where('id', interview).delete()).rejects.toThrow(/BAROMETER_LOCKED/);
      await expect(database('population_frames').where('id', frameRow).update({ population: 2 })).rejects.toThrow(
        /BAROMETER_LOCKED/,
      );
      await expect(database('waves').where('id', world.wave).update({ label: 'SQL' })).rejects.toThrow(
        /BAROMETER_LOCKED/,
      );
    } finally {
      await database.destroy();
    }
    const stored = await admin.get<{ duration_minutes: number | null }>(`/items/interviews/${interview}`);
    expect(stored.duration_minutes).not.toBe(99);
    expect(stored.duration_minutes).not.toBe(98);
  });

  it('keeps its triggers when a field changes (SQLite rebuilds the table)', async () => {
    const name = `note_${Date.now().toString(36)}`;
    await admin.post('/fields/interviews', {
      field: name,
      type: 'string',
      meta: { interface: 'input', translations: [{ language: 'fr-FR', translation: 'Note' }] },
      schema: {},
    });
    await admin.delete(`/fields/interviews/${name}`);
    const database = rawDatabase();
    try {
      await expect(database('interviews').where('id', interview).update({ duration_minutes: 97 })).rejects.toThrow(
        /BAROMETER_LOCKED/,
      );
      await expect(database('population_frames').where('id', frameRow).delete()).rejects.toThrow(/BAROMETER_LOCKED/);
    } finally {
      await database.destroy();
    }
  });
});

describe('50 writers racing the lock', () => {
  it('keeps every write that committed before the lock and refuses every one after it, none half-written', async () => {
    const world = await buildWorld(admin, 'RACE');
    const writers = Array.from({ length: 50 }, (_, index) =>
      admin.raw<{ data?: { id: number } }>(
        'POST',
        '/items/interviews',
        interviewPayload(world, `R-${world.suffix}-${index}`.slice(0, 64)),
      ),
    );
    const lock = (async () => {
      await new Promise((resolve) => setTimeout(resolve, 150));
      return coordinator.raw<{ data?: { excluded: number } }>('POST', `/barometer/waves/${world.wave}/lock`, {
        exclude_unreviewed: true,
        reason: 'Course',
      });
    })();
    const [responses, locked] = await Promise.all([Promise.all(writers), lock]);
    expect(locked.status).toBe(200);
    const accepted = responses.filter((response) => response.status === 200).map((response) => response.body.data?.id);
    const refused = responses.filter((response) => response.status !== 200);
    expect(
      refused.filter((response) => response.status !== 409).map((response) => [response.status, response.body]),
    ).toEqual([]);
    expect(accepted.length + refused.length).toBe(50);
    const stored = await admin.get<Array<{ id: number; answers: Record<string, unknown>; excluded: boolean }>>(
      `/items/interviews?filter[wave][_eq]=${world.wave}&limit=-1&fields=id,answers,excluded`,
    );
    expect(stored.map((row) => row.id).sort((a, b) => a - b)).toEqual(
      [...accepted].sort((a, b) => (a ?? 0) - (b ?? 0)),
    );
    expect(stored.every((row) => row.answers['AGE'] === 15 && row.excluded)).toBe(true);
    expect(locked.body.data?.excluded).toBe(accepted.length);
  });
});
