// The report builds off the request path, in the report lane of the compute worker (compute-queue.ts):
// one PDF at a time, the others wait in order. The lane's state is what the module polls.
import { createHash } from 'node:crypto';
import type { StrategyJob } from '../../../../../core/compute/index.ts';
import type { ReportLang, ReportModel } from '../../../../../core/report/index.ts';
import { laneStatus, runInWorker, type LaneStatus } from '../compute/compute-queue.ts';

export type BuildStatus = LaneStatus;

/**
 * The last PDFs rendered, by model and edition: the same model renders to the same bytes
 * (core/report/render.test.ts), so a rebuild of an unchanged wave (a second click, a locked wave's
 * draft, then its final at publication) skips the seconds of rendering.
 */
const rendered = new Map<string, Uint8Array>();
const RENDERED_KEPT = 4;

function remember(key: string, pdf: Uint8Array): void {
  rendered.delete(key);
  rendered.set(key, pdf);
  for (const oldest of rendered.keys()) {
    if (rendered.size <= RENDERED_KEPT) break;
    rendered.delete(oldest);
  }
}

/**
 * Builds a report's PDF after the builds already queued: its model read by `prepare`, its bytes
 * rendered in the worker. A refusal thrown by `prepare` (an HTTP error) reaches the caller as is.
 */
export async function queueBuild(
  wave: string,
  prepare: () => Promise<ReportModel>,
  lang: ReportLang = 'fr',
): Promise<Buffer> {
  let key = '';
  const pdf = await runInWorker('report', wave, async () => {
    const model = await prepare();
    key = createHash('sha256')
      .update(JSON.stringify([lang, model]))
      .digest('hex');
    const known = rendered.get(key);
    return known ? { answered: known } : { type: 'report', model, lang };
  });
  remember(key, pdf);
  return Buffer.from(pdf);
}

/** The strategy guidelines' PDF, in the same lane as the reports, under a key no wave code has. */
export async function queueStrategy(prepare: () => Promise<StrategyJob>): Promise<Buffer> {
  return Buffer.from(
    await runInWorker('report', '#strategy', async () => ({ type: 'strategy', job: await prepare() })),
  );
}

/** Where a wave's build stands: building (with its progress), queued (behind how many), or idle. */
export function buildStatus(wave: string): BuildStatus {
  return laneStatus('report', wave);
}
