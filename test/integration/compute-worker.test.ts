// Issues 12 (12), 13 and 18 (7): a wave's figures are computed off the request path, in the figures
// worker. While a lock computes every table of the menu with the disclosure pattern, and while the
// disclosure audit and a breakdown of an open wave are computed, 20 /server/health requests sent at
// the same time are all answered (their latencies are logged; the p95 goal is measured by the bench,
// not asserted here); and the figures are those the core computes in-process
// from the same data (the lock's stored snapshot, the audit, the table).
import { get } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditWave,
  auditWithoutReasons,
  computeIndicators,
  computeScore,
  loadDisclosureSolver,
  snapshotBreakdowns,
  snapshotResults,
} from '../../core/indicators/index.ts';
import { withPanel } from '../../extensions/barometer/src/server/db/panel-members.ts';
import {
  loadIndicatorDefinitions,
  loadWaveData,
  resolveWave,
  type StoredIndicator,
} from '../../extensions/barometer/src/server/db/wave-data.ts';
import type { Api } from '../../scripts/lib/api.ts';
import { demoData } from '../../seed/demo/data.ts';
import { as, asAdmin, instance, rawDatabase } from '../helpers.ts';

const database = rawDatabase();
let admin: Api;

beforeAll(async () => {
  admin = await asAdmin();
  await loadDisclosureSolver();
});
afterAll(async () => {
  await database.destroy();
});

const percentile = (values: number[], share: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? Number.NaN;
};

/**
 * One /server/health request on a connection of its own: a kept-alive socket that the server closes
 * as idle while the client reuses it fails the request before the server sees it.
 */
function healthCheck(): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = get(`${instance().url}/server/health`, { agent: false }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    request.on('error', reject);
  });
}

/**
 * Sends 20 health requests, one every 50 ms, while `heavy` runs, and measures them. Spread over the
 * computation rather than sent at once: sent together, they would all be read before the computation
 * starts and answered while it waits for the database, even if it then blocked the event loop.
 * `sentDuring`: the requests sent before `heavy` was answered; `answeredDuring`: those answered before
 * it was (with the computation on the event loop, none would be).
 */
async function healthDuring<T>(
  heavy: Promise<T>,
): Promise<{ result: T; latencies: number[]; statuses: number[]; sentDuring: number; answeredDuring: number }> {
  let settled = false;
  const done = () => {
    settled = true;
  };
  void heavy.then(done, done);
  const pending: Array<Promise<{ latency: number; status: number; sent: boolean; during: boolean }>> = [];
  for (let request = 0; request < 20; request += 1) {
    const started = performance.now();
    const sent = !settled;
    pending.push(
      healthCheck().then((status) => ({ latency: performance.now() - started, status, sent, during: !settled })),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const answers = await Promise.all(pending);
  const latencies = answers.map((answer) => answer.latency);
  console.log(
    `health during the computation: ${answers.filter((answer) => answer.sent).length} of 20 sent and ${answers.filter((answer) => answer.during).length} answered while it ran, median ${percentile(latencies, 0.5).toFixed(0)} ms, p95 ${percentile(latencies, 0.95).toFixed(0)} ms, max ${Math.max(...latencies).toFixed(0)} ms`,
  );
  return {
    result: await heavy,
    latencies,
    statuses: answers.map((answer) => answer.status),
    sentDuring: answers.filter((answer) => answer.sent).length,
    answeredDuring: answers.filter((answer) => answer.during).length,
  };
}

/**
 * An expectation computed in this process, which blocks its event loop for seconds: kept-alive sockets
 * that the server closed meanwhile are seen closed only once the loop turns, and a request sent before
 * that reuses one and fails ("other side closed").
 */
async function inProcess<T>(compute: () => T): Promise<T> {
  const value = compute();
  await new Promise((resolve) => setTimeout(resolve, 100));
  return value;
}

/** The wave's data as the server reads it, through the same loaders, for the in-process expectation. */
async function waveData(code: string) {
  const wave = await resolveWave(database, code);
  return withPanel(database, wave, await loadWaveData(database, wave.id));
}

const today = () => new Date().toISOString().slice(0, 10);

describe('figures off the request path', () => {
  it('locks a wave the size of W1 while the server answers, and stores the tables the core computes', async () => {
    const suffix = Date.now().toString(36).toUpperCase();
    const code = `WCOPY-${suffix}`;
    const [version] = await admin.get<Array<{ id: number }>>(
      '/items/instrument_versions?filter[instrument][code][_eq]=BARO&filter[version][_eq]=1&fields=id',
    );
    await admin.post('/barometer/waves', {
      code,
      label: `Copie de W1 ${suffix}`,
      reference_date: '2026-10-01',
      instrument_versions: [version?.id],
    });
    const frame = demoData.frames.filter((entry) => entry.wave === 'W1');
    const csv = `establishment_code,population\n${frame.map((entry) => `${entry.establishment},${entry.population}`).join('\n')}\n`;
    const framed = await admin.raw('POST', `/barometer/waves/${code}/frame`, csv, { 'content-type': 'text/csv' });
    expect(framed.status).toBe(200);
    await admin.post(`/barometer/waves/${code}/open`);
    const ids = async (collection: string) =>
      new Map(
        (await admin.get<Array<{ id: number; code: string }>>(`/items/${collection}?fields=id,code&limit=-1`)).map(
          (row) => [row.code, row.id],
        ),
      );
    const [waves, establishments, participants] = await Promise.all([
      ids('waves'),
      ids('establishments'),
      ids('participants'),
    ]);
    // W1's interviews but its last: data of W1's size that no earlier computation has cached a pattern of.
    const counted = demoData.interviews
      .filter((interview) => interview.wave === 'W1' && interview.status === 'validated')
      .slice(0, -1);
    expect(counted.length).toBeGreaterThan(240);
    const created = await admin.post<Array<{ id: number }>>(
      '/items/interviews',
      counted.map((interview, k) => ({
        code: `CW-${suffix}-${k}`,
        wave: waves.get(code),
        participant: participants.get(interview.participant),
        establishment: establishments.get(interview.establishment),
        instrument_version: version?.id,
        consent_guardian: interview.consent_guardian,
        assent_child: interview.assent_child,
        interview_date: '2026-10-05',
        duration_minutes: interview.duration_minutes,
        answers: interview.answers,
        status: 'submitted',
      })),
    );
    await admin.request(
      'PATCH',
      '/items/interviews',
      created.map((row) => ({ id: row.id, status: 'validated' })),
    );

    const coordinator = await as('coordinator');
    const {
      result: lock,
      statuses,
      sentDuring,
      answeredDuring,
    } = await healthDuring(
      coordinator.raw<{ data: { status: string; snapshot: number } }>('POST', `/barometer/waves/${code}/lock`, {}),
    );
    expect(lock.status).toBe(200);
    expect(lock.body.data.status).toBe('locked');
    expect(statuses).toEqual(Array.from({ length: 20 }, () => 200));
    // The lock computes for a while (a pattern no earlier computation cached): the health checks sent
    // meanwhile were answered meanwhile, but for the last few, sent while the snapshot was written.
    expect(sentDuring).toBeGreaterThanOrEqual(5);
    expect(answeredDuring).toBeGreaterThanOrEqual(sentDuring - 4);

    // The snapshot holds what the core computes from the wave's frozen data with the definitions in force.
    const row: { definitions: unknown; results: unknown; score: unknown } | undefined = await database(
      'indicator_snapshots',
    )
      .where('id', lock.body.data.snapshot)
      .first('definitions', 'results', 'score');
    const json = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);
    const definitions = json(row?.definitions) as StoredIndicator[];
    expect(definitions.map((definition) => definition.code)).toEqual(
      (await loadIndicatorDefinitions(database)).map((definition) => definition.code),
    );
    const data = await waveData(code);
    expect(data.interviews).toHaveLength(counted.length);
    const day = today();
    const expected = await inProcess(() =>
      snapshotResults(
        snapshotBreakdowns(data.knownCodes).map((by) => ({
          by,
          results: computeIndicators(definitions, data.interviews, data.frame, data.knownCodes, {
            by: [...by],
            today: day,
          }),
        })),
      ),
    );
    expect(expected.some((result) => 'suppressed' in result && result.suppressed)).toBe(true);
    expect(json(row?.results)).toEqual(JSON.parse(JSON.stringify(expected)));
    const score = await inProcess(() => computeScore(definitions, data.interviews, data.frame, data.knownCodes));
    expect(json(row?.score)).toEqual(JSON.parse(JSON.stringify(score)));
  });

  it('computes the disclosure audit and a breakdown of the open W2 while the server answers', async () => {
    const analyst = await as('analyst');
    const data = await waveData('W2');
    const definitions = await loadIndicatorDefinitions(database);
    const day = today();

    const audit = await healthDuring(
      analyst.raw<{ data: { holds: boolean; indicators: unknown[] } }>('GET', '/barometer/waves/W2/disclosure-audit'),
    );
    expect(audit.result.status).toBe(200);
    expect(audit.statuses).toEqual(Array.from({ length: 20 }, () => 200));
    // The analyst holds no unprotected-data policy: the intervals, not why each cell is hidden.
    const expectedAudit = await inProcess(() =>
      auditWithoutReasons(auditWave(definitions, data.interviews, data.frame, data.knownCodes, { today: day })),
    );
    expect(audit.result.body.data.indicators).toEqual(JSON.parse(JSON.stringify(expectedAudit)));
    expect(audit.result.body.data.holds).toBe(true);

    const table = await healthDuring(
      analyst.raw<{ data: { source: string; results: unknown[] } }>(
        'GET',
        '/barometer/waves/W2/indicators?by=establishment_type',
      ),
    );
    expect(table.result.status).toBe(200);
    expect(table.statuses).toEqual(Array.from({ length: 20 }, () => 200));
    expect(table.result.body.data.source).toBe('live');
    const expectedTable = await inProcess(() =>
      computeIndicators(definitions, data.interviews, data.frame, data.knownCodes, {
        by: ['establishment_type'],
        today: day,
      }),
    );
    expect(table.result.body.data.results).toEqual(JSON.parse(JSON.stringify(expectedTable)));
  });
});
