// CPU-heavy work off the request path: the compute worker (dist/compute-worker.js, built from
// core/compute/worker.ts beside the bundle) runs it in a thread while the server's event loop only
// hands plain data over and receives the answer, so /server/health and every other request keep
// answering. Two lanes, each one thread running one job at a time in order: report PDFs, and a wave's
// figures (indicator tables with the disclosure pattern, its audit, the score). A report's model reads
// figures while its build waits for its turn, so the two may not share a thread; and a build of several
// seconds does not hold up the figures of a page.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { computeReply, type ComputeRequest, type ComputeResults } from '../../../../../core/compute/index.ts';
import { IndicatorInputError } from '../../../../../core/indicators/index.ts';

export type Lane = 'report' | 'figures';

/** What `prepare` gives when it already holds the answer: the worker is not asked. */
export interface Answered<T> {
  readonly answered: T;
}

interface Job {
  readonly id: number;
  /** What the job is about (a wave's code), for the status the module polls. */
  readonly subject: string;
  /** Reads what the job needs when its turn comes (on the server's thread: it awaits I/O). */
  readonly prepare: () => Promise<ComputeRequest | Answered<unknown>>;
  progress: number;
  resolve(value: unknown): void;
  reject(error: Error): void;
}

interface LaneState {
  readonly waiting: Job[];
  current: Job | null;
  worker: Worker | null;
}

// Resolved beside the bundle that imports this module (dist/api.js in Directus).
const WORKER_FILE = fileURLToPath(new URL('./compute-worker.js', import.meta.url));

const lanes: Record<Lane, LaneState> = {
  report: { waiting: [], current: null, worker: null },
  figures: { waiting: [], current: null, worker: null },
};
let nextId = 1;

function startWorker(lane: LaneState): Worker {
  if (!existsSync(WORKER_FILE)) throw new Error(`Compute worker not built: ${WORKER_FILE} (npm run build)`);
  const thread = new Worker(WORKER_FILE);
  thread.on('message', (message: unknown) => {
    const job = lane.current;
    const reply = computeReply.safeParse(message);
    if (!job || !reply.success || reply.data.id !== job.id) return;
    const answer = reply.data;
    if (answer.type === 'progress') {
      job.progress = answer.total > 0 ? answer.done / answer.total : 0;
      return;
    }
    if (answer.type === 'done') finish(lane, job, answer.value);
    else
      finish(
        lane,
        job,
        answer.input ? new IndicatorInputError(answer.message) : new Error(`Worker job failed: ${answer.message}`),
      );
  });
  // A crashed thread fails its job and is replaced for the next one.
  const lost = (error: Error) => {
    if (lane.worker === thread) lane.worker = null;
    if (lane.current) finish(lane, lane.current, error);
  };
  thread.on('error', lost);
  thread.on('exit', (code) => lost(new Error(`Compute worker exited (code ${code})`)));
  // An idle worker does not keep the process alive.
  thread.unref();
  return thread;
}

function finish(lane: LaneState, job: Job, outcome: unknown): void {
  if (lane.current !== job) return;
  lane.current = null;
  if (outcome instanceof Error) job.reject(outcome);
  else job.resolve(outcome);
  pump(lane);
}

function pump(lane: LaneState): void {
  if (lane.current) return;
  const job = lane.waiting.shift();
  if (!job) return;
  lane.current = job;
  job
    .prepare()
    .then((request) => {
      if ('answered' in request) {
        finish(lane, job, request.answered);
        return;
      }
      lane.worker ??= startWorker(lane);
      lane.worker.postMessage({ id: job.id, request });
    })
    .catch((error: unknown) => finish(lane, job, error instanceof Error ? error : new Error(String(error))));
}

/**
 * Runs a request in the lane's worker after the jobs already queued there, its input read by `prepare`
 * when its turn comes (or answered by it, when it knows the answer). A refusal thrown by `prepare` (an
 * HTTP error) reaches the caller as is; the engine's IndicatorInputError is rethrown as one.
 */
export function runInWorker<T extends ComputeRequest['type']>(
  lane: Lane,
  subject: string,
  prepare: () => Promise<Extract<ComputeRequest, { type: T }> | Answered<ComputeResults[T]>>,
): Promise<ComputeResults[T]> {
  return new Promise((resolve, reject) => {
    lanes[lane].waiting.push({
      id: nextId++,
      subject,
      prepare,
      progress: 0,
      resolve: (value) => resolve(value as ComputeResults[T]),
      reject,
    });
    pump(lanes[lane]);
  });
}

export interface LaneStatus {
  readonly state: 'idle' | 'queued' | 'building';
  /** Jobs ahead of this subject's in the lane (0: next, or running). */
  readonly ahead: number | null;
  /** Share of the job done, 0-1, while running. */
  readonly progress: number | null;
}

/** Where a subject's job stands in a lane: running (with its progress), queued (behind how many), or idle. */
export function laneStatus(lane: Lane, subject: string): LaneStatus {
  const { current, waiting } = lanes[lane];
  if (current?.subject === subject) return { state: 'building', ahead: 0, progress: current.progress };
  const position = waiting.findIndex((job) => job.subject === subject);
  if (position >= 0) return { state: 'queued', ahead: position + (current ? 1 : 0), progress: null };
  return { state: 'idle', ahead: null, progress: null };
}

/**
 * Starts both lanes' threads when the server starts and has them load what their jobs use (the PDF
 * renderer with its fonts, the disclosure solver), off the request path: the first report or table
 * asked for does not wait for it. A failure is only logged: the first job then loads what it needs.
 */
export function warmWorkers(onError: (error: unknown, lane: Lane) => void): void {
  for (const lane of ['report', 'figures'] as const) {
    runInWorker(lane, '#warm', async () => ({ type: 'warm', lane })).catch((error: unknown) => onError(error, lane));
  }
}
