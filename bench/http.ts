// Timings through HTTP against a real Directus with the demo: an interview save with full validation
// against a plain Directus save of the same payload, indicators of a 250-interview wave by three
// domain variables, and the barometer report of W1.
import type { Api } from '../scripts/lib/api.ts';
import { demoData } from '../seed/demo/data.ts';

export interface Timing {
  median: number;
  p95: number;
  runs: number;
}

export function summarise(milliseconds: number[]): Timing {
  const sorted = [...milliseconds].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { median: at(0.5), p95: at(0.95), runs: sorted.length };
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

/** The same interview body saved N times through our validated collection and a twin without hooks. */
/** Saves of each kind made before measuring. */
const WARM_UP_SAVES = 20;

export async function saveBenchmark(
  admin: Api,
  runs: number,
): Promise<{ validated: Timing; plain: Timing; ratio: number }> {
  const sample = demoData.interviews.find((interview) => interview.wave === 'W2' && interview.status === 'submitted');
  if (!sample) throw new Error('no submitted W2 interview in the demo');
  const id = async (collection: string, code: string) =>
    (
      await admin.get<Array<{ id: number }>>(
        `/items/${collection}?filter[code][_eq]=${encodeURIComponent(code)}&fields=id`,
      )
    )[0]?.id ?? 0;
  const [wave, establishment, participant] = await Promise.all([
    id('waves', 'W2'),
    id('establishments', sample.establishment),
    id('participants', sample.participant),
  ]);
  const [version] = await admin.get<Array<{ id: number }>>(
    '/items/instrument_versions?filter[instrument][code][_eq]=BARO&filter[version][_eq]=1&fields=id',
  );
  const body = (code: string) => ({
    code,
    wave,
    establishment,
    participant,
    instrument_version: version?.id,
    answers: sample.answers,
    status: 'submitted',
    consent_guardian: true,
    assent_child: true,
    interview_date: sample.interview_date,
    duration_minutes: sample.duration_minutes,
  });
  await admin.post('/collections', {
    collection: 'bench_plain_interviews',
    meta: { hidden: true },
    schema: {},
    fields: [
      {
        field: 'id',
        type: 'integer',
        meta: { hidden: true },
        schema: { is_primary_key: true, has_auto_increment: true },
      },
      { field: 'code', type: 'string', meta: {}, schema: { is_unique: true } },
      ...['wave', 'establishment', 'participant', 'instrument_version', 'duration_minutes'].map((field) => ({
        field,
        type: 'integer',
        meta: {},
        schema: {},
      })),
      { field: 'answers', type: 'json', meta: {}, schema: {} },
      { field: 'status', type: 'string', meta: {}, schema: {} },
      { field: 'interview_date', type: 'date', meta: {}, schema: {} },
      ...['consent_guardian', 'assent_child'].map((field) => ({
        field,
        type: 'boolean',
        meta: { special: ['cast-boolean'] },
        schema: {},
      })),
    ],
  });
  // Unmeasured first saves: the first requests of a fresh server compile its code paths and fill its
  // caches (schema, permissions, the questionnaire), which is not what a save costs in the field.
  for (let run = 0; run < WARM_UP_SAVES; run += 1) {
    await admin.post('/items/interviews', body(`BENCH-V-WARM-${run}`));
    await admin.post('/items/bench_plain_interviews', body(`BENCH-P-WARM-${run}`));
  }
  const validated: number[] = [];
  const plain: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    // Interleaved, so that drift (cache warm-up, database growth) weighs on both alike.
    validated.push(await timed(() => admin.post('/items/interviews', body(`BENCH-V-${run}`))));
    plain.push(await timed(() => admin.post('/items/bench_plain_interviews', body(`BENCH-P-${run}`))));
  }
  // The saved copies would leave one stratum with more interviews than minors: remove them.
  const saved = await admin.get<Array<{ id: number }>>(
    '/items/interviews?filter[code][_starts_with]=BENCH-V-&fields=id&limit=-1',
  );
  await admin.request(
    'DELETE',
    '/items/interviews',
    saved.map((row) => row.id),
  );
  const result = { validated: summarise(validated), plain: summarise(plain) };
  return { ...result, ratio: result.validated.median / result.plain.median };
}

export async function indicatorsBenchmark(analyst: Api, runs: number): Promise<{ crossed: Timing; separate: Timing }> {
  const crossed: number[] = [];
  const separate: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    crossed.push(await timed(() => analyst.get('/barometer/waves/W1/indicators?by=SEX,establishment_type,region')));
    separate.push(
      await timed(() =>
        Promise.all(
          ['SEX', 'establishment_type', 'region'].map((by) => analyst.get(`/barometer/waves/W1/indicators?by=${by}`)),
        ),
      ),
    );
  }
  return { crossed: summarise(crossed), separate: summarise(separate) };
}

/** The W1 report built `runs` times: the first build, and the rebuilds of the unchanged wave after it. */
export async function reportBenchmark(coordinator: Api, runs: number): Promise<{ first: number; rebuilds: Timing }> {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    times.push(
      await timed(async () => {
        const response = await coordinator.raw('POST', '/barometer/waves/W1/report', {});
        if (response.status !== 200)
          throw new Error(`report build answered ${response.status}: ${JSON.stringify(response.body)}`);
      }),
    );
  }
  return { first: times[0] ?? Number.NaN, rebuilds: summarise(times.slice(1)) };
}
