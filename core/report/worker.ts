/**
 * The report build as a worker thread: the CPU-heavy part (charts, layout, PDF bytes) runs here so
 * the server's event loop keeps answering while a report is built. One message in, progress
 * messages and one result out per job; the thread stays up between jobs so fonts load once.
 */
import { parentPort } from 'node:worker_threads';
import { z } from 'zod';
import type { ReportModel } from './model.ts';
import { renderReport, renderStrategy } from './report.ts';
import type { StrategyJob, WorkerReply } from './worker-protocol.ts';

function renderStrategyJob({ plan, ...options }: StrategyJob): Promise<Buffer> {
  return renderStrategy(plan, options);
}

const job = z.object({
  id: z.number().int(),
  model: z.record(z.string(), z.unknown()),
  lang: z.enum(['fr', 'ar']).default('fr'),
  /** A wave's report (the model is a ReportModel) or the strategy guidelines (a StrategyJob). */
  document: z.enum(['report', 'strategy']).default('report'),
});

if (parentPort) {
  const port = parentPort;
  port.on('message', (message: unknown) => {
    const parsed = job.safeParse(message);
    if (!parsed.success) return;
    const { id } = parsed.data;
    const reply = (value: WorkerReply) => port.postMessage(value);
    // The model was built by our own glue and crosses the thread boundary as structured data.
    const rendering =
      parsed.data.document === 'strategy'
        ? renderStrategyJob(parsed.data.model as unknown as StrategyJob)
        : renderReport(parsed.data.model as unknown as ReportModel, {
            lang: parsed.data.lang,
            onProgress: (done, total) => reply({ id, type: 'progress', done, total }),
          });
    rendering
      .then((pdf) => reply({ id, type: 'done', pdf }))
      .catch((error: unknown) =>
        reply({ id, type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
      );
  });
}
