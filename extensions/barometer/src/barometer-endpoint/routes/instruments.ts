// Questionnaire versions: publish, new draft, diff and impact (docs/api.md, Instruments).
import type { Router } from 'express';
import { z } from 'zod';
import { diffVersions, impactedIndicators } from '../../../../../core/questionnaire/index.ts';
import {
  MAX_FILE_BYTES,
  parseStoredVersionExtras,
  readXlsForm,
  writeXlsForm,
} from '../../../../../core/xlsform/index.ts';
import { itemsFor, type BarometerContext, type DirectusRequest } from '../../server/http/context.ts';
import { writeDraftVersion } from '../../server/fieldwork/copy-version.ts';
import { NotFoundError, ValidationError } from '../../server/http/errors.ts';
import { idParameter, parseInput, route } from '../../server/http/http.ts';
import { readUploadedFile } from '../../server/http/multipart.ts';
import { findVersion, loadQuestionnaire, type VersionRow } from '../../server/db/version-store.ts';

export const diffQuery = z.object({ against: idParameter.optional() }).strict();

/** The version's row, once the caller's rights to read it are checked (404 when unknown, 403 when not readable). */
async function readableVersion(context: BarometerContext, request: DirectusRequest, id: number): Promise<VersionRow> {
  const version = await findVersion(context.database, id);
  if (!version) throw new NotFoundError({ reason: `Version d’instrument ${id} introuvable.` });
  await (await itemsFor(context, request)('instrument_versions')).readOne(id, { fields: ['id'] });
  return version;
}

async function previousVersion(context: BarometerContext, version: VersionRow): Promise<VersionRow | undefined> {
  const row: { id: number } | undefined = await context
    .database('instrument_versions')
    .where('instrument', version.instrument)
    .where('version', '<', version.version)
    .orderBy('version', 'desc')
    .first('id');
  return row ? findVersion(context.database, row.id) : undefined;
}

export function instrumentRoutes(router: Router, context: BarometerContext): void {
  router.post(
    '/instruments/import',
    route(async (request: DirectusRequest, response) => {
      const upload = await readUploadedFile(request, { field: 'file', maxBytes: MAX_FILE_BYTES });
      const read = await readXlsForm(upload.bytes, { fileName: upload.filename });
      if (!read.ok) {
        throw new ValidationError({
          summary: `Le classeur XLSForm « ${upload.filename} » est refusé`,
          problems: read.problems.map((problem) => ({ ...problem })),
        });
      }
      const { form, warnings } = read;
      const created = await context.database.transaction(async (transaction) => {
        const services = itemsFor(context, request, transaction);
        const instruments = await services('instruments');
        const [existing] = await instruments.readByQuery({
          filter: { code: { _eq: form.formId } },
          fields: ['id'],
          limit: 1,
        });
        const instrument = existing
          ? Number(existing['id'])
          : Number(
              await instruments.createOne({ code: form.formId, title: form.title, title_ar: form.titleAr ?? null }),
            );
        const latest = await transaction('instrument_versions')
          .where('instrument', instrument)
          .max({ max: 'version' })
          .first();
        const version = await writeDraftVersion(
          services,
          {
            instrument,
            version: Number(latest?.['max'] ?? 0) + 1,
            notes: `Importée depuis le classeur XLSForm « ${upload.filename} »${form.version ? ` (version ${form.version})` : ''}.`,
            xlsform: {
              ...(form.settings === undefined ? {} : { settings: form.settings }),
              ...(form.keptRows === undefined ? {} : { keptRows: form.keptRows }),
            },
          },
          form.questionnaire,
        );
        return { instrument, version: version.id, questions: version.questions };
      });
      response.json({ data: { ...created, warnings } });
    }),
  );

  router.get(
    '/instrument-versions/:id/xlsform',
    route(async (request: DirectusRequest, response) => {
      const id = parseInput(idParameter, request.params['id'], 'id');
      const version = await readableVersion(context, request, id);
      const instrument: { title_ar: string | null } | undefined = await context
        .database('instruments')
        .where('id', version.instrument)
        .first('title_ar');
      const workbook = await writeXlsForm({
        formId: version.instrument_code,
        title: version.instrument_title,
        ...(instrument?.title_ar ? { titleAr: instrument.title_ar } : {}),
        version: String(version.version),
        questionnaire: await loadQuestionnaire(context.database, version),
        ...parseStoredVersionExtras(version.xlsform),
      });
      response
        .status(200)
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .attachment(`${version.instrument_code}-v${version.version}.xlsx`)
        .send(workbook);
    }),
  );

  router.post(
    '/instrument-versions/:id/publish',
    route(async (request: DirectusRequest, response) => {
      const id = parseInput(idParameter, request.params['id'], 'id');
      await readableVersion(context, request, id);
      const versions = await itemsFor(context, request)('instrument_versions');
      await versions.updateOne(id, { status: 'published' });
      response.json({
        data: await versions.readOne(id, { fields: ['id', 'instrument', 'version', 'status', 'published_at'] }),
      });
    }),
  );

  router.post(
    '/instrument-versions/:id/draft',
    route(async (request: DirectusRequest, response) => {
      const id = parseInput(idParameter, request.params['id'], 'id');
      const source = await readableVersion(context, request, id);
      const questionnaire = await loadQuestionnaire(context.database, source);
      const created = await context.database.transaction(async (transaction) => {
        const latest = await transaction('instrument_versions')
          .where('instrument', source.instrument)
          .max({ max: 'version' })
          .first();
        return writeDraftVersion(
          itemsFor(context, request, transaction),
          {
            instrument: source.instrument,
            version: Number(latest?.['max'] ?? source.version) + 1,
            notes: `Brouillon créé à partir de la version ${source.version}.`,
            xlsform: parseStoredVersionExtras(source.xlsform),
          },
          questionnaire,
        );
      });
      response.json({ data: { version: created.id, questions: created.questions } });
    }),
  );

  router.get(
    '/instrument-versions/:id/diff',
    route(async (request: DirectusRequest, response) => {
      const id = parseInput(idParameter, request.params['id'], 'id');
      const query = parseInput(diffQuery, request.query, 'query');
      const version = await readableVersion(context, request, id);
      const base = query.against
        ? await readableVersion(context, request, query.against)
        : await previousVersion(context, version);
      if (!base)
        throw new NotFoundError({
          reason: `La version ${version.version} de ${version.instrument_code} n’a pas de version précédente à comparer.`,
        });
      if (base.instrument !== version.instrument)
        throw new NotFoundError({ reason: 'Les deux versions doivent appartenir au même instrument.' });
      const diff = diffVersions(
        await loadQuestionnaire(context.database, base),
        await loadQuestionnaire(context.database, version),
      );
      const indicators: Array<{ code: string; numerator: string; denominator: string | null }> = await context
        .database('indicators')
        .select('code', 'numerator', 'denominator');
      response.json({
        data: {
          from: { id: base.id, version: base.version, status: base.status },
          to: { id: version.id, version: version.version, status: version.status },
          ...diff,
          impacted_indicators: impactedIndicators(diff, indicators),
        },
      });
    }),
  );
}
