/**
 * The CPU-heavy computations as a worker thread, so that the server's event loop keeps answering
 * while they run: report and strategy PDFs (charts, layout, bytes) and a wave's figures (indicator tables with the
 * disclosure pattern, its audit, the score). One job at a time; the thread stays up between jobs so
 * that fonts, HiGHS and the pattern cache (core/disclosure/protect.ts) are kept.
 */
import { parentPort } from 'node:worker_threads';
import {
  auditWave,
  computeIndicators,
  computeScore,
  IndicatorInputError,
  loadDisclosureSolver,
  type IndicatorDefinition,
} from '../indicators/index.ts';
import type { ReportModel } from '../report/model.ts';
import { computeJob, type ComputeReply, type ComputeWave, type StrategyJob } from './protocol.ts';

async function run(
  request: ReturnType<typeof computeJob.parse>['request'],
  onProgress: (done: number, total: number) => void,
): Promise<unknown> {
  if (request.type === 'warm') {
    if (request.lane === 'report') await (await import('../report/report.ts')).warmRenderer();
    else await loadDisclosureSolver();
    return null;
  }
  if (request.type === 'report') {
    // Loaded on the first report only: the figures lane's thread never needs pdfmake, vega and the fonts.
    const { renderReport } = await import('../report/report.ts');
    // The model was built by our own glue from the database and checked as an object above.
    return renderReport(request.model as unknown as ReportModel, { lang: request.lang, onProgress });
  }
  if (request.type === 'strategy') {
    const { renderStrategy } = await import('../report/report.ts');
    // The plan was built by our own glue (core/strategy) from the database, like a report's model.
    const { plan, ...options } = request.job as unknown as StrategyJob;
    return renderStrategy(plan, options);
  }
  // The definitions' fields are the engine's to check (compileIndicator), like the server's rows.
  const wave = request.wave as unknown as ComputeWave & { definitions: IndicatorDefinition[] };
  await loadDisclosureSolver();
  const { definitions, interviews, frame, knownCodes } = wave;
  if (request.type === 'indicators') {
    return request.tables.map((by) =>
      computeIndicators(definitions, interviews, frame, knownCodes, {
        by,
        disclosure: request.disclosure,
        today: request.today,
      }),
    );
  }
  if (request.type === 'audit') return auditWave(definitions, interviews, frame, knownCodes, { today: request.today });
  return computeScore(definitions, interviews, frame, knownCodes);
}

if (parentPort) {
  const port = parentPort;
  port.on('message', (message: unknown) => {
    const parsed = computeJob.safeParse(message);
    if (!parsed.success) {
      const id = typeof message === 'object' && message && 'id' in message ? Number(message.id) : -1;
      port.postMessage({ id, type: 'failed', message: `bad job: ${parsed.error.message}`, input: false });
      return;
    }
    const { id, request } = parsed.data;
    const reply = (value: ComputeReply) => port.postMessage(value);
    run(request, (done, total) => reply({ id, type: 'progress', done, total }))
      .then((value) => reply({ id, type: 'done', value }))
      .catch((error: unknown) =>
        reply({
          id,
          type: 'failed',
          message:
            error instanceof IndicatorInputError
              ? error.message
              : error instanceof Error
                ? (error.stack ?? error.message)
                : String(error),
          input: error instanceof IndicatorInputError,
        }),
      );
  });
}
