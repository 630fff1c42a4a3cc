// The barometer PDF of a wave (docs/api.md: POST /barometer/waves/:wave/report): Coordinator or admin.
import type { Router } from 'express';
import { z } from 'zod';
import type { BarometerContext, DirectusRequest } from '../../server/http/context.ts';
import { parseInput, route } from '../../server/http/http.ts';
import { buildStatus } from '../../server/report/report-queue.ts';
import { assertMayBuildReports, generateReport } from '../../server/report/report-service.ts';
import { resolveWave } from '../../server/db/wave-data.ts';

export const reportBody = z
  .object({
    final: z.boolean().optional(),
    // The edition: French (default, with an Arabic summary page) or the full Arabic one.
    lang: z.enum(['fr', 'ar']).optional(),
  })
  .strict();

export function reportRoutes(router: Router, context: BarometerContext): void {
  router.post(
    '/waves/:wave/report',
    route(async (request: DirectusRequest, response) => {
      const accountability = request.accountability ?? null;
      assertMayBuildReports(accountability);
      const body = parseInput(reportBody, request.body ?? {}, 'body');
      const wave = await resolveWave(context.database, String(request.params['wave']));
      response.json({
        data: await generateReport(context, wave, {
          final: body.final ?? false,
          accountability,
          lang: body.lang ?? 'fr',
        }),
      });
    }),
  );

  // Polled by the module's button while its POST waits: queued (behind how many) or building (how far).
  router.get(
    '/waves/:wave/report/status',
    route(async (request: DirectusRequest, response) => {
      assertMayBuildReports(request.accountability ?? null);
      const wave = await resolveWave(context.database, String(request.params['wave']));
      response.json({ data: buildStatus(wave.code) });
    }),
  );
}
