// Indicator estimates, barometer score and trends (docs/api.md, Figures): Coordinator and Analyst only.
import { ForbiddenError } from '@directus/errors';
import type { Router } from 'express';
import { z } from 'zod';
import {
  auditWithoutReasons,
  designSummary,
  ESTABLISHMENT_VARIABLES,
  parseByParameter,
} from '../../../../../core/indicators/index.ts';
import type { BarometerContext, DirectusRequest } from '../../server/http/context.ts';
import { BadRequestError } from '../../server/http/errors.ts';
import { parseInput, route } from '../../server/http/http.ts';
import { roleOf } from '../../shared/roles.ts';
import { indicatorTrend, trendCache } from '../../server/figures/trend.ts';
import { authoriseUnprotectedData, holdsUnprotectedData } from '../../server/access/unprotected-data.ts';
import { resolveWave } from '../../server/db/wave-data.ts';
import { disclosureAudit, indicatorResults, waveFigures, waveScore } from '../../server/figures/wave-figures.ts';

/** Directus reads `access_token` from the query string too: it may accompany any GET. */
const withToken = { access_token: z.string().optional() };
export const indicatorQuery = z
  .object({ by: z.string().max(200).optional(), disclosure: z.enum(['on', 'off']).default('on'), ...withToken })
  .strict();
export const plainQuery = z.object(withToken).strict();
export const indicatorCodeParameter = z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/);

export function assertReader(request: DirectusRequest): void {
  const role = roleOf(request.accountability);
  if (role !== 'coordinator' && role !== 'analyst' && role !== 'admin') throw new ForbiddenError();
}

/** The trend's method in words (core/stats/change-variance.ts); each change's `method` names it. */
const CHANGE_METHOD_DESCRIPTION = {
  fr: 'Écart entre deux vagues : Var(Δ) = V1 + V2 − 2 Cov ; avec les sous-strates panel / complément du tirage, la covariance des enfants interrogés aux deux vagues est nulle (estimation conditionnellement sans biais, Berger 2004 ; Kish 1965, 12.4). IC à 95 % par la loi de Student, ddl de Welch-Satterthwaite. Une vague non verrouillée est provisoire : aucune significativité.',
  ar: 'الفرق بين موجتين: Var(Δ) = V1 + V2 − 2 Cov؛ مع الطبقات الفرعية (الفريق / التكملة) للسحب يكون التغاير منعدما (Berger 2004؛ Kish 1965، 12.4). مجال ثقة 95٪ بتوزيع ستيودنت ودرجات حرية Welch-Satterthwaite. الموجة غير المقفلة مؤقتة: لا دلالة إحصائية.',
} as const;

const today = () => new Date().toISOString().slice(0, 10);

export function indicatorRoutes(router: Router, context: BarometerContext): void {
  router.get(
    '/waves/:wave/indicators',
    route(async (request: DirectusRequest, response) => {
      assertReader(request);
      const query = parseInput(indicatorQuery, request.query, 'query');
      const wave = await resolveWave(context.database, String(request.params['wave']));
      const figures = await waveFigures(context.database, wave);
      const allowed = new Set([...figures.data.knownCodes, ...ESTABLISHMENT_VARIABLES]);
      const by = parseByParameter(query.by, allowed, {
        multiple: figures.data.multipleCodes,
        domainQuestions: figures.data.choiceCodes,
        identifying: figures.data.identifyingCodes,
        disclosure: query.disclosure === 'on',
      });
      if (!by.ok) throw new BadRequestError({ reason: `Paramètre by refusé : ${by.message}` });
      if (query.disclosure === 'off') await authoriseUnprotectedData(context, request, wave);
      const results = await indicatorResults(figures, {
        by: [...by.by],
        disclosure: query.disclosure === 'on',
        today: today(),
      });
      response.json({
        data: {
          wave: wave.code,
          source: figures.source,
          disclosure: query.disclosure,
          ...designSummary(figures.data.interviews),
          results,
        },
      });
    }),
  );

  // The check shown before a wave is published: every suppressed cell's interval as a reader derives it.
  router.get(
    '/waves/:wave/disclosure-audit',
    route(async (request: DirectusRequest, response) => {
      assertReader(request);
      parseInput(plainQuery, request.query, 'query');
      const wave = await resolveWave(context.database, String(request.params['wave']));
      const audit = await disclosureAudit(await waveFigures(context.database, wave), today());
      const indicators = (await holdsUnprotectedData(context, request)) ? audit : auditWithoutReasons(audit);
      response.json({ data: { wave: wave.code, holds: audit.every((entry) => entry.holds), indicators } });
    }),
  );

  router.get(
    '/waves/:wave/score',
    route(async (request: DirectusRequest, response) => {
      assertReader(request);
      parseInput(plainQuery, request.query, 'query');
      const wave = await resolveWave(context.database, String(request.params['wave']));
      const figures = await waveFigures(context.database, wave);
      response.json({ data: { wave: wave.code, source: figures.source, ...(await waveScore(figures)) } });
    }),
  );

  router.get(
    '/indicators/:code/trend',
    route(async (request: DirectusRequest, response) => {
      assertReader(request);
      parseInput(plainQuery, request.query, 'query');
      const code = parseInput(indicatorCodeParameter, request.params['code'], 'code');
      const trend = await indicatorTrend(context.database, code, trendCache(today()));
      response.json({
        data: {
          indicator: trend.indicator.code,
          type: trend.indicator.type,
          method: CHANGE_METHOD_DESCRIPTION.fr,
          method_ar: CHANGE_METHOD_DESCRIPTION.ar,
          points: trend.points.map((point) => ({
            ...point,
            label: trend.waves.find((wave) => wave.code === point.wave)?.label ?? point.wave,
          })),
        },
      });
    }),
  );
}
