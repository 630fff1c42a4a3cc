// The interview rules of `interviews.ts` applied to every create and update through the API, and the
// review bookkeeping (who validated or rejected, when).
import type { Accountability } from '@directus/types';
import type { Knex } from 'knex';
import { outcomeOfInterview, placementProblem } from '../../../../../core/followup/index.ts';
import { isoDay } from '../db/db-values.ts';
import { BadRequestError, ValidationError, type Problem } from '../http/errors.ts';
import { readFollowup, recordOutcome } from '../followups/followups.ts';
import { MAX_DATABASE_ID } from '../http/http.ts';
import {
  assertCreatedStatus,
  assertReviewOfSomeoneElse,
  assertTransition,
  assertWaveOpen,
  checkInterview,
  findWave,
  type InterviewState,
  type InterviewStatus,
} from './interviews.ts';
import { roleOf } from '../../shared/roles.ts';
import { parseAnswers } from '../db/wave-data.ts';

type Payload = Record<string, unknown>;

const today = () => new Date().toISOString().slice(0, 10);

function toNumber(value: unknown): number | null {
  if (typeof value === 'number')
    return Number.isSafeInteger(value) && Math.abs(value) <= MAX_DATABASE_ID ? value : null;
  if (typeof value === 'string' && /^\d+$/.test(value)) return toNumber(Number(value));
  if (value && typeof value === 'object' && 'id' in value) return toNumber((value as { id: unknown }).id);
  return null;
}

function stateFrom(payload: Payload, base: InterviewState | null): InterviewState {
  const pick = <K extends keyof InterviewState>(
    key: K,
    read: (value: unknown) => InterviewState[K],
    fallback: InterviewState[K],
  ): InterviewState[K] => (payload[key] === undefined ? (base ? base[key] : fallback) : read(payload[key]));
  return {
    wave: pick('wave', (value) => toNumber(value) ?? 0, 0),
    establishment: pick('establishment', toNumber, null),
    followup: pick('followup', toNumber, null),
    instrument_version: pick('instrument_version', (value) => toNumber(value) ?? 0, 0),
    participant: pick('participant', toNumber, null),
    answers: pick('answers', parseAnswers, {}),
    status: pick('status', (value) => String(value) as InterviewStatus, 'draft'),
    consent_guardian: pick('consent_guardian', Boolean, false),
    assent_child: pick('assent_child', Boolean, false),
    review_comment: pick('review_comment', (value) => (value === null ? null : String(value)), null),
    interview_date: pick('interview_date', isoDay, null),
  };
}

/**
 * Roles whose permissions give no say on interview content: their writes are left to the permission
 * layer (403), so that a refusal for lack of rights is never reported as a broken rule.
 */
const DECIDED_BY_PERMISSIONS = new Set(['analyst', 'followup', 'other']);
/** Supervisors review but never create: their creates are refused by the permission layer too. */
const CANNOT_CREATE = new Set([...DECIDED_BY_PERMISSIONS, 'supervisor']);

function isAnswersObject(value: unknown): boolean {
  let parsed = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch {
      return false;
    }
  }
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
}

/**
 * Values of the wrong type that Directus would store as given on SQLite, or fail on with a 500: a
 * consent that is not a boolean, answers that are not an object, a code that is not text.
 */
function assertPayloadTypes(payload: Payload): void {
  const problems: Problem[] = [];
  if (payload['answers'] !== undefined && !isAnswersObject(payload['answers'])) {
    problems.push({
      column: 'answers',
      message: 'Les réponses doivent être un objet JSON (code de question → valeur).',
    });
  }
  for (const column of ['consent_guardian', 'assent_child']) {
    const value = payload[column];
    if (value !== undefined && value !== null && typeof value !== 'boolean')
      problems.push({ column, message: `${column} doit valoir true ou false.` });
  }
  if (payload['code'] !== undefined && typeof payload['code'] !== 'string')
    problems.push({ column: 'code', message: 'Le code de l’entretien doit être un texte.' });
  if (problems.length > 0) throw new ValidationError({ summary: 'Entretien refusé', problems });
}

async function verify(
  database: Knex,
  state: InterviewState,
  accountability: Accountability | null,
): Promise<Record<string, unknown>> {
  const misplaced = placementProblem(state);
  if (misplaced) throw new BadRequestError({ reason: `${misplaced.message} / ${misplaced.message_ar}` });
  const { problems, answers } = await checkInterview(
    database,
    state,
    { role: roleOf(accountability), user: accountability?.user ?? null },
    today(),
  );
  if (problems.length > 0) throw new ValidationError({ summary: 'Entretien refusé', problems });
  return answers;
}

export async function beforeInterviewCreate(
  database: Knex,
  payload: Payload,
  accountability: Accountability | null,
): Promise<Payload> {
  if (CANNOT_CREATE.has(roleOf(accountability))) return payload;
  assertPayloadTypes(payload);
  const state = stateFrom(payload, null);
  const role = roleOf(accountability);
  // An enumerator's create permission already allows only draft or submitted: its refusal stays a 403.
  if (role !== 'enumerator') assertCreatedStatus(state.status, { role, user: accountability?.user ?? null });
  const answers = await verify(database, state, accountability);
  return { ...payload, answers };
}

export async function beforeInterviewUpdate(
  database: Knex,
  keys: ReadonlyArray<string | number>,
  payload: Payload,
  accountability: Accountability | null,
): Promise<Payload> {
  const role = roleOf(accountability);
  if (DECIDED_BY_PERMISSIONS.has(role) || role === 'coordinator') return payload;
  assertPayloadTypes(payload);
  let result = payload;
  for (const key of keys) {
    const row: (Omit<InterviewState, 'answers'> & { answers: unknown; user_created: string | null }) | undefined =
      await database('interviews')
        .where('id', key)
        .first(
          'wave',
          'establishment',
          'followup',
          'instrument_version',
          'participant',
          'answers',
          'status',
          'consent_guardian',
          'assent_child',
          'review_comment',
          'interview_date',
          'user_created',
        );
    if (!row) continue;
    const current = stateFrom(row as unknown as Payload, null);
    const next = stateFrom(payload, current);
    const actor = { role, user: accountability?.user ?? null };
    assertTransition(current.status, next.status, actor);
    if (next.status !== current.status) assertReviewOfSomeoneElse(next.status, row.user_created, actor);
    const answers = await verify(database, next, accountability);
    if (keys.length === 1 && payload['answers'] !== undefined) result = { ...result, answers };
  }
  return result;
}

/**
 * After a review (-> validated or rejected), records who and when. Written below the permission layer:
 * a supervisor may set the status but not these bookkeeping fields.
 */
export async function stampReview(
  database: Knex,
  keys: ReadonlyArray<string | number>,
  payload: Payload,
  accountability: Accountability | null,
): Promise<void> {
  const status = payload['status'];
  if (status !== 'validated' && status !== 'rejected') return;
  await database('interviews')
    .whereIn('id', keys)
    .update({
      reviewed_by: payload['reviewed_by'] ?? accountability?.user ?? null,
      reviewed_at: payload['reviewed_at'] ?? new Date().toISOString(),
    });
}

/**
 * A follow-up interview once submitted is the member's tracing outcome (core/followup
 * `outcomeOfInterview`), recorded like any other outcome: by whoever entered it, on its date, and the
 * contact details erased since the follow-up is over.
 */
export async function recordFollowupInterview(
  database: Knex,
  keys: ReadonlyArray<string | number>,
  accountability: Accountability | null,
): Promise<void> {
  const rows: Array<{ followup: number | null; status: string; interview_date: unknown }> = await database('interviews')
    .whereIn('id', keys)
    .whereNotNull('followup')
    .select('followup', 'status', 'interview_date');
  for (const row of rows) {
    const outcome = outcomeOfInterview(row.status);
    if (outcome === null || row.followup === null) continue;
    const followup = await readFollowup(database, Number(row.followup));
    if (followup.outcome === outcome) continue;
    const date = isoDay(row.interview_date) ?? today();
    await recordOutcome(database, followup, outcome, date, accountability?.user ?? null);
  }
}

export async function beforeInterviewDelete(database: Knex, keys: ReadonlyArray<string | number>): Promise<void> {
  const waves: Array<{ wave: number }> = await database('interviews').whereIn('id', keys).distinct('wave');
  for (const { wave } of waves) {
    const row = await findWave(database, wave);
    if (row && row.status !== 'planned') assertWaveOpen(row);
  }
}
