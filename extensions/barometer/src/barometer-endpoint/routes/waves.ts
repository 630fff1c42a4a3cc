// Waves: creation, lifecycle actions, sample frame and interview imports, coverage (docs/api.md, Waves).
import { ForbiddenError } from '@directus/errors';
import type { Router } from 'express';
import { z } from 'zod';
import { bookkeepingFor, itemsFor, type BarometerContext, type DirectusRequest } from '../../shared/context.ts';
import { readCsvTable } from '../../shared/csv-body.ts';
import { ConflictError, ValidationError, type Problem } from '../../shared/errors.ts';
import { idParameter, parseInput, route } from '../../shared/http.ts';
import { prepareInterviews } from '../../shared/interview-import.ts';
import { finalReportAfterPublish } from '../../shared/report-service.ts';
import { roleOf } from '../../shared/roles.ts';
import { resolveWave, type WaveRecord } from '../../shared/wave-data.ts';
import { transitionWave, type WaveAction } from '../../shared/wave-transitions.ts';
import { waveCoverage } from '../../shared/coverage.ts';

const IN_LIST_CHUNK = 1_000;

const code = z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/, 'lettres, chiffres, - et _ (32 au plus)');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date AAAA-MM-JJ');

export const newWave = z.object({
  code,
  label: z.string().trim().min(1).max(200),
  kind: z.enum(['baseline', 'wave']).default('wave'),
  reference_date: isoDate,
  sampling_rate: z.number().gt(0).lte(1).default(0.25),
  instrument_versions: z.array(idParameter).max(20).default([]),
}).strict();

export const transitionBody = z.object({
  reason: z.string().max(2000).optional(),
  exclude_unreviewed: z.boolean().optional(),
}).strict();

const ESTABLISHMENT_TYPE = /^[a-z][a-z0-9_]{0,39}$/;

function assertCoordinator(request: DirectusRequest): void {
  const role = roleOf(request.accountability);
  if (role !== 'coordinator' && role !== 'admin') throw new ForbiddenError();
}

function assertNotClosed(wave: WaveRecord): void {
  if (wave.status === 'locked' || wave.status === 'published') {
    throw new ConflictError({ reason: `La vague ${wave.code} est ${wave.status === 'locked' ? 'verrouillée' : 'publiée'} : sa base de sondage ne peut plus changer.` });
  }
}

export function waveRoutes(router: Router, context: BarometerContext): void {
  router.post('/waves', route(async (request: DirectusRequest, response) => {
    const body = parseInput(newWave, request.body, 'body');
    const waves = await itemsFor(context, request)('waves');
    const id = await waves.createOne({
      ...body,
      status: 'planned',
      instrument_versions: body.instrument_versions.map((version) => ({ instrument_versions_id: version })),
    });
    response.json({ data: await waves.readOne(id, { fields: ['id', 'code', 'label', 'kind', 'status', 'reference_date', 'sampling_rate'] }) });
  }));

  for (const action of ['open', 'lock', 'unlock', 'publish'] satisfies WaveAction[]) {
    router.post(`/waves/:wave/${action}`, route(async (request: DirectusRequest, response) => {
    const wave = await resolveWave(context.database, String(request.params['wave']));
    const body = parseInput(transitionBody, request.body ?? {}, 'body');
    const result = await transitionWave(
      context.database,
      (knex, collection) => (collection === 'waves' ? itemsFor : bookkeepingFor)(context, request, knex)(collection),
      wave,
      { action, reason: body.reason, excludeUnreviewed: body.exclude_unreviewed },
      request.accountability ?? null,
      new Date(),
    );
    // Publishing files the final report, after the transition committed; a failed build does not
    // fail the publication (see finalReportAfterPublish) and answers `report: null`.
    const report = action === 'publish' ? { report: await finalReportAfterPublish(context, wave.id, request.accountability ?? null) } : {};
    response.json({ data: { wave: wave.code, ...result, ...report } });
    }));
  }

  router.post('/waves/:wave/frame', route(async (request: DirectusRequest, response) => {
    assertCoordinator(request);
    const wave = await resolveWave(context.database, String(request.params['wave']));
    assertNotClosed(wave);
    const table = await readCsvTable(request);
    const problems: Problem[] = [];
    for (const column of ['establishment_code', 'population']) {
      if (!table.header.includes(column)) problems.push({ row: 1, column, message: `Colonne obligatoire « ${column} » absente.` });
    }
    const known = new Map((await context.database('establishments').select('id', 'code')).map((row: { id: number; code: string }) => [row.code, row.id]));
    const seen = new Set<string>();
    const rows = problems.length > 0 ? [] : table.rows.flatMap(({ line, cells }) => {
      const establishment = cells['establishment_code'] ?? '';
      const population = cells['population'] ?? '';
      const type = cells['establishment_type'] ?? '';
      const before = problems.length;
      if (!code.safeParse(establishment).success) problems.push({ row: line, column: 'establishment_code', message: 'Code d’établissement manquant ou invalide.' });
      else if (seen.has(establishment)) problems.push({ row: line, column: 'establishment_code', message: `${establishment} apparaît deux fois.` });
      seen.add(establishment);
      if (!/^\d+$/.test(population) || Number(population) > 100_000) problems.push({ row: line, column: 'population', message: `« ${population} » n’est pas un effectif (entier positif).` });
      if (type && !ESTABLISHMENT_TYPE.test(type)) problems.push({ row: line, column: 'establishment_type', message: `Type « ${type} » invalide (minuscules, chiffres et _).` });
      if (!known.has(establishment) && !type && problems.length === before) {
        problems.push({ row: line, column: 'establishment_type', message: `L’établissement ${establishment} est nouveau : indiquez son type.` });
      }
      return problems.length === before ? [{ establishment, population: Number(population), type: type || null, region: cells['region'] || null }] : [];
    });
    if (problems.length > 0) throw new ValidationError({ summary: 'Base de sondage refusée', problems });

    const result = await context.database.transaction(async (transaction) => {
      const services = itemsFor(context, request, transaction);
      const establishments = await services('establishments');
      const missing = rows.filter((row) => !known.has(row.establishment));
      const createdIds = missing.length
        ? await establishments.createMany(missing.map((row) => ({ code: row.establishment, name: row.establishment, type: row.type, region: row.region })))
        : [];
      missing.forEach((row, index) => known.set(row.establishment, Number(createdIds[index])));
      const frames = await services('population_frames');
      const current = await frames.readByQuery({ filter: { wave: { _eq: wave.id } }, fields: ['id', 'establishment'], limit: -1 });
      const byEstablishment = new Map(current.map((row) => [Number(row['establishment']), Number(row['id'])]));
      const wanted = new Set<number>();
      for (const row of rows) {
        const establishment = known.get(row.establishment) ?? 0;
        wanted.add(establishment);
        const existing = byEstablishment.get(establishment);
        if (existing) await frames.updateOne(existing, { population: row.population });
        else await frames.createOne({ wave: wave.id, establishment, population: row.population });
      }
      const removed = [...byEstablishment].filter(([establishment]) => !wanted.has(establishment)).map(([, id]) => id);
      if (removed.length > 0) await frames.deleteMany(removed);
      return { created: rows.length, establishments_created: missing.length, removed: removed.length };
    });
    response.json({ data: result });
  }));

  router.post('/waves/:wave/interviews/import', route(async (request: DirectusRequest, response) => {
    assertCoordinator(request);
    const wave = await resolveWave(context.database, String(request.params['wave']));
    if (wave.status !== 'open') {
      throw new ConflictError({ reason: `La vague ${wave.code} n’est pas ouverte : aucun entretien ne peut y être importé.` });
    }
    const table = await readCsvTable(request);
    const today = new Date().toISOString().slice(0, 10);
    const { problems, interviews } = await prepareInterviews(context.database, wave, table, today);
    if (problems.length > 0) throw new ValidationError({ summary: 'Import refusé : aucun entretien n’a été enregistré', problems });
    const created = await context.database.transaction(async (transaction) => {
      const services = itemsFor(context, request, transaction);
      const participants = await services('participants');
      const codes = [...new Set(interviews.map((interview) => interview.participantCode))];
      // One bound parameter a code: chunked, as SQLite refuses more than 32,766 in one statement.
      const existing: Array<{ id: number; code: string }> = [];
      for (let start = 0; start < codes.length; start += IN_LIST_CHUNK) {
        existing.push(...await transaction('participants').whereIn('code', codes.slice(start, start + IN_LIST_CHUNK)).select('id', 'code'));
      }
      const participantIds = new Map(existing.map((row) => [row.code, row.id]));
      const missing = codes.filter((participant) => !participantIds.has(participant));
      const newIds = missing.length ? await participants.createMany(missing.map((participant) => ({ code: participant }))) : [];
      missing.forEach((participant, index) => participantIds.set(participant, Number(newIds[index])));
      const ids = await (await services('interviews')).createMany(
        interviews.map(({ state: { review_comment: _comment, ...state }, ...interview }) => ({
          ...state,
          code: interview.code,
          participant: participantIds.get(interview.participantCode),
          interview_date: interview.interviewDate,
          duration_minutes: interview.durationMinutes,
        })),
        // Every row was just checked with the same rules as the item hooks.
        { emitEvents: false },
      );
      for (const [index, interview] of interviews.entries()) {
        if (interview.enumerator) await transaction('interviews').where('id', ids[index]).update({ user_created: interview.enumerator });
      }
      return ids.length;
    });
    response.json({ data: { created } });
  }));

  router.get('/waves/:wave/coverage', route(async (request: DirectusRequest, response) => {
    const wave = await resolveWave(context.database, String(request.params['wave']));
    await (await itemsFor(context, request)('population_frames')).readByQuery({ filter: { wave: { _eq: wave.id } }, limit: 1, fields: ['id'] });
    response.json({ data: await waveCoverage(context.database, wave) });
  }));
}
