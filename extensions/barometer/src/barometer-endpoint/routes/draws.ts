// The draw of the minors to interview (issue 9, part 1): a seeded, replayable selection per
// establishment from the list present on the reference date (core/draw), recorded in sample_draws;
// and each field worker's view of the latest draws.
import { ForbiddenError } from '@directus/errors';
import type { Accountability } from '@directus/types';
import type { Router } from 'express';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { isClosed } from '../../../../../core/waves/index.ts';
import { drawSample, seedSchema, type Draw } from '../../../../../core/draw/index.ts';
import { itemsFor, type BarometerContext, type DirectusRequest } from '../../server/http/context.ts';
import { readCsvTable } from '../../server/http/csv-body.ts';
import { codeList, isoTimestamp } from '../../server/db/db-values.ts';
import { knownParticipants, latestDrawIds, listsFromCsv, panelOf } from '../../server/fieldwork/draw-list.ts';
import { ConflictError, ValidationError } from '../../server/http/errors.ts';
import { parseInput, route } from '../../server/http/http.ts';
import { DRAW_READERS, DRAW_RUNNERS, roleOf } from '../../shared/roles.ts';
import { resolveWave } from '../../server/db/wave-data.ts';

export const drawQuery = z.object({ seed: seedSchema.optional() });

/**
 * The caller's identity with admin rights, for sample_draws only: no role may create a draw through
 * /items (a row typed by hand would look like a draw nobody made), so this route, having checked the
 * role, writes it; `user_created` and the activity log still name the coordinator.
 */
function asDrawRecorder(accountability: Accountability | null | undefined): Accountability | null {
  return accountability ? { ...accountability, admin: true } : null;
}

export function drawRoutes(router: Router, context: BarometerContext): void {
  router.post(
    '/waves/:wave/draws',
    route(async (request: DirectusRequest, response) => {
      if (!DRAW_RUNNERS.has(roleOf(request.accountability))) throw new ForbiddenError();
      const wave = await resolveWave(context.database, String(request.params['wave']));
      if (isClosed(wave.status)) {
        throw new ConflictError({
          reason: `La vague ${wave.code} est ${wave.status === 'locked' ? 'verrouillée' : 'publiée'} : son échantillon ne peut plus être tiré.`,
        });
      }
      // A seed the caller did not choose is still returned and recorded, so every draw can be replayed.
      const seed = parseInput(drawQuery, request.query, 'query').seed ?? randomBytes(16).toString('hex');
      const frameRows: Array<{ id: number; code: string }> = await context
        .database('population_frames as f')
        .join('establishments as e', 'e.id', 'f.establishment')
        .where('f.wave', wave.id)
        .select('e.id', 'e.code');
      const frame = new Map(frameRows.map((row) => [row.code, Number(row.id)]));
      const { problems, lists } = listsFromCsv(await readCsvTable(request), frame, wave.code);
      if (problems.length > 0)
        throw new ValidationError({ summary: 'Liste refusée : aucun tirage n’a été enregistré', problems });

      const everyone = lists.flatMap((list) => list.codes);
      const panel = await panelOf(context.database, wave, everyone);
      const draws = lists.map((list) => {
        const result = drawSample({
          codes: list.codes,
          rate: wave.sampling_rate,
          panel: [...panel],
          seed,
          stratum: list.code,
        });
        if (!result.ok)
          throw new ValidationError({
            summary: `Tirage impossible pour ${list.code}`,
            problems: result.problems.map((message) => ({ message })),
          });
        return { list, draw: result.draw };
      });

      await context.database.transaction(async (transaction) => {
        const known = await knownParticipants(transaction, everyone);
        const missing = everyone.filter((code) => !known.has(code));
        if (missing.length > 0)
          await (
            await itemsFor(context, request, transaction)('participants')
          ).createMany(missing.map((code) => ({ code })));
        const schema = request.schema ?? (await context.getSchema());
        const recorder = new context.ItemsService('sample_draws', {
          schema,
          accountability: asDrawRecorder(request.accountability),
          knex: transaction,
        });
        await recorder.createMany(
          draws.map(({ list, draw }) => ({
            wave: wave.id,
            establishment: list.id,
            seed,
            list_sha256: draw.listSha256,
            selected: draw.selected,
            replacements: draw.replacements,
          })),
        );
      });
      response.json({ data: { seed, draws: draws.map(({ list, draw }) => drawAnswer(list.code, draw)) } });
    }),
  );

  router.get(
    '/waves/:wave/draws',
    route(async (request: DirectusRequest, response) => {
      const role = roleOf(request.accountability);
      if (!DRAW_READERS.has(role)) throw new ForbiddenError();
      const wave = await resolveWave(context.database, String(request.params['wave']));
      const query = context
        .database('sample_draws as d')
        .join('establishments as e', 'e.id', 'd.establishment')
        .whereIn('d.id', latestDrawIds(context.database, [wave.id]))
        .orderBy('e.code')
        .select('e.code as establishment', 'd.seed', 'd.list_sha256', 'd.selected', 'd.replacements', 'd.date_created');
      // Read with knex and this filter rather than through the items service: the Enumerator row of
      // docs/api.md (Roles) grants only its own interviews and published instruments, so it has no read permission on
      // sample_draws; the filter gives it the lists of the establishments it is assigned to in this wave.
      if (role === 'enumerator') {
        query.whereIn(
          'd.establishment',
          context
            .database('assignments')
            .where({ wave: wave.id, user: request.accountability?.user ?? null })
            .select('establishment'),
        );
      }
      const rows: Array<Record<string, unknown>> = await query;
      response.json({
        data: {
          wave: wave.code,
          draws: rows.map((row) => ({
            establishment: String(row['establishment']),
            seed: String(row['seed']),
            list_sha256: String(row['list_sha256']),
            selected: codeList(row['selected']),
            replacements: codeList(row['replacements']),
            date_created: isoTimestamp(row['date_created']),
          })),
        },
      });
    }),
  );
}

function drawAnswer(establishment: string, draw: Draw) {
  return {
    establishment,
    target: draw.target,
    selected: draw.selected,
    replacements: draw.replacements,
    list_sha256: draw.listSha256,
  };
}
