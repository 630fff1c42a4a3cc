import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  computeIndicators,
  computeScore,
  loadDisclosureSolver,
  type FrameEntry,
  type IndicatorDefinition,
  type InterviewRecord,
} from '../indicators/index.ts';
import { computeReply, type ComputeReply, type ComputeRequest } from './index.ts';

const definitions: IndicatorDefinition[] = [
  { code: 'SCHOOL', type: 'proportion', numerator: "${SCHOOL} = 'yes'", direction: 'higher_is_better' },
  {
    code: 'SCHOOL_SCORE',
    type: 'proportion',
    numerator: "${SCHOOL} = 'yes'",
    direction: 'higher_is_better',
    dimension: 'EDU',
    goalpost_low: 0,
    goalpost_high: 1,
  },
];
const frame: FrameEntry[] = [
  { establishment: 'E1', population: 60, establishment_type: 'cre', region: 'Oriental' },
  { establishment: 'E2', population: 40, establishment_type: 'quartier_mineurs', region: 'Oriental' },
];
const interviews: InterviewRecord[] = Array.from({ length: 40 }, (_, k) => ({
  establishment: k < 25 ? 'E1' : 'E2',
  answers: { SEX: k % 7 === 0 ? 'f' : 'm', SCHOOL: k % 3 === 0 ? 'no' : 'yes' },
  attributes: { establishment_type: k < 25 ? 'cre' : 'quartier_mineurs', region: 'Oriental' },
}));
const knownCodes = new Set(['SEX', 'SCHOOL']);
const wave = { definitions, interviews, frame, knownCodes };

let worker: Worker;
let nextId = 1;

/** One job through the thread, as the server's queue sends it: the outcome, after any progress. */
function send(request: ComputeRequest | Record<string, unknown>): Promise<ComputeReply> {
  const id = nextId++;
  return new Promise((resolve) => {
    const listen = (message: unknown) => {
      const reply = computeReply.parse(message);
      if (reply.id !== id || reply.type === 'progress') return;
      worker.off('message', listen);
      resolve(reply);
    };
    worker.on('message', listen);
    worker.postMessage({ id, request });
  });
}

beforeAll(async () => {
  await loadDisclosureSolver();
  worker = new Worker(new URL('./worker.ts', import.meta.url));
});
afterAll(async () => {
  await worker.terminate();
});

describe('the compute worker', () => {
  it('answers indicator tables and the score as the engine computes them in-process', async () => {
    const tables = [[], ['SEX'], ['establishment_type']];
    const reply = await send({ type: 'indicators', wave, tables, disclosure: true, today: '2026-12-01' });
    expect(reply).toEqual({
      id: expect.any(Number),
      type: 'done',
      value: tables.map((by) =>
        computeIndicators(definitions, interviews, frame, knownCodes, { by, today: '2026-12-01' }),
      ),
    });
    const withheld = (reply.type === 'done' ? (reply.value as unknown[][]) : []).flat();
    expect(withheld.some((result) => (result as { suppressed?: boolean }).suppressed === true)).toBe(true);
    expect(await send({ type: 'score', wave })).toMatchObject({
      type: 'done',
      value: computeScore(definitions, interviews, frame, knownCodes),
    });
  });

  it('warms either lane: loads the renderer (a page rendered and dropped) or the solver, and answers null', async () => {
    expect(await send({ type: 'warm', lane: 'report' })).toEqual({ id: expect.any(Number), type: 'done', value: null });
    expect(await send({ type: 'warm', lane: 'figures' })).toEqual({
      id: expect.any(Number),
      type: 'done',
      value: null,
    });
    const unknown = await send({ type: 'warm', lane: 'everything' });
    expect(unknown).toMatchObject({ type: 'failed', input: false, message: expect.stringContaining('bad job') });
  });

  it('tells the engine’s refusal of the data apart from a fault', async () => {
    const unframed = { ...wave, frame: frame.slice(0, 1) };
    const refused = await send({
      type: 'indicators',
      wave: unframed,
      tables: [[]],
      disclosure: true,
      today: '2026-12-01',
    });
    expect(refused).toMatchObject({ type: 'failed', input: true, message: expect.stringContaining('E2') });
    const malformed = await send({ type: 'audit', wave: { ...wave, knownCodes: ['SEX'] }, today: 'yesterday' });
    expect(malformed).toMatchObject({ type: 'failed', input: false, message: expect.stringContaining('bad job') });
  });
});
