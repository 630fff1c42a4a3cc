// The report builds off the request path: one worker thread (dist/report-worker.js, built from
// core/report/worker.ts beside the bundle) renders one PDF at a time; the others wait in order.
// The server's event loop only hands the model over and receives the bytes, so /server/health and
// every other request keep answering during a build. The queue's state is what the module polls.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ReportLang, ReportModel } from '../../../../../core/report/index.ts';
import type { StrategyJob, WorkerReply } from '../../../../../core/report/worker-protocol.ts';

export type BuildState = 'idle' | 'queued' | 'building';

export interface BuildStatus {
  readonly state: BuildState;
  /** Builds ahead of this wave's in the queue (0: next, or building). */
  readonly ahead: number | null;
  /** Share of the build done, 0-1, while building. */
  readonly progress: number | null;
}

interface Job {
  readonly id: number;
  readonly wave: string;
  readonly lang: ReportLang;
  readonly document: 'report' | 'strategy';
  /** Reads the model from the database when the job's turn comes (on the server's thread: it awaits I/O). */
  readonly prepare: () => Promise<ReportModel | StrategyJob>;
  progress: number;
  resolve(pdf: Buffer): void;
  reject(error: Error): void;
}

// Resolved beside the bundle that imports this module (dist/api.js in Directus).
const WORKER_FILE = fileURLToPath(new URL('./report-worker.js', import.meta.url));

const waiting: Job[] = [];
let current: Job | null = null;
let worker: Worker | null = null;
let nextId = 1;

function startWorker(): Worker {
  if (!existsSync(WORKER_FILE)) throw new Error(`Report worker not built: ${WORKER_FILE} (npm run build)`);
  const thread = new Worker(WORKER_FILE);
  thread.on('message', (reply: WorkerReply) => {
    const job = current;
    if (!job || reply.id !== job.id) return;
    if (reply.type === 'progress') {
      job.progress = reply.total > 0 ? reply.done / reply.total : 0;
      return;
    }
    finish(
      job,
      reply.type === 'done' ? Buffer.from(reply.pdf) : new Error(`Report build failed in the worker: ${reply.message}`),
    );
  });
  // A crashed thread fails its job and is replaced for the next one.
  const lost = (error: Error) => {
    if (worker === thread) worker = null;
    if (current) finish(current, error);
  };
  thread.on('error', lost);
  thread.on('exit', (code) => lost(new Error(`Report worker exited (code ${code})`)));
  // An idle worker does not keep the process alive.
  thread.unref();
  return thread;
}

function finish(job: Job, outcome: Buffer | Error): void {
  if (current !== job) return;
  current = null;
  if (outcome instanceof Error) job.reject(outcome);
  else job.resolve(outcome);
  pump();
}

function pump(): void {
  if (current) return;
  const job = waiting.shift();
  if (!job) return;
  current = job;
  job
    .prepare()
    .then((model) => {
      worker ??= startWorker();
      worker.postMessage({ id: job.id, model, lang: job.lang, document: job.document });
    })
    .catch((error: unknown) => finish(job, error instanceof Error ? error : new Error(String(error))));
}

/**
 * Builds a report's PDF after the builds already queued: its model read by `prepare`, its bytes
 * rendered in the worker. A refusal thrown by `prepare` (an HTTP error) reaches the caller as is.
 */
export function queueBuild(
  wave: string,
  prepare: () => Promise<ReportModel>,
  lang: ReportLang = 'fr',
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    waiting.push({ id: nextId++, wave, lang, document: 'report', prepare, progress: 0, resolve, reject });
    pump();
  });
}

/** The strategy guidelines' PDF, in the same queue and worker as the reports, under a key no wave code has. */
export function queueStrategy(prepare: () => Promise<StrategyJob>): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    waiting.push({
      id: nextId++,
      wave: '#strategy',
      lang: 'fr',
      document: 'strategy',
      prepare,
      progress: 0,
      resolve,
      reject,
    });
    pump();
  });
}

/** Where a wave's build stands: building (with its progress), queued (behind how many), or idle. */
export function buildStatus(wave: string): BuildStatus {
  if (current?.wave === wave) return { state: 'building', ahead: 0, progress: current.progress };
  const position = waiting.findIndex((job) => job.wave === wave);
  if (position >= 0) return { state: 'queued', ahead: position + (current ? 1 : 0), progress: null };
  return { state: 'idle', ahead: null, progress: null };
}
