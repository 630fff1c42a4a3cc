// The strategy guidelines (docs/api.md, Figures): the framework as a national strategy's monitoring
// plan, as JSON, a workbook or a PDF rendered by the report worker. The roles that read the figures.
import type { Router } from 'express';
import { z } from 'zod';
import { strategyWorkbook } from '../../../../../core/strategy/index.ts';
import type { BarometerContext, DirectusRequest } from '../../server/http/context.ts';
import { parseInput, route } from '../../server/http/http.ts';
import { queueStrategy } from '../../server/report/report-queue.ts';
import { ORGANISATION } from '../../server/report/report-model.ts';
import { loadStrategyPlan } from '../../server/report/strategy.ts';
import { assertReader } from './indicators.ts';

export const strategyQuery = z
  .object({
    format: z.enum(['json', 'xlsx', 'pdf']).default('json'),
    // The files' language: French, or Arabic right to left (the JSON holds both).
    lang: z.enum(['fr', 'ar']).default('fr'),
    // Lets a browser download link carry the token, as Directus accepts it on every route.
    access_token: z.string().optional(),
  })
  .strict();

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function strategyRoutes(router: Router, context: BarometerContext): void {
  router.get(
    '/strategy',
    route(async (request: DirectusRequest, response) => {
      assertReader(request);
      const { format, lang } = parseInput(strategyQuery, request.query, 'query');
      const now = new Date().toISOString();
      if (format === 'json') {
        response.json({ data: await loadStrategyPlan(context.database, now.slice(0, 10)) });
        return;
      }
      const day = now.slice(0, 10);
      const body =
        format === 'xlsx'
          ? await strategyWorkbook(await loadStrategyPlan(context.database, day), lang)
          : await queueStrategy(async () => ({
              plan: await loadStrategyPlan(context.database, day),
              generatedAt: now,
              organisation: ORGANISATION.name,
              organisationAr: ORGANISATION.nameAr,
              lang,
            }));
      response
        .status(200)
        .attachment(`strategie-omp-plan-de-suivi-${day}${lang === 'ar' ? '-ar' : ''}.${format}`)
        .type(format === 'xlsx' ? XLSX : 'application/pdf')
        .set('Cache-Control', 'no-store')
        .send(body);
    }),
  );
}
