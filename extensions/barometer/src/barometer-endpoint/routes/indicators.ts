// Indicator estimates, barometer score and trends (contract endpoints): Coordinator and Analyst only.
import { ForbiddenError } from '@directus/errors';
import type { Router } from 'express';
import { z } from 'zod';
import { ESTABLISHMENT_VARIABLES, parseByParameter } from '../../../../../core/indicators/index.ts';
import type { BarometerContext, DirectusRequest } from '../../shared/context.ts';
import { BadRequestError } from '../../shared/errors.ts';
import { parseInput, route } from '../../shared/http.ts';
import { roleOf } from '../../shared/roles.ts';
import { indicatorTrend } from '../../shared/trend.ts';
import { authoriseUnprotectedData } from '../../shared/unprotected-data.ts';
import { resolveWave } from '../../shared/wave-data.ts';
import { disclosureAudit, indicatorResults, waveFigures, waveScore } from '../../shared/wave-figures.ts';

/** Directus reads `access_token` from the query string too: it may accompany any GET. */
const withToken = { access_token: z.string().optional() };
const indicatorQuery = z.object({ by: z.string().max(200).optional(), disclosure: z.enum(['on', 'off']).default('on'), ...withToken }).strict();
const plainQuery = z.object(withToken).strict();

function assertReader(request: DirectusRequest): void {
  const role = roleOf(request.accountability);
  if (role !== 'coordinator' && role !== 'analyst' && role !== 'admin') throw new ForbiddenError();
}

const today = () => new Date().toISOString().slice(0, 10);

export function indicatorRoutes(router: Router, context: BarometerContext): void {
  router.get('/waves/:wave/indicators', route(async (request: DirectusRequest, response) => {
    assertReader(request);
    const query = parseInput(indicatorQuery, request.query, 'query');
    const wave = await resolveWave(context.database, String(request.params['wave']));
    const figures = await waveFigures(context.database, wave);
    const allowed = new Set([...figures.data.knownCodes, ...ESTABLISHMENT_VARIABLES]);
    const by = parseByParameter(query.by, allowed, {
      multiple: figures.data.multipleCodes,
      domainQuestions: figures.data.choiceCodes,
      disclosure: query.disclosure === 'on',
    });
    if (!by.ok) throw new BadRequestError({ reason: `Paramètre by refusé : ${by.message}` });
    if (query.disclosure === 'off') await authoriseUnprotectedData(context, request, wave);
    const results = indicatorResults(figures, { by: [...by.by], disclosure: query.disclosure === 'on', today: today() });
    response.json({ data: { wave: wave.code, source: figures.source, disclosure: query.disclosure, results } });
  }));

  // The check shown before a wave is published: every suppressed cell's interval as a reader derives it.
  router.get('/waves/:wave/disclosure-audit', route(async (request: DirectusRequest, response) => {
    assertReader(request);
    parseInput(plainQuery, request.query, 'query');
    const wave = await resolveWave(context.database, String(request.params['wave']));
    const audit = disclosureAudit(await waveFigures(context.database, wave), today());
    response.json({ data: { wave: wave.code, holds: audit.every((entry) => entry.holds), indicators: audit } });
  }));

  router.get('/waves/:wave/score', route(async (request: DirectusRequest, response) => {
    assertReader(request);
    parseInput(plainQuery, request.query, 'query');
    const wave = await resolveWave(context.database, String(request.params['wave']));
    const figures = await waveFigures(context.database, wave);
    response.json({ data: { wave: wave.code, source: figures.source, ...waveScore(figures) } });
  }));

  router.get('/indicators/:code/trend', route(async (request: DirectusRequest, response) => {
    assertReader(request);
    parseInput(plainQuery, request.query, 'query');
    const code = parseInput(z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/), request.params['code'], 'code');
    const trend = await indicatorTrend(context.database, code, today());
    response.json({
      data: {
        indicator: trend.indicator.code,
        type: trend.indicator.type,
        method: 'Écart entre deux estimations indépendantes (échantillons indépendants), IC à 95 %.',
        points: trend.points.map((point) => ({ ...point, label: trend.waves.find((wave) => wave.code === point.wave)?.label ?? point.wave })),
      },
    });
  }));
}
