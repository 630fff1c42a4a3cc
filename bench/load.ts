// Fieldwork load: N enumerators (real Enumerator users, assigned to W2's establishments) each saving
// interviews one after the other for a fixed time, against a Directus on loopback. Then every interview
// that got a 200 must be stored exactly once, and nothing else. Bounded: one request in flight per
// enumerator and a fixed duration.
import { randomBytes, randomUUID } from 'node:crypto';
import { createApi, type Api } from '../scripts/lib/api.ts';
import { demoData } from '../seed/demo/data.ts';
import { ROLES } from '../seed/system/access.ts';

export interface LoadOptions {
  enumerators?: number;
  /** Defaults to LOAD_DURATION_S (seconds) or 120 s. */
  durationMs?: number;
}

export interface LoadResult {
  enumerators: number;
  seconds: number;
  saved: number;
  /** Refusals by status; a refused save must leave no row. */
  refused: Record<string, number>;
  failures: number;
  throughput: number;
  latency: { p50: number; p95: number; p99: number; max: number };
  lost: number;
  duplicated: number;
  unexpected: number;
}

function percentile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

async function ids(admin: Api, path: string): Promise<number[]> {
  return (await admin.get<Array<{ id: number }>>(path)).map((row) => row.id);
}

export async function loadBenchmark(admin: Api, options: LoadOptions = {}): Promise<LoadResult> {
  const host = new URL(admin.url).hostname;
  if (host !== '127.0.0.1' && host !== 'localhost')
    throw new Error(`The load test runs on loopback only, not against ${host}.`);
  const count = options.enumerators ?? 50;
  const durationMs = options.durationMs ?? Number(process.env['LOAD_DURATION_S'] ?? 120) * 1000;
  const run = randomBytes(3).toString('hex').toUpperCase();

  const sample = demoData.interviews.find((interview) => interview.wave === 'W2' && interview.status === 'submitted');
  if (!sample) throw new Error('no submitted W2 interview in the demo');
  const [wave] = await ids(admin, '/items/waves?filter[code][_eq]=W2&fields=id');
  const [version] = await ids(
    admin,
    '/items/instrument_versions?filter[instrument][code][_eq]=BARO&filter[version][_eq]=1&fields=id',
  );
  const establishments = (
    await admin.get<Array<{ establishment: number }>>(
      `/items/population_frames?filter[wave][_eq]=${wave}&fields=establishment&limit=-1`,
    )
  ).map((row) => row.establishment);
  const enumeratorRole = ROLES.find((role) => role.key === 'enumerator')?.roleId;
  if (!wave || !version || establishments.length === 0 || !enumeratorRole)
    throw new Error('the demo W2 wave, its frame or the Enumerator role is missing');

  // Static tokens instead of 50 password logins: the same Enumerator accountability, without 50 argon2 hashes.
  const users = Array.from({ length: count }, (_, index) => ({
    id: randomUUID(),
    email: `load-${run.toLowerCase()}-${index}@example.com`,
    first_name: 'Charge',
    last_name: String(index),
    role: enumeratorRole,
    status: 'active',
    token: randomBytes(24).toString('hex'),
    establishment: establishments[index % establishments.length] ?? 0,
  }));
  await admin.post(
    '/users',
    users.map(({ establishment: _establishment, ...user }) => user),
  );
  await admin.post(
    '/items/assignments',
    users.map((user) => ({ user: user.id, wave, establishment: user.establishment })),
  );

  const latencies: number[] = [];
  const accepted = new Map<string, number>();
  const refused: Record<string, number> = {};
  let failures = 0;
  const started = Date.now();
  const deadline = started + durationMs;

  await Promise.all(
    users.map(async (user, index) => {
      const api = createApi(admin.url, user.token);
      for (let sequence = 0; Date.now() < deadline; sequence += 1) {
        const code = `LOAD-${run}-${index}-${sequence}`;
        try {
          const participant = await api.post<{ id: number }>('/items/participants', { code: `P-${code}` });
          const body = {
            code,
            wave,
            establishment: user.establishment,
            participant: participant.id,
            instrument_version: version,
            answers: sample.answers,
            status: 'submitted',
            consent_guardian: true,
            assent_child: true,
            interview_date: sample.interview_date,
          };
          const sent = performance.now();
          const response = await api.raw<{ data?: { id: number } }>('POST', '/items/interviews', body);
          latencies.push(performance.now() - sent);
          if (response.status === 200 && response.body.data) accepted.set(code, response.body.data.id);
          else refused[String(response.status)] = (refused[String(response.status)] ?? 0) + 1;
        } catch {
          failures += 1;
        }
      }
    }),
  );
  const seconds = (Date.now() - started) / 1000;

  const stored = await admin.get<Array<{ id: number; code: string }>>(
    `/items/interviews?filter[code][_starts_with]=LOAD-${run}-&fields=id,code&limit=-1`,
  );
  const storedIds = new Map<string, number[]>();
  for (const row of stored) storedIds.set(row.code, [...(storedIds.get(row.code) ?? []), row.id]);
  const lost = [...accepted].filter(([code, id]) => !storedIds.get(code)?.includes(id)).length;
  const duplicated = [...storedIds.values()].filter((rows) => rows.length > 1).length;
  const unexpected = stored.filter((row) => !accepted.has(row.code)).length;

  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    enumerators: count,
    seconds,
    saved: accepted.size,
    refused,
    failures,
    throughput: accepted.size / seconds,
    latency: {
      p50: percentile(sorted, 0.5),
      p95: percentile(sorted, 0.95),
      p99: percentile(sorted, 0.99),
      max: sorted.at(-1) ?? Number.NaN,
    },
    lost,
    duplicated,
    unexpected,
  };
}
