// The interview import at its documented limit: 50,000 rows in one file are all written (SQLite refused
// the one-parameter-per-row `in (...)` lists this needs), with an activity and a revision for each, and
// the server keeps answering `/server/health` while the import runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../scripts/lib/api.ts';
import { MAX_CSV_ROWS } from '../../extensions/barometer/src/server/http/csv-body.ts';
import { importWaveCodes, interviewsCsv, openImportWave } from '../fixtures/import-csv.ts';
import { postCsv } from '../fixtures/world.ts';
import { anonymous, as, asAdmin, count, rawDatabase } from '../helpers.ts';

const wave = importWaveCodes('LIMIT');
const prefix = `LIM-${Date.now().toString(36)}`;
const csv = interviewsCsv(wave, prefix, 0, MAX_CSV_ROWS);
let admin: Api;
let coordinator: Api;

beforeAll(async () => {
  admin = await asAdmin();
  coordinator = await as('coordinator');
  await openImportWave(admin, wave, MAX_CSV_ROWS);
});

const HEALTH_CHECKS = 20;

// 50,000 participants left behind would make any later read of `participants` with its one-to-many
// `interviews` ask SQLite for more variables than it takes: the rows go once checked.
afterAll(async () => {
  const database = rawDatabase();
  try {
    await database('interviews').where('code', 'like', `${prefix}-%`).delete();
    await database('participants').where('code', 'like', `${prefix}-P%`).delete();
  } finally {
    await database.destroy();
  }
});

describe('interview import at the limit', () => {
  it(`imports ${MAX_CSV_ROWS} rows, audited, while /server/health keeps answering`, async () => {
    const coordinatorId = (await coordinator.get<{ id: string }>('/users/me?fields=id')).id;
    const auditFilter = { collection: { _eq: 'interviews' }, action: { _eq: 'create' }, user: { _eq: coordinatorId } };
    const activityBefore = await count(admin, 'directus_activity', auditFilter);
    const revisionsBefore = await count(admin, 'directus_revisions', {
      collection: { _eq: 'interviews' },
      activity: { user: { _eq: coordinatorId } },
    });

    let importing = true;
    const imported = postCsv(coordinator, `/barometer/waves/${wave.code}/interviews/import`, csv).finally(() => {
      importing = false;
    });
    // One health check after another, spaced so that they span the parsing, the checks and the writes;
    // only those sent while the import is still running count.
    const health: Array<{ status: number; milliseconds: number }> = [];
    while (importing && health.length < HEALTH_CHECKS) {
      await new Promise((resolve) => setTimeout(resolve, 300));
      if (!importing) break;
      const started = performance.now();
      const response = await anonymous().raw('GET', '/server/health');
      health.push({ status: response.status, milliseconds: performance.now() - started });
    }
    const response = await imported;
    expect(response.status, JSON.stringify(response.body).slice(0, 500)).toBe(200);
    expect(response.body.data).toEqual({ created: MAX_CSV_ROWS });

    const sorted = health.map((check) => check.milliseconds).sort((a, b) => a - b);
    console.info(
      `/server/health during a ${MAX_CSV_ROWS}-row import: ${health.length} answers, p50 ${sorted[Math.floor(sorted.length / 2)]?.toFixed(0)} ms, p95 ${sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]?.toFixed(0)} ms, max ${sorted.at(-1)?.toFixed(0)} ms`,
    );
    // A fast import ends before all the checks are sent: every check sent while it ran must be answered.
    expect(health.length).toBeGreaterThanOrEqual(3);
    expect(health.filter((check) => check.status !== 200)).toEqual([]);

    expect(await count(admin, 'interviews', { code: { _starts_with: `${prefix}-` } })).toBe(MAX_CSV_ROWS);
    expect(await count(admin, 'participants', { code: { _starts_with: `${prefix}-P` } })).toBe(MAX_CSV_ROWS);
    expect(await count(admin, 'directus_activity', auditFilter)).toBe(activityBefore + MAX_CSV_ROWS);
    expect(
      await count(admin, 'directus_revisions', {
        collection: { _eq: 'interviews' },
        activity: { user: { _eq: coordinatorId } },
      }),
    ).toBe(revisionsBefore + MAX_CSV_ROWS);

    // A row from the middle of the file reads back as written, with its revision.
    const code = `${prefix}-${MAX_CSV_ROWS / 2}`;
    const [stored] = await admin.get<
      Array<{
        id: number;
        status: string;
        user_created: string;
        participant: { code: string };
        answers: Record<string, unknown>;
      }>
    >(`/items/interviews?filter[code][_eq]=${code}&fields=id,status,user_created,participant.code,answers`);
    expect(stored).toMatchObject({
      status: 'submitted',
      user_created: coordinatorId,
      participant: { code: `${prefix}-P${MAX_CSV_ROWS / 2}` },
    });
    const [revision] = await admin.get<Array<{ data: Record<string, unknown> }>>(
      `/revisions?filter[collection][_eq]=interviews&filter[item][_eq]=${stored?.id}&fields=data`,
    );
    expect(revision?.data).toMatchObject({ code, status: 'submitted', answers: stored?.answers });
  }, 600_000);
});
