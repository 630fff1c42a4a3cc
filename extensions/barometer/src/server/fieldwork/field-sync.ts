// One interview sent by the offline page, under the code the device made for it. The code makes the
// sync idempotent: the first send creates the interview, a retried send finds it. Writes go through
// the items service with the enumerator's own accountability, so the permissions and the validation
// hooks of an app save apply unchanged. The device's `base_updated` (the server's `date_updated` it
// last saw) tells an edit made on the server meanwhile (a review) from the device's own retry.
import { createError } from '@directus/errors';
import type { Knex } from 'knex';
import { z } from 'zod';
import { PARTICIPANT_CODE_PATTERN } from '../../../../../core/draw/index.ts';
import { itemsFor, type BarometerContext, type DirectusRequest } from '../http/context.ts';
import { isoTimestamp } from '../db/db-values.ts';
import { ConflictError } from '../http/errors.ts';
import { MAX_DATABASE_ID } from '../http/http.ts';
import { questionnaireOf } from '../db/version-cache.ts';
import { recordFollowupInterview } from '../rules/interview-hooks.ts';
import { parseAnswers } from '../db/wave-data.ts';

const databaseId = z.number().int().positive().max(MAX_DATABASE_ID);

export const interviewCodeSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{5,63}$/, 'code d’entretien invalide (6 à 64 lettres, chiffres, _ . -)');

// A detention interview names its establishment, a follow-up interview its `followup` (issue 16):
// which one is required is core/followup's placement rule, applied by the interview hooks.
export const syncBodySchema = z.strictObject({
  wave: databaseId,
  establishment: databaseId.nullable(),
  followup: databaseId.nullable().default(null),
  instrument_version: databaseId,
  participant: z.string().regex(PARTICIPANT_CODE_PATTERN, 'code participant invalide'),
  consent_guardian: z.boolean(),
  assent_child: z.boolean(),
  interview_date: z.iso.date(),
  duration_minutes: z.number().int().min(0).max(1_440).nullable(),
  answers: z.record(z.string(), z.unknown()),
  status: z.enum(['draft', 'submitted']),
  device_id: z.string().min(1).max(64),
  base_updated: z.string().nullable(),
});

export type SyncBody = z.infer<typeof syncBodySchema>;

interface ServerCopy {
  status: string;
  review_comment: string | null;
  date_updated: string | null;
  answers: Record<string, unknown>;
}

/** 409 with the server's copy: the interview changed on the server since the device last saw it. */
export const InterviewChangedError = createError<{ reason: string; server: ServerCopy }>(
  'INTERVIEW_CHANGED',
  ({ reason }) => reason,
  409,
);

interface StoredInterview {
  id: number;
  user_created: string | null;
  participant: number | null;
  status: string;
  consent_guardian: unknown;
  assent_child: unknown;
  answers: unknown;
  review_comment: string | null;
  date_updated: unknown;
}

async function findByCode(database: Knex, code: string): Promise<StoredInterview | undefined> {
  return database('interviews')
    .where('code', code)
    .first(
      'id',
      'user_created',
      'participant',
      'status',
      'consent_guardian',
      'assent_child',
      'answers',
      'review_comment',
      'date_updated',
    );
}

function serverCopy(row: StoredInterview): ServerCopy {
  return {
    status: row.status,
    review_comment: row.review_comment ?? null,
    date_updated: isoTimestamp(row.date_updated),
    answers: parseAnswers(row.answers),
  };
}

/** JSON with sorted keys: the same answers typed in another order are the same answers. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** The server adds calculated answers on save; the device's copy is the same without them. */
async function calculatedCodes(database: Knex, versionId: number): Promise<ReadonlySet<string>> {
  const version = await questionnaireOf(database, versionId);
  return new Set(
    version?.questionnaire.questions
      .filter((question) => question.type === 'calculate')
      .map((question) => question.code),
  );
}

async function sameContent(
  database: Knex,
  row: StoredInterview,
  body: SyncBody,
  participant: number,
): Promise<boolean> {
  if (row.status !== body.status || Number(row.participant) !== participant) return false;
  if (Boolean(row.consent_guardian) !== body.consent_guardian || Boolean(row.assent_child) !== body.assent_child)
    return false;
  const calculated = await calculatedCodes(database, body.instrument_version);
  const typed = (answers: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(answers).filter(([code]) => !calculated.has(code)));
  return canonical(typed(parseAnswers(row.answers))) === canonical(typed(body.answers));
}

export interface SyncResult {
  created: boolean;
  data: { code: string; status: string; review_comment: string | null; date_updated: string | null };
}

/**
 * In one transaction: a refused interview leaves no participant behind either. A follow-up interview's
 * tracing outcome is recorded in it too: Directus runs the items service's action hooks on its global
 * connection, which on PostgreSQL does not see the transaction's rows (on SQLite the hook waits for the
 * commit and finds the outcome recorded).
 */
export async function syncInterview(
  context: BarometerContext,
  request: DirectusRequest,
  code: string,
  body: SyncBody,
): Promise<SyncResult> {
  return context.database.transaction(async (transaction) => {
    const items = itemsFor(context, request, transaction);
    const user = request.accountability?.user ?? null;

    const existing = await findByCode(transaction, code);
    if (existing && existing.user_created !== user) {
      throw new ConflictError({
        reason: `Le code d’entretien ${code} est déjà utilisé par un autre entretien : créez-en un nouveau sur l’appareil.`,
      });
    }

    const knownParticipant: { id: number } | undefined = await transaction('participants')
      .where('code', body.participant)
      .first('id');
    const participant = knownParticipant
      ? Number(knownParticipant.id)
      : Number(await (await items('participants')).createOne({ code: body.participant }));
    const { base_updated: base, ...fields } = body;
    const item = { ...fields, participant };

    if (!existing) {
      await (await items('interviews')).createOne({ ...item, code });
    } else if (!(await sameContent(transaction, existing, body, participant))) {
      const current = serverCopy(existing);
      if (current.date_updated !== (base === null ? null : isoTimestamp(base))) {
        throw new InterviewChangedError({
          reason: `L’entretien ${code} a été modifié sur le serveur depuis votre dernière synchronisation.`,
          server: current,
        });
      }
      await (await items('interviews')).updateOne(existing.id, item);
    }
    const saved = await findByCode(transaction, code);
    if (!saved)
      throw new ConflictError({ reason: `L’entretien ${code} n’a pas pu être relu après son enregistrement.` });
    await recordFollowupInterview(transaction, [Number(saved.id)], request.accountability ?? null);
    const copy = serverCopy(saved);
    return {
      created: !existing,
      data: { code, status: copy.status, review_comment: copy.review_comment, date_updated: copy.date_updated },
    };
  });
}
