// Two Directus processes on one PostgreSQL database with Redis for cache, cache purge, message bus and
// synchronisation (README "Security and reliability", docker-compose): a wave locked through one node is
// locked for the other at once, for writes and for cached reads.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, type Api } from '../../scripts/lib/api.ts';
import { startDirectus, type RunningDirectus } from '../../scripts/lib/directus.ts';
import { freePort, startTestInstance, testDatabaseClient, type TestInstance } from '../setup/instance.ts';

const onPostgres = testDatabaseClient() === 'pg';
const REDIS_URL = 'redis://127.0.0.1:6379';
/** Every Redis key of this run starts with it, so that parallel runs never share a cache or a bus. */
const prefix = `barometre-test-${process.pid}-${randomBytes(3).toString('hex')}`;

/** Directus 11.17 settings for a cluster (names read in @directus/api 35: there is no MESSENGER_STORE, the bus follows REDIS). */
const CLUSTER = {
  REDIS: REDIS_URL,
  CACHE_ENABLED: 'true',
  CACHE_STORE: 'redis',
  CACHE_AUTO_PURGE: 'true',
  CACHE_STATUS_HEADER: 'x-cache-status',
  SYNCHRONIZATION_STORE: 'redis',
  CACHE_NAMESPACE: `${prefix}:cache`,
  SYNCHRONIZATION_NAMESPACE: `${prefix}:sync`,
  REDIS_BUS_NAMESPACE: `${prefix}:bus`,
  REDIS_LOCK_NAMESPACE: `${prefix}:lock`,
  REDIS_PERMISSIONS_NAMESPACE: `${prefix}:permissions`,
  REDIS_COUNTERS_NAMESPACE: `${prefix}:counters`,
};

let first: TestInstance | undefined;
let second: RunningDirectus | undefined;
let nodeA: Api;
let nodeB: Api;

interface Fixture {
  wave: number;
  version: number;
  establishment: number;
  participant: number;
}
let fixture: Fixture;

async function buildOpenWave(api: Api): Promise<Fixture> {
  const suffix = randomBytes(3).toString('hex').toUpperCase();
  const instrument = await api.post<{ id: number }>('/items/instruments', { code: `CLU-${suffix}`, title: 'Grappe' });
  const version = await api.post<{ id: number }>('/items/instrument_versions', {
    instrument: instrument.id,
    version: 1,
    questions: [{ code: 'AGE', type: 'integer', label: 'Âge', required: true, sort: 1 }],
  });
  await api.post(`/barometer/instrument-versions/${version.id}/publish`);
  const wave = await api.post<{ id: number }>('/barometer/waves', {
    code: `CLU-${suffix}`,
    label: 'Grappe',
    reference_date: '2026-10-01',
    instrument_versions: [version.id],
  });
  const establishment = await api.post<{ id: number }>('/items/establishments', {
    code: `CLU-E-${suffix}`,
    name: 'Établissement',
    type: 'cre',
  });
  await api.post('/items/population_frames', { wave: wave.id, establishment: establishment.id, population: 30 });
  await api.post(`/barometer/waves/${wave.id}/open`);
  const participant = await api.post<{ id: number }>('/items/participants', { code: `P-CLU-${suffix}` });
  return { wave: wave.id, version: version.id, establishment: establishment.id, participant: participant.id };
}

const interview = (code: string) => ({
  code,
  wave: fixture.wave,
  participant: fixture.participant,
  establishment: fixture.establishment,
  instrument_version: fixture.version,
  consent_guardian: true,
  assent_child: true,
  status: 'validated',
  answers: { AGE: 15 },
});

function deleteRedisKeys(): void {
  const keys = execFileSync('redis-cli', ['-u', REDIS_URL, '--scan', '--pattern', `${prefix}*`], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean);
  for (let start = 0; start < keys.length; start += 500)
    execFileSync('redis-cli', ['-u', REDIS_URL, 'del', ...keys.slice(start, start + 500)], { stdio: 'ignore' });
}

describe('two Directus nodes sharing PostgreSQL and Redis', () => {
  beforeAll(async () => {
    if (!onPostgres) return;
    first = await startTestInstance({ client: 'pg', seedDemo: false, environment: CLUSTER });
    const port = await freePort();
    second = await startDirectus({ ...first.environment, PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}` });
    nodeA = await login(first.info.url, first.info.adminEmail, first.info.adminPassword);
    nodeB = await login(second.url, first.info.adminEmail, first.info.adminPassword);
    fixture = await buildOpenWave(nodeA);
  });

  afterAll(async () => {
    await second?.stop();
    await first?.dispose();
    if (onPostgres) deleteRedisKeys();
  });

  it.skipIf(!onPostgres)(
    'a lock through node A is enforced by node B at once, and B serves no stale cached status (PostgreSQL only: two processes cannot share a SQLite file)',
    async () => {
      expect(nodeA.url).not.toBe(nodeB.url);
      expect((await nodeB.raw('POST', '/items/interviews', interview(`CLU-1-${fixture.wave}`))).status).toBe(200);

      const path = `/items/waves/${fixture.wave}?fields=id,status`;
      await nodeB.raw('GET', path);
      const cached = await nodeB.raw<{ data: { status: string } }>('GET', path);
      expect(cached.body.data.status).toBe('open');
      expect(cached.headers.get('x-cache-status')).toBe('HIT');

      expect(
        (await nodeA.raw('POST', `/barometer/waves/${fixture.wave}/lock`, { reason: 'Fin du terrain' })).status,
      ).toBe(200);

      const [read, write] = await Promise.all([
        nodeB.raw<{ data: { status: string } }>('GET', path),
        nodeB.raw('POST', '/items/interviews', interview(`CLU-2-${fixture.wave}`)),
      ]);
      expect(read.body.data.status).toBe('locked');
      expect(write.status).toBe(409);
      const stored = await nodeA.get<Array<{ code: string }>>(
        `/items/interviews?filter[wave][_eq]=${fixture.wave}&fields=code`,
      );
      expect(stored.map((row) => row.code)).toEqual([`CLU-1-${fixture.wave}`]);
    },
  );
});
