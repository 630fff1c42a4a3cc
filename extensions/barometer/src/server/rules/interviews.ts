// The rules an interview must satisfy, on every create and update and in the CSV import alike:
// an open wave, a version of that wave, an establishment of its frame (or, for a follow-up interview,
// a member of the wave's cohort: core/followup), consent before any answer, an assigned enumerator,
// answers valid for the version (types only for a draft), review steps.
import type { Knex } from 'knex';
import {
  followupInterviewProblems,
  interviewKind,
  TRACING_OUTCOMES,
  type FollowupInterviewFacts,
} from '../../../../../core/followup/index.ts';
import { validateAnswers } from '../../../../../core/questionnaire/index.ts';
import { isoDay } from '../db/db-values.ts';
import { ConflictError, type Problem } from '../http/errors.ts';
import type { RoleKey } from '../../shared/roles.ts';
import { questionnaireOf } from '../db/version-cache.ts';

export type InterviewStatus = 'draft' | 'submitted' | 'validated' | 'rejected';

export interface InterviewState {
  wave: number;
  /** Null for a follow-up interview only (core/followup `placementProblem`). */
  establishment: number | null;
  /** The cohort member (`followups` row) of a follow-up interview; null for a detention interview. */
  followup: number | null;
  instrument_version: number;
  participant: number | null;
  answers: Record<string, unknown>;
  status: InterviewStatus;
  consent_guardian: boolean;
  assent_child: boolean;
  review_comment: string | null;
  /** ISO date, null while not given. */
  interview_date: string | null;
}

export interface Actor {
  role: RoleKey;
  user: string | null;
}

interface WaveRow {
  id: number;
  code: string;
  status: string;
}

export async function findWave(database: Knex, id: number): Promise<WaveRow | undefined> {
  return database('waves').where('id', id).first('id', 'code', 'status');
}

/** 409 unless the wave is open: a planned wave has not started, a locked one is frozen. */
export function assertWaveOpen(wave: WaveRow): void {
  if (wave.status === 'open') return;
  if (wave.status === 'planned')
    throw new ConflictError({
      reason: `La vague ${wave.code} n’est pas encore ouverte : aucun entretien ne peut y être saisi.`,
      reason_ar: `الموجة ${wave.code} لم تُفتح بعد: لا يمكن إدخال أي مقابلة فيها.`,
    });
  const locked = wave.status === 'locked';
  throw new ConflictError({
    reason: `La vague ${wave.code} est ${locked ? 'verrouillée' : 'publiée'} : ses entretiens ne peuvent plus changer.`,
    reason_ar: `الموجة ${wave.code} ${locked ? 'مقفلة' : 'منشورة'}: لم يعد بالإمكان تغيير مقابلاتها.`,
  });
}

const hasAnswers = (answers: Record<string, unknown>) => Object.keys(answers).length > 0;

interface WaveContext extends WaveRow {
  linked: unknown;
  framed: unknown;
  assigned: unknown;
  followup_instrument_version: number | null;
}

/**
 * The interview’s wave with the three facts the rules need about it, in one query: every save of
 * every interview is checked, and each round trip to the database shows in its latency.
 */
async function waveContext(database: Knex, state: InterviewState, actor: Actor): Promise<WaveContext | undefined> {
  const linked = database('waves_instrument_versions')
    .where({ waves_id: state.wave, instrument_versions_id: state.instrument_version })
    .select(database.raw('1'));
  const framed = database('population_frames')
    .where({ wave: state.wave, establishment: state.establishment })
    .select(database.raw('1'));
  const assigned =
    actor.role === 'enumerator'
      ? database.raw('exists ? as assigned', [
          database('assignments')
            .where({ user: actor.user, wave: state.wave, establishment: state.establishment })
            .select(database.raw('1')),
        ])
      : database.raw('1 as assigned');
  return database('waves')
    .where('id', state.wave)
    .first(
      'id',
      'code',
      'status',
      database.raw('exists ? as linked', [linked]),
      database.raw('exists ? as framed', [framed]),
      assigned,
      'followup_instrument_version',
    );
}

async function followupOf(database: Knex, state: InterviewState): Promise<FollowupInterviewFacts['followup']> {
  if (state.followup === null) return null;
  const row: Record<string, unknown> | undefined = await database('followups')
    .where('id', state.followup)
    .first(
      'wave',
      'participant',
      'enumerator',
      'place_region',
      'partner_organisation',
      'outcome',
      'window_start',
      'window_end',
    );
  if (!row) return null;
  const outcome = TRACING_OUTCOMES.find((candidate) => candidate === row['outcome']) ?? null;
  const start = isoDay(row['window_start']);
  const end = isoDay(row['window_end']);
  return {
    wave: Number(row['wave']),
    participant: Number(row['participant']),
    enumerator: (row['enumerator'] ?? null) as string | null,
    place_region: (row['place_region'] ?? null) as string | null,
    partner_organisation: (row['partner_organisation'] ?? null) as string | null,
    outcome,
    window: start && end ? { start, end } : null,
  };
}

/** What the rules read from the database about an interview: its wave's facts and its questionnaire. */
export interface InterviewContext {
  wave: WaveContext | undefined;
  version: Awaited<ReturnType<typeof questionnaireOf>>;
  /** The cohort member a follow-up interview names (null for a detention interview or an unknown row). */
  followup: FollowupInterviewFacts['followup'];
  /** The enumerator held to an assignment; null for the other roles. */
  enumerator: string | null;
}

/**
 * The same for every interview of a wave, establishment, version and actor: an import of thousands of
 * rows reads it once per such combination rather than once per row.
 */
export async function interviewContext(database: Knex, state: InterviewState, actor: Actor): Promise<InterviewContext> {
  return {
    wave: await waveContext(database, state, actor),
    version: await questionnaireOf(database, state.instrument_version),
    followup: await followupOf(database, state),
    enumerator: actor.role === 'enumerator' ? actor.user : null,
  };
}

/** Checks an interview's final state; returns the problems and the answers to store (calculations done). */
export async function checkInterview(
  database: Knex,
  state: InterviewState,
  actor: Actor,
  today: string,
): Promise<{ problems: Problem[]; answers: Record<string, unknown> }> {
  return checkInterviewIn(await interviewContext(database, state, actor), state, today);
}

/** Where the interview was taken: an establishment of the wave's frame, or a member of its cohort. */
function placeProblems(context: InterviewContext & { wave: WaveContext }, state: InterviewState): Problem[] {
  const { wave } = context;
  if (interviewKind(state) === 'followup') {
    return followupInterviewProblems({
      interview: state,
      wave: { code: wave.code, followup_instrument_version: wave.followup_instrument_version ?? null },
      followup: context.followup,
      enumerator: context.enumerator,
    });
  }
  const problems: Problem[] = [];
  // SQLite answers 0/1, PostgreSQL booleans.
  if (!Number(wave.linked))
    problems.push({
      column: 'instrument_version',
      message: `Cette version du questionnaire n’est pas utilisée par la vague ${wave.code}.`,
      message_ar: `هذا الإصدار من الاستمارة غير مستعمل في الموجة ${wave.code}.`,
    });
  if (!Number(wave.framed))
    problems.push({
      column: 'establishment',
      message: `Cet établissement n’est pas dans la base de sondage de la vague ${wave.code}.`,
      message_ar: `هذه المؤسسة ليست ضمن قاعدة المعاينة للموجة ${wave.code}.`,
    });
  if (!Number(wave.assigned))
    problems.push({
      column: 'establishment',
      message: `Vous n’êtes pas affecté(e) à cet établissement pour la vague ${wave.code}.`,
      message_ar: `لست مكلَّفًا بهذه المؤسسة في الموجة ${wave.code}.`,
    });
  return problems;
}

export function checkInterviewIn(
  context: InterviewContext,
  state: InterviewState,
  today: string,
): { problems: Problem[]; answers: Record<string, unknown> } {
  const { wave, version } = context;
  if (!wave)
    return { problems: [{ column: 'wave', message: `Vague ${state.wave} introuvable.` }], answers: state.answers };
  assertWaveOpen(wave);
  const problems = placeProblems({ ...context, wave }, state);
  if (state.participant === null)
    problems.push({
      column: 'participant',
      message: 'Le code du participant est obligatoire.',
      message_ar: 'رمز المشارك إجباري.',
    });
  if (hasAnswers(state.answers) && !(state.consent_guardian && state.assent_child)) {
    problems.push({
      column: state.consent_guardian ? 'assent_child' : 'consent_guardian',
      message: 'Aucune réponse ne peut être enregistrée sans le consentement du tuteur et l’assentiment de l’enfant.',
      message_ar: 'لا يمكن تسجيل أي جواب دون موافقة الولي وموافقة الطفل.',
    });
  }
  if (state.status === 'rejected' && !state.review_comment?.trim()) {
    problems.push({
      column: 'review_comment',
      message: 'Un entretien rejeté doit porter un commentaire pour l’enquêteur.',
    });
  }
  if (!version)
    return {
      problems: [...problems, { column: 'instrument_version', message: 'Version du questionnaire introuvable.' }],
      answers: state.answers,
    };
  const result = validateAnswers(version.questionnaire, state.answers, {
    mode: state.status === 'draft' ? 'draft' : 'submit',
    today,
  });
  for (const error of result.errors)
    problems.push({
      question: error.code,
      column: 'answers',
      message: `${error.code} : ${error.message}`,
      ...(error.message_ar ? { message_ar: error.message_ar } : {}),
    });
  return { problems, answers: { ...result.cleaned } };
}

/** Review steps: who may move an interview from one status to another. */
const TRANSITIONS: Record<InterviewStatus, Partial<Record<InterviewStatus, RoleKey[]>>> = {
  draft: { submitted: ['enumerator', 'coordinator', 'admin'] },
  submitted: { draft: ['enumerator', 'admin'], validated: ['supervisor', 'admin'], rejected: ['supervisor', 'admin'] },
  rejected: { draft: ['enumerator', 'admin'], submitted: ['enumerator', 'admin'], validated: ['supervisor', 'admin'] },
  validated: { rejected: ['supervisor', 'admin'] },
};

/**
 * An interview is born a draft or submitted: validating or rejecting it is a review, the act of a role
 * allowed to review it (a supervisor; the admin), never the creator's. The import applies it too.
 */
export function mayCreateWithStatus(status: InterviewStatus, actor: Actor): boolean {
  return status === 'draft' || status === 'submitted' || (TRANSITIONS.submitted[status]?.includes(actor.role) ?? false);
}

export const createdStatusMessage = (status: string) =>
  `Un entretien se crée en brouillon ou soumis : le statut « ${status} » est donné par la révision d’un superviseur.`;

export function assertCreatedStatus(status: InterviewStatus, actor: Actor): void {
  if (!mayCreateWithStatus(status, actor)) throw new ConflictError({ reason: createdStatusMessage(status) });
}

/** A supervisor reviews the interviews of others: the one who entered an interview cannot validate or reject it. */
export function assertReviewOfSomeoneElse(to: InterviewStatus, createdBy: string | null, actor: Actor): void {
  if (
    (to === 'validated' || to === 'rejected') &&
    actor.role !== 'admin' &&
    createdBy !== null &&
    createdBy === actor.user
  ) {
    throw new ConflictError({ reason: 'Un entretien est révisé par un autre que celui qui l’a saisi.' });
  }
}

export function assertTransition(from: InterviewStatus, to: InterviewStatus, actor: Actor): void {
  if (from === to) return;
  const allowed = TRANSITIONS[from][to];
  if (!allowed?.includes(actor.role)) {
    throw new ConflictError({
      reason: `Un entretien ne peut pas passer de « ${from} » à « ${to} »${allowed ? ' avec votre rôle' : ''}.`,
    });
  }
}
