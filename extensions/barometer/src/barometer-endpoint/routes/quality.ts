// Data quality and panel attrition of a wave, for those who check the fieldwork (issue 4, items 6 and
// 7): a coordinator sees the whole wave, a supervisor the establishments assigned to it in that wave.
// Analysts are refused: the answers name enumerators and participants.
import { ForbiddenError } from '@directus/errors';
import type { Router } from 'express';
import { z } from 'zod';
import { isClosed } from '../../../../../core/waves/index.ts';
import type { BarometerContext, DirectusRequest } from '../../server/http/context.ts';
import { parseInput, route } from '../../server/http/http.ts';
import { panelAttritionOf } from '../../server/report/report-methodology.ts';
import { reportDate, waveDetails } from '../../server/report/report-model.ts';
import { previousWave } from '../../server/db/wave-order.ts';
import { QUALITY_CHECKERS, roleOf, type RoleKey } from '../../shared/roles.ts';
import { resolveWave, type WaveRecord } from '../../server/db/wave-data.ts';
import { waveQuality } from '../../server/figures/wave-quality.ts';

/** Directus reads `access_token` from the query string too: it may accompany any GET. */
const withToken = { access_token: z.string().optional() };
export const qualityQuery = z.object(withToken).strict();
export const attritionQuery = z.object({ as_of: z.iso.date().optional(), ...withToken }).strict();

const today = () => new Date().toISOString().slice(0, 10);

function assertChecker(request: DirectusRequest): RoleKey {
  const role = roleOf(request.accountability);
  if (!QUALITY_CHECKERS.has(role)) throw new ForbiddenError();
  return role;
}

/** The establishments a supervisor is assigned to in the wave; null for those who see every one. */
async function scopeOf(
  context: BarometerContext,
  request: DirectusRequest,
  role: RoleKey,
  wave: WaveRecord,
): Promise<ReadonlySet<number> | null> {
  if (role !== 'supervisor') return null;
  const rows: Array<{ establishment: number }> = await context
    .database('assignments')
    .where({ wave: wave.id, user: request.accountability?.user ?? null })
    .select('establishment');
  return new Set(rows.map((row) => Number(row.establishment)));
}

/** A closed wave is followed up to its lock, as its report; a wave in the field up to today. */
async function defaultAsOf(context: BarometerContext, wave: WaveRecord): Promise<string> {
  if (!isClosed(wave.status)) return today();
  return reportDate(wave, await waveDetails(context.database, wave)).slice(0, 10);
}

export function qualityRoutes(router: Router, context: BarometerContext): void {
  router.get(
    '/waves/:wave/quality',
    route(async (request: DirectusRequest, response) => {
      const role = assertChecker(request);
      parseInput(qualityQuery, request.query, 'query');
      const wave = await resolveWave(context.database, String(request.params['wave']));
      const scope = await scopeOf(context, request, role, wave);
      response.json({ data: await waveQuality(context.database, wave, scope, today()) });
    }),
  );

  router.get(
    '/waves/:wave/attrition',
    route(async (request: DirectusRequest, response) => {
      const role = assertChecker(request);
      const query = parseInput(attritionQuery, request.query, 'query');
      const wave = await resolveWave(context.database, String(request.params['wave']));
      const scope = await scopeOf(context, request, role, wave);
      const asOf = query.as_of ?? (await defaultAsOf(context, wave));
      const previous = await previousWave(context.database, wave);
      const attrition = previous
        ? await panelAttritionOf(context.database, wave, previous, asOf, scope ?? undefined)
        : undefined;
      response.json({
        data: {
          wave: wave.code,
          previous_wave: previous?.code ?? null,
          as_of: asOf,
          previous_respondents: attrition?.previousRespondents ?? 0,
          reinterviewed: attrition?.reinterviewed ?? 0,
          counts: attrition?.counts ?? { released: 0, transferred: 0, lost: 0, detained: 0 },
          participants: (attrition?.participants ?? []).map((entry) => ({
            participant: entry.participant,
            establishment: entry.establishment,
            reason: entry.reason,
            status_date: entry.statusDate,
          })),
        },
      });
    }),
  );
}
