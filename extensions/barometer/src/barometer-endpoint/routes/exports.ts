// The analyst export of a wave (docs/api.md: GET /barometer/waves/:wave/export): the counted interviews
// without direct identifiers, their codebook, and SPSS and Stata scripts that read them; k-anonymous
// (core/disclosure/k-anonymity.ts) unless the caller holds the unprotected-data policy and asks disclosure=off.
import { ForbiddenError } from '@directus/errors';
import type { Router } from 'express';
import { z } from 'zod';
import {
  EXPORT_FORMATS,
  REPEAT_TABLE_FORMATS,
  exportRepeatTable,
  exportWave,
  type ExportFile,
  type ExportInterview,
} from '../../../../../core/export/index.ts';
import type { QuestionnaireVersion } from '../../../../../core/questionnaire/index.ts';
import { BadRequestError, NotFoundError } from '../../server/http/errors.ts';
import { itemsFor, type BarometerContext, type DirectusRequest } from '../../server/http/context.ts';
import { parseInput, route } from '../../server/http/http.ts';
import { roleOf, type RoleKey } from '../../shared/roles.ts';
import { authoriseUnprotectedData } from '../../server/access/unprotected-data.ts';
import { findVersion, loadQuestionnaire } from '../../server/db/version-store.ts';
import { COUNTED_STATUSES } from '../../../../../core/waves/index.ts';
import { parseAnswers, resolveWave } from '../../server/db/wave-data.ts';

export const exportQuery = z
  .object({
    format: z.enum(EXPORT_FORMATS).default('csv'),
    include_text: z
      .enum(['true', 'false'])
      .default('false')
      .transform((value) => value === 'true'),
    // `off`: the interviews as counted, for holders of the unprotected-data policy; else k-anonymous.
    disclosure: z.enum(['on', 'off']).default('on'),
    // A repeat's code: its table (one row per instance) instead of the interviews' file, as CSV or the SPSS
    // or Stata script reading it; the wave's codebook describes it.
    repeat: z
      .string()
      .regex(/^[A-Za-z_][A-Za-z0-9_.-]{0,63}$/)
      .optional(),
    // Lets a browser download link carry the token, as Directus accepts it on every route.
    access_token: z.string().optional(),
  })
  .strict();

/** Directus has no "export" permission: docs/api.md (Figures) gives exports to these roles only. */
const EXPORTERS: ReadonlySet<RoleKey> = new Set(['admin', 'coordinator', 'analyst']);
/** Free text may name a child, a family or a guard: it leaves only on a coordinator's request. */
const TEXT_READERS: ReadonlySet<RoleKey> = new Set(['admin', 'coordinator']);

/**
 * Only what the export writes is read, through the items service so that the caller's field
 * permissions apply: never the participant, the users, the review or the device.
 */
const INTERVIEW_FIELDS = [
  'id',
  'code',
  'interview_date',
  'status',
  'instrument_version',
  'establishment.code',
  'establishment.type',
  'establishment.region',
];
/** Ids per `where id in (...)`, well under SQLite's limit of bound parameters. */
const ID_CHUNK = 1000;

/**
 * The answers of interviews the caller's rights chose. Read below those rights: an analyst may not read
 * the `answers` field, whose free text may name a child, and gets the answers only through this
 * export, which leaves free text out unless a coordinator asks for it.
 */
async function answersOf(
  database: BarometerContext['database'],
  ids: readonly number[],
): Promise<Map<number, unknown>> {
  const answers = new Map<number, unknown>();
  for (let start = 0; start < ids.length; start += ID_CHUNK) {
    const rows: Array<{ id: number; answers: unknown }> = await database('interviews')
      .whereIn('id', ids.slice(start, start + ID_CHUNK))
      .select('id', 'answers');
    for (const row of rows) answers.set(Number(row.id), row.answers);
  }
  return answers;
}

function optionalString(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

function toExportInterview(row: Record<string, unknown>): ExportInterview {
  const establishment = (row['establishment'] ?? {}) as Record<string, unknown>;
  return {
    code: String(row['code']),
    establishment_code: String(establishment['code'] ?? ''),
    establishment_type: optionalString(establishment['type']),
    region: optionalString(establishment['region']),
    interview_date: optionalString(row['interview_date']),
    status: String(row['status']),
    instrument_version: optionalString(row['instrument_version']),
    answers: parseAnswers(row['answers']),
  };
}

/** The wave's versions, oldest first, and any other version one of its interviews answered. */
async function waveVersions(
  context: BarometerContext,
  waveId: number,
  interviews: readonly ExportInterview[],
): Promise<QuestionnaireVersion[]> {
  const linked: Array<{ id: number }> = await context
    .database('waves_instrument_versions')
    .where('waves_id', waveId)
    .select('instrument_versions_id as id');
  const ids = new Set([
    ...linked.map((row) => Number(row.id)),
    ...interviews.flatMap((interview) =>
      interview.instrument_version === null ? [] : [Number(interview.instrument_version)],
    ),
  ]);
  const versions: QuestionnaireVersion[] = [];
  for (const id of [...ids].sort((a, b) => a - b)) {
    const row = await findVersion(context.database, id);
    if (row) versions.push(await loadQuestionnaire(context.database, row));
  }
  return versions;
}

export function exportRoutes(router: Router, context: BarometerContext): void {
  router.get(
    '/waves/:wave/export',
    route(async (request: DirectusRequest, response) => {
      const query = parseInput(exportQuery, request.query, 'query');
      const repeatFormat = REPEAT_TABLE_FORMATS.find((format) => format === query.format);
      if (query.repeat !== undefined && repeatFormat === undefined) {
        throw new BadRequestError({
          reason: `repeat=${query.repeat} : la table d’une répétition s’exporte en CSV, SPSS ou Stata (format=csv, spss ou stata) ; le codebook de la vague (sans repeat) la décrit.`,
        });
      }
      const wave = await resolveWave(context.database, String(request.params['wave']));
      const role = roleOf(request.accountability);
      if (!EXPORTERS.has(role))
        throw new ForbiddenError({ reason: 'L’export des entretiens est réservé aux coordinateurs et aux analystes.' });
      if (query.include_text && !TEXT_READERS.has(role)) {
        throw new ForbiddenError({
          reason: 'Les réponses libres ne sont exportées qu’à la demande d’un coordinateur.',
        });
      }
      const services = itemsFor(context, request);
      await (await services('waves')).readOne(wave.id, { fields: ['id'] });
      if (query.disclosure === 'off') await authoriseUnprotectedData(context, request, wave);
      const rows = await (
        await services('interviews')
      ).readByQuery({
        filter: {
          _and: [
            { wave: { _eq: wave.id } },
            { followup: { _null: true } },
            { status: { _in: COUNTED_STATUSES } },
            { excluded: { _eq: false } },
          ],
        },
        fields: INTERVIEW_FIELDS,
        sort: ['code'],
        limit: -1,
      });
      const answers = await answersOf(
        context.database,
        rows.map((row) => Number(row['id'])),
      );
      const interviews = rows.map((row) => toExportInterview({ ...row, answers: answers.get(Number(row['id'])) }));
      const input = { wave: wave.code, versions: await waveVersions(context, wave.id, interviews), interviews };
      const options = { includeText: query.include_text };
      const mode = query.disclosure === 'off' ? 'raw' : 'k-anonymous';
      const file: ExportFile | undefined =
        query.repeat === undefined
          ? exportWave(input, query.format, options, mode)
          : exportRepeatTable(input, query.repeat, options, mode, repeatFormat);
      if (file === undefined) {
        throw new NotFoundError({ reason: `La vague ${wave.code} n’a pas de répétition « ${query.repeat ?? ''} ».` });
      }
      response
        .status(200)
        .attachment(file.filename)
        .type(file.contentType)
        // Microdata about children: no copy in a browser or proxy cache.
        .set('Cache-Control', 'no-store')
        .send(file.body);
    }),
  );
}
