// Writes that would break integrity (issue 12): invisible reasons and participant codes that are not
// pseudonyms are refused on every path, and the refusal changes nothing.
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../scripts/lib/api.ts';
import { buildWorld, interviewPayload, postCsv } from '../fixtures/world.ts';
import { demoUser } from '../../seed/demo-users.ts';
import { as, asAdmin, count, idOf, rawDatabase } from '../helpers.ts';

let admin: Api;
let coordinator: Api;

beforeAll(async () => {
  admin = await asAdmin();
  coordinator = await as('coordinator');
});

/**
 * A NUL is refused earlier, by the request guard, with a 400 (`hardening-nul.test.ts`), and a text longer
 * than its column by the field guard, with a 400 too (`field-fuzz.test.ts`); the rest by the text and code rules.
 */
const refusalStatus = (text: string) => (text.includes('\u0000') || text.length > 64 ? 400 : 422);
/** On the item routes the field guard also answers 400 to a text with a bidi override, before the code rule. */
const itemRefusalStatus = (text: string) => (text.includes('\u202e') ? 400 : refusalStatus(text));

describe('reasons are checked after Unicode normalisation', () => {
  it('refuses to unlock a wave with five zero-width spaces, a bidi override or no visible text, and keeps it locked', async () => {
    const world = await buildWorld(admin, 'REASON');
    const locked = await coordinator.raw('POST', `/barometer/waves/${world.waveCode}/lock`, {});
    expect(locked.status).toBe(200);
    for (const reason of [
      '\u200b'.repeat(5),
      '\u202eerreur de saisie',
      '   \u200f\u200f\u200f\u200f\u200f ',
      'abc\u0000defgh',
    ]) {
      const response = await coordinator.raw<{
        errors: Array<{ extensions: { code: string; problems: Array<{ column: string }> } }>;
      }>('POST', `/barometer/waves/${world.waveCode}/unlock`, { reason });
      expect(response.status, JSON.stringify(reason)).toBe(refusalStatus(reason));
      if (response.status === 422) expect(response.body.errors[0]?.extensions.problems[0]?.column).toBe('reason');
    }
    expect((await admin.get<{ status: string }>(`/items/waves/${world.wave}?fields=status`)).status).toBe('locked');
    const unlocked = await coordinator.raw('POST', `/barometer/waves/${world.waveCode}/unlock`, {
      reason: 'Cafe\u0301 : erreur de saisie',
    });
    expect(unlocked.status).toBe(200);
    const events = await admin.get<Array<{ reason: string }>>(
      `/items/wave_events?filter[wave][_eq]=${world.wave}&filter[to_status][_eq]=open&sort=-id&limit=1&fields=reason`,
    );
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
      expect((await coordinator.raw('POST', '/items/participants', { code })).status, label).toBe(
        itemRefusalStatus(code),
      );
      expect(
        (await admin.raw('POST', '/items/participants', [{ code: `OK-${world.suffix}`.slice(0, 64) }, { code }]))
          .status,
        label,
      ).toBe(itemRefusalStatus(code));
      expect((await admin.raw('PATCH', `/items/participants/${world.participant}`, { code })).status, label).toBe(
        itemRefusalStatus(code),
      );
      const graphql = await admin.raw<{ errors?: unknown[]; data?: unknown }>('POST', '/graphql', {
        query: 'mutation ($code: String!) { create_participants_item(data: { code: $code }) { id } }',
        variables: { code },
      });
      expect(graphql.body.errors?.length ?? 0, label).toBeGreaterThan(0);
    }
    expect((await admin.get<Array<{ id: number }>>('/items/participants?fields=id&limit=-1')).length).toBe(before);
    expect((await admin.get<{ code: string }>(`/items/participants/${world.participant}?fields=code`)).code).toBe(
      `P-${world.suffix}`.slice(0, 64),
    );
  });

  it('refuses a bad code in a participant created through an interview', async () => {
    const world = await buildWorld(admin, 'PNEST');
    const response = await coordinator.raw(
      'POST',
      '/items/interviews',
      interviewPayload(world, `I-${world.suffix}`.slice(0, 64), {
        participant: { code: 'Youssef Alami 2009-03-14' },
        status: 'draft',
      }),
    );
    expect(response.status).toBe(422);
    expect(
      await admin.get<unknown[]>('/items/participants?filter[code][_eq]=Youssef Alami 2009-03-14&fields=id'),
    ).toHaveLength(0);
    expect(await admin.get<unknown[]>(`/items/interviews?filter[code][_eq]=I-${world.suffix}&fields=id`)).toHaveLength(
      0,
    );
  });

  it('accepts a pseudonym', async () => {
    const response = await coordinator.raw('POST', '/items/participants', {
      code: `PSEUDO-${Date.now().toString(36)}`,
    });
    expect(response.status).toBe(200);
  });
});

describe("the published baseline's external estimates are frozen with it", () => {
  type Estimate = {
    id: number;
    estimate: string | number;
    se: string | number | null;
    n: number | null;
    indicator: number;
  };

  it('refuses to edit, delete, add or move estimates of B2020 on REST, batch, GraphQL, import and SQL, and changes nothing', async () => {
    const baseline = await idOf(admin, 'waves', 'B2020');
    const read = () =>
      admin.get<Estimate[]>(
        `/items/external_estimates?filter[wave][_eq]=${baseline}&sort=id&fields=id,estimate,se,n,indicator&limit=-1`,
      );
    const before = await read();
    expect(before.length).toBeGreaterThan(0);
    const [first, second] = before;
    if (!first || !second) throw new Error('B2020 has fewer than two estimates');
    const refused = async (response: { status: number }, label: string) => expect(response.status, label).toBe(409);
    await refused(
      await coordinator.raw('PATCH', `/items/external_estimates/${first.id}`, { estimate: 0.99 }),
      'update',
    );
    await refused(
      await coordinator.raw('PATCH', '/items/external_estimates', {
        keys: [first.id, second.id],
        data: { estimate: 0.01 },
      }),
      'batch update',
    );
    await refused(
      await coordinator.raw('PATCH', '/items/external_estimates', [{ id: first.id, n: 1 }]),
      'batch of items',
    );
    await refused(await coordinator.raw('DELETE', `/items/external_estimates/${first.id}`), 'delete');
    await refused(
      await coordinator.raw('POST', '/items/external_estimates', {
        wave: baseline,
        indicator: first.indicator,
        estimate: 0.5,
      }),
      'create',
    );
    const world = await buildWorld(admin, 'BASEMOVE');
    const open = await coordinator.post<{ id: number }>('/items/external_estimates', {
      wave: world.wave,
      indicator: first.indicator,
      estimate: 0.5,
    });
    await refused(
      await coordinator.raw('PATCH', `/items/external_estimates/${open.id}`, { wave: baseline }),
      'move into the baseline',
    );
    const graphql = await coordinator.raw<{ errors?: Array<{ extensions?: { code?: string } }> }>('POST', '/graphql', {
      query: `mutation { update_external_estimates_item(id: ${first.id}, data: { estimate: 0.77 }) { id } }`,
    });
    expect(graphql.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const form = new FormData();
    form.append(
      'file',
      new Blob([JSON.stringify([{ id: first.id, estimate: 0.66 }])], { type: 'application/json' }),
      'estimates.json',
    );
    const imported = await admin.raw('POST', '/utils/import/external_estimates', form);
    expect(imported.status).toBeGreaterThanOrEqual(400);
    expect(imported.status).toBeLessThan(500);
    const database = rawDatabase();
    try {
      await expect(database('external_estimates').where('id', first.id).update({ estimate: 0.55 })).rejects.toThrow(
        /BAROMETER_LOCKED/,
      );
      await expect(database('external_estimates').where('id', first.id).delete()).rejects.toThrow(/BAROMETER_LOCKED/);
    } finally {
      await database.destroy();
    }
    expect(await read()).toEqual(before);
  });
});

describe("validation is a supervisor's act on someone else's interview", () => {
  it("refuses a coordinator's interview created validated or rejected, alone or in a batch, and writes none", async () => {
    const world = await buildWorld(admin, 'BORNVAL');
    for (const status of ['validated', 'rejected']) {
      const code = `BV-${world.suffix}-${status}`.slice(0, 64);
      const payload = interviewPayload(world, code, { status, review_comment: 'Relu' });
      expect((await coordinator.raw('POST', '/items/interviews', payload)).status, status).toBe(409);
      expect(
        (
          await coordinator.raw('POST', '/items/interviews', [
            interviewPayload(world, `${code}-ok`.slice(0, 64)),
            payload,
          ])
        ).status,
        status,
      ).toBe(409);
    }
    expect(await admin.get<unknown[]>(`/items/interviews?filter[wave][_eq]=${world.wave}&fields=id`)).toHaveLength(0);
    expect(
      (
        await coordinator.raw(
          'POST',
          '/items/interviews',
          interviewPayload(world, `BV-${world.suffix}-sub`.slice(0, 64)),
        )
      ).status,
    ).toBe(200);
  });

  it('refuses an import that names a supervisor as enumerator or brings validated rows from a coordinator, with the row, and writes none', async () => {
    const world = await buildWorld(admin, 'IMPREV');
    const header =
      'interview_code,participant_code,establishment_code,SEX,AGE,SCHOOL,consent_guardian,assent_child,enumerator_email,status';
    const csv = [
      header,
      `IR-${world.suffix}-1,PIR-${world.suffix}-1,${world.establishmentCode},f,14,yes,yes,yes,${demoUser('supervisor1').email},submitted`,
      `IR-${world.suffix}-2,PIR-${world.suffix}-2,${world.establishmentCode},f,14,yes,yes,yes,${demoUser('enumerator1').email},validated`,
    ].join('\n');
    const response = await postCsv(coordinator, `/barometer/waves/${world.waveCode}/interviews/import`, csv);
    expect(response.status).toBe(422);
    expect(response.body.errors?.[0]?.extensions.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 2, column: 'enumerator_email' }),
        expect.objectContaining({ row: 3, column: 'status' }),
      ]),
    );
    expect(await admin.get<unknown[]>(`/items/interviews?filter[wave][_eq]=${world.wave}&fields=id`)).toHaveLength(0);
    expect(
      await admin.get<unknown[]>(`/items/participants?filter[code][_starts_with]=PIR-${world.suffix}&fields=id`),
    ).toHaveLength(0);
  });

  it("records the reviewer and the time of a review in an admin's import", async () => {
    const world = await buildWorld(admin, 'IMPADM');
    const csv = [
      'interview_code,participant_code,establishment_code,SEX,AGE,SCHOOL,consent_guardian,assent_child,status',
      `IA-${world.suffix}-1,PIA-${world.suffix}-1,${world.establishmentCode},f,14,yes,yes,yes,validated`,
    ].join('\n');
    expect((await postCsv(admin, `/barometer/waves/${world.waveCode}/interviews/import`, csv)).status).toBe(200);
    const [row] = await admin.get<Array<{ status: string; reviewed_by: string | null; reviewed_at: string | null }>>(
      `/items/interviews?filter[wave][_eq]=${world.wave}&fields=status,reviewed_by,reviewed_at`,
    );
    const me = await admin.get<{ id: string }>('/users/me?fields=id');
    expect(row).toMatchObject({ status: 'validated', reviewed_by: me.id });
    expect(row?.reviewed_at).toBeTruthy();
  });
});

describe('a stored report file is immutable and its downloads carry its SHA-256', () => {
  it('refuses to replace, re-point, import over or delete a report PDF, for the coordinator and the admin, and serves the stored bytes with their digest', async () => {
    const report = await coordinator.post<{ report: number; file: string; sha256: string }>(
      '/barometer/waves/W1/report',
      {},
    );
    const digest = (bytes: ArrayBuffer) => createHash('sha256').update(Buffer.from(bytes)).digest('hex');
    const forgedBytes = '%PDF-1.4 forged figures';
    const forged = () => {
      const form = new FormData();
      form.append('file', new Blob([forgedBytes], { type: 'application/pdf' }), 'forged.pdf');
      return form;
    };
    for (const api of [coordinator, admin]) {
      expect((await api.raw('PATCH', `/files/${report.file}`, forged())).status, 'upload over it').toBe(409);
      expect(
        (await api.raw('PATCH', `/files/${report.file}`, { filename_disk: 'forged.pdf' })).status,
        're-point it',
      ).toBe(409);
      expect(
        (await api.raw('PATCH', '/files', { keys: [report.file], data: { filename_disk: 'forged.pdf' } })).status,
        'batch',
      ).toBe(409);
      expect(
        (await api.raw('POST', '/files/import', { url: `${api.url}/server/ping`, data: { id: report.file } })).status,
        'import over it',
      ).toBe(409);
      expect((await api.raw('DELETE', `/files/${report.file}`)).status, 'delete').toBe(409);
      const graphql = await api.raw<{ errors?: Array<{ extensions?: { code?: string } }> }>('POST', '/graphql/system', {
        query: `mutation { update_files_item(id: "${report.file}", data: { filename_disk: "forged.pdf" }) { id } }`,
      });
      expect(graphql.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    }
    // The report's row is as fixed as its file: pointed at other bytes with their digest, it would pass
    // every check a reader makes.
    const forgedFile = (await admin.raw<{ data: { id: string } }>('POST', '/files', forged())).body.data.id;
    const forgedDigest = createHash('sha256').update(forgedBytes).digest('hex');
    const row = () => admin.get<Record<string, unknown>>(`/items/reports/${report.report}?fields=*`);
    const before = await row();
    const reportsBefore = await count(admin, 'reports');
    for (const [method, path, body] of [
      ['PATCH', `/items/reports/${report.report}`, { file: forgedFile, sha256: forgedDigest }],
      ['PATCH', `/items/reports/${report.report}`, { kind: 'final', lang: 'ar' }],
      ['PATCH', '/items/reports', { keys: [report.report], data: { sha256: forgedDigest } }],
      ['DELETE', `/items/reports/${report.report}`, undefined],
      ['POST', '/items/reports', { wave: before['wave'], file: forgedFile, sha256: forgedDigest, kind: 'final' }],
      ['POST', '/items/reports', { wave: before['wave'], file: report.file, sha256: report.sha256, kind: 'final' }],
    ] as const) {
      expect((await admin.raw(method, path, body)).status, `${method} ${path} ${JSON.stringify(body)}`).toBe(409);
    }
    const graphqlRow = await admin.raw<{ errors?: Array<{ extensions?: { code?: string } }> }>('POST', '/graphql', {
      query: `mutation { update_reports_item(id: ${report.report}, data: { sha256: "${forgedDigest}" }) { id } }`,
    });
    expect(graphqlRow.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await row()).toEqual(before);
    expect(await count(admin, 'reports')).toBe(reportsBefore);
    const analyst = await as('analyst');
    const response = await fetch(`${analyst.url}/assets/${report.file}?download`, {
      headers: { authorization: `Bearer ${analyst.token ?? ''}` },
    });
    expect(response.status).toBe(200);
    expect(digest(await response.arrayBuffer())).toBe(report.sha256);
    expect(response.headers.get('x-report-sha256')).toBe(report.sha256);
    expect(response.headers.get('repr-digest')).toBe(
      `sha-256=:${Buffer.from(report.sha256, 'hex').toString('base64')}:`,
    );
  });
});

describe('the frame keeps every establishment that holds interviews', () => {
  const frameOf = (world: { wave: number }) =>
    admin.get<Array<{ establishment: number; population: number }>>(
      `/items/population_frames?filter[wave][_eq]=${world.wave}&sort=establishment&fields=establishment,population`,
    );

  it('refuses (409, naming it) a frame that leaves out an establishment with interviews, and (422, by row) a population below them, changing nothing', async () => {
    const world = await buildWorld(admin, 'FRAMEKEEP');
    await admin.post('/items/interviews', interviewPayload(world, `FK-${world.suffix}`.slice(0, 64)));
    const before = await frameOf(world);
    const omitted = await postCsv(
      coordinator,
      `/barometer/waves/${world.waveCode}/frame`,
      `establishment_code,population\n${world.otherEstablishmentCode},12\n`,
    );
    expect(omitted.status).toBe(409);
    expect(omitted.body.errors?.[0]?.message).toContain(world.establishmentCode);
    const below = await postCsv(
      coordinator,
      `/barometer/waves/${world.waveCode}/frame`,
      `establishment_code,population\n${world.otherEstablishmentCode},12\n${world.establishmentCode},0\n`,
    );
    expect(below.status).toBe(422);
    expect(below.body.errors?.[0]?.extensions.problems).toEqual([
      expect.objectContaining({ row: 3, column: 'population' }),
    ]);
    expect(await frameOf(world)).toEqual(before);
    const kept = await postCsv(
      coordinator,
      `/barometer/waves/${world.waveCode}/frame`,
      `establishment_code,population\n${world.establishmentCode},41\n`,
    );
    expect(kept.status).toBe(200);
    expect(kept.body.data).toMatchObject({ removed: 1 });
  });

  it("refuses an import of more interviews than an establishment's population, at the first row beyond, and writes none", async () => {
    const world = await buildWorld(admin, 'OVERPOP');
    const rows = Array.from(
      { length: 13 },
      (_, index) =>
        `OP-${world.suffix}-${index},POP-${world.suffix}-${index},${world.otherEstablishmentCode},f,14,yes,yes,yes`,
    );
    const csv = [
      'interview_code,participant_code,establishment_code,SEX,AGE,SCHOOL,consent_guardian,assent_child',
      ...rows,
    ].join('\n');
    const response = await postCsv(coordinator, `/barometer/waves/${world.waveCode}/interviews/import`, csv);
    expect(response.status).toBe(422);
    expect(response.body.errors?.[0]?.extensions.problems).toEqual([
      expect.objectContaining({ row: 14, column: 'establishment_code' }),
    ]);
    expect(await admin.get<unknown[]>(`/items/interviews?filter[wave][_eq]=${world.wave}&fields=id`)).toHaveLength(0);
    const fits = await postCsv(
      coordinator,
      `/barometer/waves/${world.waveCode}/interviews/import`,
      [
        'interview_code,participant_code,establishment_code,SEX,AGE,SCHOOL,consent_guardian,assent_child',
        ...rows.slice(0, 12),
      ].join('\n'),
    );
    expect(fits.status).toBe(200);
  });
});
