// Waves: creation, lifecycle actions, sample frame and interview imports, coverage (docs/api.md, Waves).
import { ForbiddenError } from '@directus/errors';
import type { Router } from 'express';
import type { Knex } from 'knex';
import { z } from 'zod';
import { DEFAULT_SAMPLING_RATE, isClosed, WAVE_ACTIONS, WAVE_KINDS } from '../../../../../core/waves/index.ts';
import { bookkeepingFor, itemsFor, type BarometerContext, type DirectusRequest } from '../../server/http/context.ts';
import { readCsvTable } from '../../server/http/csv-body.ts';
import { ConflictError, ValidationError, type Problem } from '../../server/http/errors.ts';
import { idParameter, parseInput, route } from '../../server/http/http.ts';
import { chunks } from '../../server/db/batches.ts';
import { insertAudited } from '../../server/db/bulk-insert.ts';
import { stampReview } from '../../server/rules/interview-hooks.ts';
import { prepareInterviews, type PreparedInterview } from '../../server/fieldwork/interview-import.ts';
import { finalReportsAfterPublish, prerenderReport } from '../../server/report/report-service.ts';
import { roleOf } from '../../shared/roles.ts';
import { resolveWave, type WaveRecord } from '../../server/db/wave-data.ts';
import { transitionWave } from '../../server/rules/wave-transitions.ts';
import { waveCoverage } from '../../server/figures/coverage.ts';

const code = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/, 'lettres, chiffres, - et _ (32 au plus)');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date AAAA-MM-JJ');

export const newWave = z
  .object({
    code,
    label: z.string().trim().min(1).max(200),
    kind: z.enum(WAVE_KINDS).default('wave'),
    reference_date: isoDate,
    sampling_rate: z.number().gt(0).lte(1).default(DEFAULT_SAMPLING_RATE),
    instrument_versions: z.array(idParameter).max(20).default([]),
  })
  .strict();

export const transitionBody = z
  .object({
    reason: z.string().max(2000).optional(),
    exclude_unreviewed: z.boolean().optional(),
  })
  .strict();

const ESTABLISHMENT_TYPE = /^[a-z][a-z0-9_]{0,39}$/;

function assertCoordinator(request: DirectusRequest): void {
  const role = roleOf(request.accountability);
  if (role !== 'coordinator' && role !== 'admin') throw new ForbiddenError();
}

function assertNotClosed(wave: WaveRecord): void {
  if (isClosed(wave.status)) {
    throw new ConflictError({
      reason: `La vague ${wave.code} est ${wave.status === 'locked' ? 'verrouillée' : 'publiée'} : sa base de sondage ne peut plus changer.`,
    });
  }
}

/**
 * A new frame replaces the wave's: an establishment left out loses its frame row, so one that holds
 * interviews would leave them outside the design (every reader of the wave then fails). Refused with
 * the establishments concerned (409), as is a population below the interviews already held (422).
 */
async function assertFrameKeepsInterviews(
  database: Knex,
  wave: WaveRecord,
  rows: ReadonlyArray<{ line: number; establishment: string; population: number }>,
): Promise<void> {
  const held: Array<{ code: string; n: number | string }> = await database('interviews as i')
    .join('establishments as e', 'e.id', 'i.establishment')
    .where('i.wave', wave.id)
    .whereNull('i.followup')
    .groupBy('e.code')
    .select('e.code')
    .count('* as n');
  const byCode = new Map(held.map((row) => [row.code, Number(row.n)]));
  const listed = new Set(rows.map((row) => row.establishment));
  const orphaned = [...byCode].filter(([establishment]) => !listed.has(establishment));
  if (orphaned.length > 0) {
    throw new ConflictError({
      reason:
        `Base de sondage refusée : ${orphaned.map(([establishment, n]) => `${establishment} (${n} entretien${n > 1 ? 's' : ''})`).join(', ')} ` +
        `n’y figure${orphaned.length > 1 ? 'nt' : ''} plus mais a des entretiens dans la vague ${wave.code}. Gardez-le dans le fichier ou supprimez d’abord ses entretiens.`,
    });
  }
  const problems: Problem[] = rows.flatMap(({ line, establishment, population }) => {
    const n = byCode.get(establishment) ?? 0;
    return n > population
      ? [
          {
            row: line,
            column: 'population',
            message: `${establishment} a déjà ${n} entretiens dans la vague ${wave.code} : l’effectif ne peut pas être inférieur.`,
          },
        ]
      : [];
  });
  if (problems.length > 0) throw new ValidationError({ summary: 'Base de sondage refusée', problems });
}

export function waveRoutes(router: Router, context: BarometerContext): void {
  router.post(
    '/waves',
    route(async (request: DirectusRequest, response) => {
      const body = parseInput(newWave, request.body, 'body');
      const waves = await itemsFor(context, request)('waves');
      const id = await waves.createOne({
        ...body,
        status: 'planned',
        instrument_versions: body.instrument_versions.map((version) => ({ instrument_versions_id: version })),
      });
      response.json({
        data: await waves.readOne(id, {
          fields: ['id', 'code', 'label', 'kind', 'status', 'reference_date', 'sampling_rate'],
        }),
      });
    }),
  );

  for (const action of WAVE_ACTIONS) {
    router.post(
      `/waves/:wave/${action}`,
      route(async (request: DirectusRequest, response) => {
        const wave = await resolveWave(context.database, String(request.params['wave']));
        const body = parseInput(transitionBody, request.body ?? {}, 'body');
        const result = await transitionWave(
          context.database,
          (knex, collection) =>
            (collection === 'waves' ? itemsFor : bookkeepingFor)(context, request, knex)(collection),
          wave,
          { action, reason: body.reason, excludeUnreviewed: body.exclude_unreviewed },
          request.accountability ?? null,
          new Date(),
        );
        // Publishing files the final reports (French, then Arabic), after the transition committed; a
        // failed build does not fail the publication (see finalReportsAfterPublish) and answers null.
        const report =
          action === 'publish' ? await finalReportsAfterPublish(context, wave.id, request.accountability ?? null) : {};
        if (action === 'lock') prerenderReport(context, wave.id);
        response.json({ data: { wave: wave.code, ...result, ...report } });
      }),
    );
  }

  router.post(
    '/waves/:wave/frame',
    route(async (request: DirectusRequest, response) => {
      assertCoordinator(request);
      const wave = await resolveWave(context.database, String(request.params['wave']));
      assertNotClosed(wave);
      const table = await readCsvTable(request);
      const problems: Problem[] = [];
      for (const column of ['establishment_code', 'population']) {
        if (!table.header.includes(column))
          problems.push({ row: 1, column, message: `Colonne obligatoire « ${column} » absente.` });
      }
      const known = new Map(
        (await context.database('establishments').select('id', 'code')).map((row: { id: number; code: string }) => [
          row.code,
          row.id,
        ]),
      );
      const seen = new Set<string>();
      const rows =
        problems.length > 0
          ? []
          : table.rows.flatMap(({ line, cells }) => {
              const establishment = cells['establishment_code'] ?? '';
              const population = cells['population'] ?? '';
              const type = cells['establishment_type'] ?? '';
              const before = problems.length;
              if (!code.safeParse(establishment).success)
                problems.push({
                  row: line,
                  column: 'establishment_code',
                  message: 'Code d’établissement manquant ou invalide.',
                });
              else if (seen.has(establishment))
                problems.push({
                  row: line,
                  column: 'establishment_code',
                  message: `${establishment} apparaît deux fois.`,
                });
              seen.add(establishment);
              if (!/^\d+$/.test(population) || Number(population) > 100_000)
                problems.push({
                  row: line,
                  column: 'population',
                  message: `« ${population} » n’est pas un effectif (entier positif).`,
                });
              if (type && !ESTABLISHMENT_TYPE.test(type))
                problems.push({
                  row: line,
                  column: 'establishment_type',
                  message: `Type « ${type} » invalide (minuscules, chiffres et _).`,
                });
              if (!known.has(establishment) && !type && problems.length === before) {
                problems.push({
                  row: line,
                  column: 'establishment_type',
                  message: `L’établissement ${establishment} est nouveau : indiquez son type.`,
                });
              }
              return problems.length === before
                ? [
                    {
                      line,
                      establishment,
                      population: Number(population),
                      type: type || null,
                      region: cells['region'] || null,
                    },
                  ]
                : [];
            });
      if (problems.length > 0) throw new ValidationError({ summary: 'Base de sondage refusée', problems });
      await assertFrameKeepsInterviews(context.database, wave, rows);

      const result = await context.database.transaction(async (transaction) => {
        const services = itemsFor(context, request, transaction);
        const establishments = await services('establishments');
        const missing = rows.filter((row) => !known.has(row.establishment));
        const createdIds = missing.length
          ? await establishments.createMany(
              missing.map((row) => ({
                code: row.establishment,
                name: row.establishment,
                type: row.type,
                region: row.region,
              })),
            )
          : [];
        missing.forEach((row, index) => known.set(row.establishment, Number(createdIds[index])));
        const frames = await services('population_frames');
        const current = await frames.readByQuery({
          filter: { wave: { _eq: wave.id } },
          fields: ['id', 'establishment'],
          limit: -1,
        });
        const byEstablishment = new Map(current.map((row) => [Number(row['establishment']), Number(row['id'])]));
        const wanted = new Set<number>();
        for (const row of rows) {
          const establishment = known.get(row.establishment) ?? 0;
          wanted.add(establishment);
          const existing = byEstablishment.get(establishment);
          if (existing) await frames.updateOne(existing, { population: row.population });
          else await frames.createOne({ wave: wave.id, establishment, population: row.population });
        }
        const removed = [...byEstablishment]
          .filter(([establishment]) => !wanted.has(establishment))
          .map(([, id]) => id);
        if (removed.length > 0) await frames.deleteMany(removed);
        return { created: rows.length, establishments_created: missing.length, removed: removed.length };
      });
      response.json({ data: result });
    }),
  );

  router.post(
    '/waves/:wave/interviews/import',
    route(async (request: DirectusRequest, response) => {
      assertCoordinator(request);
      const wave = await resolveWave(context.database, String(request.params['wave']));
      if (wave.status !== 'open') {
        throw new ConflictError({
          reason: `La vague ${wave.code} n’est pas ouverte : aucun entretien ne peut y être importé.`,
        });
      }
      const table = await readCsvTable(request);
      const today = new Date().toISOString().slice(0, 10);
      const importer = { role: roleOf(request.accountability), user: request.accountability?.user ?? null };
      const { problems, interviews } = await prepareInterviews(context.database, wave, table, today, importer);
      if (problems.length > 0)
        throw new ValidationError({ summary: 'Import refusé : aucun entretien n’a été enregistré', problems });
      const accountability = request.accountability ?? null;
      const schema = request.schema ?? (await context.getSchema());
      const created = await context.database.transaction(async (transaction) => {
        const services = itemsFor(context, request, transaction);
        const bulk = async (collection: string, rows: Array<Record<string, unknown>>) =>
          insertAudited({
            transaction,
            collection,
            key: 'code',
            rows,
            accountability,
            schema,
            items: await services(collection),
            payloads: new context.PayloadService(collection, { schema, accountability, knex: transaction }),
          });
        const codes = [...new Set(interviews.map((interview) => interview.participantCode))];
        const participantIds = new Map<string, number>();
        for (const part of chunks(codes)) {
          const rows: Array<{ id: number; code: string }> = await transaction('participants')
            .whereIn('code', part)
            .select('id', 'code');
          for (const row of rows) participantIds.set(row.code, row.id);
        }
        const missing = codes.filter((participant) => !participantIds.has(participant));
        for (const [participant, id] of await bulk(
          'participants',
          missing.map((participant) => ({ code: participant })),
        ))
          participantIds.set(participant, id);
        const ids = await bulk(
          'interviews',
          interviews.map(({ state: { review_comment: _comment, ...state }, ...interview }) => ({
            ...state,
            code: interview.code,
            participant: participantIds.get(interview.participantCode),
            interview_date: interview.interviewDate,
            duration_minutes: interview.durationMinutes,
          })),
        );
        // Every row was checked by prepareInterviews with the item hooks' own rules (checkInterview); what
        // the hooks do after a create is done here for all rows at once: the review stamp of an interview
        // imported validated or rejected, and the enumerator named by the file as its author.
        const idsOf = (rows: PreparedInterview[]) => rows.map((interview) => ids.get(interview.code) ?? 0);
        for (const status of ['validated', 'rejected'] as const) {
          for (const part of chunks(idsOf(interviews.filter((interview) => interview.state.status === status)))) {
            await stampReview(transaction, part, { status }, accountability);
          }
        }
        const byEnumerator = Map.groupBy(
          interviews.filter((interview) => interview.enumerator),
          (interview) => interview.enumerator ?? '',
        );
        for (const [enumerator, rows] of byEnumerator) {
          for (const part of chunks(idsOf(rows)))
            await transaction('interviews').whereIn('id', part).update({ user_created: enumerator });
        }
        return ids.size;
      });
      response.json({ data: { created } });
    }),
  );

  router.get(
    '/waves/:wave/coverage',
    route(async (request: DirectusRequest, response) => {
      const wave = await resolveWave(context.database, String(request.params['wave']));
      await (
        await itemsFor(context, request)('population_frames')
      ).readByQuery({ filter: { wave: { _eq: wave.id } }, limit: 1, fields: ['id'] });
      response.json({ data: await waveCoverage(context.database, wave) });
    }),
  );
}
