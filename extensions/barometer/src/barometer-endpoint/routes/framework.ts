// The normative framework against a wave (docs/api.md, Compliance): Coordinator, Analyst and admin,
// who read the figures; disclosure control always on.
import type { Router } from 'express';
import type { BarometerContext, DirectusRequest } from '../../server/http/context.ts';
import { waveCompliance } from '../../server/figures/compliance.ts';
import { parseInput, route } from '../../server/http/http.ts';
import { trendCache } from '../../server/figures/trend.ts';
import { resolveWave } from '../../server/db/wave-data.ts';
import { isProvisional } from '../../../../../core/report/provisional.ts';
import { assertReader, plainQuery } from './indicators.ts';

export function frameworkRoutes(router: Router, context: BarometerContext): void {
  router.get(
    '/waves/:wave/compliance',
    route(async (request: DirectusRequest, response) => {
      assertReader(request);
      parseInput(plainQuery, request.query, 'query');
      const wave = await resolveWave(context.database, String(request.params['wave']));
      const matrix = await waveCompliance(context.database, wave, trendCache(new Date().toISOString().slice(0, 10)));
      response.json({ data: { wave: wave.code, provisional: isProvisional(wave), ...matrix } });
    }),
  );
}
