// Reads and writes of the released minors' follow-up (issue 16) for the endpoint: the cohort built from
// the participants' history, the tracing outcome, and the encrypted contact details with their audit.
// The rules are core/followup's; this file only moves rows.
import type { Knex } from 'knex';
import type { FollowupFigures } from '../../../../../core/report/index.ts';
import { z } from 'zod';
import {
  adjustForNonresponse,
  cohortOf,
  cohortOutcomeEstimates,
  DEFAULT_FOLLOWUP_MONTHS,
  endsFollowup,
  followupResponse,
  isEligible,
  isWindowOpen,
  observedRedetention,
  protectTracing,
  tracedOutcome,
  TRACING_OUTCOMES,
  type CohortRespondentUnit,
  type DetentionSighting,
  type TracedOutcome,
  type CohortWave,
  type OutcomeEstimate,
  type TracingOutcome,
} from '../../../../../core/followup/index.ts';
import { COUNTED_STATUSES } from '../../../../../core/waves/index.ts';
import { DEFAULT_DISCLOSURE_THRESHOLD } from '../../../../../core/stats/index.ts';
import { loadSolver } from '../../../../../core/disclosure/index.ts';
import { contactKeyFromEnvironment, encryptContact } from './contact-cipher.ts';
import { isoDay } from '../db/db-values.ts';
import { NotFoundError } from '../http/errors.ts';
import { MAX_DATABASE_ID } from '../http/http.ts';
import { parseAnswers } from '../db/wave-data.ts';

const followupMonths = z
  .preprocess((value) => (typeof value === 'string' ? JSON.parse(value) : value), z.array(z.number()).nullable())
  .transform((months) => (months && months.length > 0 ? months : [...DEFAULT_FOLLOWUP_MONTHS]));

const followupRow = z.object({
  id: z.coerce.number(),
  wave: z.coerce.number(),
  participant: z.coerce.number(),
  released_on: z.unknown().transform(isoDay),
  window_start: z.unknown().transform(isoDay),
  window_end: z.unknown().transform(isoDay),
  enumerator: z.string().nullable(),
  outcome: z.enum(TRACING_OUTCOMES).nullable(),
});
export type FollowupRow = z.infer<typeof followupRow>;

const FOLLOWUP_COLUMNS = [
  'id',
  'wave',
  'participant',
  'released_on',
  'window_start',
  'window_end',
  'enumerator',
  'outcome',
] as const;

export async function findFollowup(database: Knex, id: number): Promise<FollowupRow | undefined> {
  const row: unknown = await database('followups')
    .where('id', id <= MAX_DATABASE_ID ? id : 0)
    .first(...FOLLOWUP_COLUMNS);
  return row ? followupRow.parse(row) : undefined;
}

export function followupNotFound(id: number): InstanceType<typeof NotFoundError> {
  return new NotFoundError({ reason: `Suivi ${id} introuvable. / المتابعة ${id} غير موجودة.` });
}

export async function readFollowup(database: Knex, id: number): Promise<FollowupRow> {
  const row = await findFollowup(database, id);
  if (!row) throw followupNotFound(id);
  return row;
}

/** The waves as the cohort rule needs them. */
async function cohortWaves(database: Knex): Promise<Array<CohortWave & { code: string }>> {
  const rows: Array<{ id: number; code: string; reference_date: unknown; followup_windows: unknown }> = await database(
    'waves',
  ).select('id', 'code', 'reference_date', 'followup_windows');
  return rows.map((row) => ({
    id: Number(row.id),
    code: row.code,
    reference_date: isoDay(row.reference_date),
    followup_months: followupMonths.parse(row.followup_windows),
  }));
}

/**
 * Adds to a wave's cohort every released participant who belongs to it and is not in it yet; the rows
 * already there keep their tracing. Returns how many were added and the cohort's size.
 */
export async function buildCohort(database: Knex, waveId: number): Promise<{ created: number; cohort: number }> {
  return database.transaction(async (trx) => {
    const waves = await cohortWaves(trx);
    const wave = waves.find((candidate) => candidate.id === waveId);
    if (!wave) throw new NotFoundError({ reason: `Vague ${waveId} introuvable.` });
    const releases: Array<{ participant: number; date: unknown; establishment: number | null }> = await trx(
      'participant_statuses',
    )
      .where('status', 'released')
      .select('participant', 'date', 'establishment');
    const members = cohortOf(
      wave,
      waves,
      releases.flatMap((row) => {
        const date = isoDay(row.date);
        return date ? [{ participant: Number(row.participant), date, establishment: row.establishment }] : [];
      }),
    );
    const existing: Array<{ participant: number }> = await trx('followups').where('wave', waveId).select('participant');
    const known = new Set(existing.map((row) => Number(row.participant)));
    const now = new Date().toISOString();
    const rows = members
      .filter((member) => !known.has(member.participant))
      .map((member) => ({
        wave: waveId,
        participant: member.participant,
        released_on: member.released_on,
        from_establishment: member.from_establishment,
        window_start: member.window.start,
        window_end: member.window.end,
        date_created: now,
      }));
    for (let start = 0; start < rows.length; start += 200)
      await trx('followups').insert(rows.slice(start, start + 200));
    return { created: rows.length, cohort: known.size + rows.length };
  });
}

export type ContactAction = 'reveal' | 'write' | 'delete' | 'refused';

export async function auditContact(
  database: Knex,
  entry: { followup: number | null; participant: number; action: ContactAction; user: string | null; reason?: string },
): Promise<void> {
  await database('contact_reveals').insert({
    followup: entry.followup,
    participant: entry.participant,
    action: entry.action,
    reason: entry.reason ?? null,
    user_created: entry.user,
    date_created: new Date().toISOString(),
  });
}

/** Replaces the participant's contact details, encrypted with the server's key, and records the write. */
export async function writeContact(
  database: Knex,
  participant: number,
  plaintext: string,
  user: string | null,
): Promise<void> {
  const key = contactKeyFromEnvironment();
  const values = {
    ciphertext: encryptContact(plaintext, key, participant),
    key_id: key.id,
    date_updated: new Date().toISOString(),
  };
  await database.transaction(async (trx) => {
    const updated = await trx('followup_contacts').where({ participant }).update(values);
    if (updated === 0) await trx('followup_contacts').insert({ participant, ...values });
    await auditContact(trx, { followup: null, participant, action: 'write', user });
  });
}

/** Erases the participant's contact details, if any, and records why. */
export async function eraseContact(
  database: Knex,
  entry: { followup: number | null; participant: number; user: string | null; reason: string },
): Promise<boolean> {
  const deleted = await database('followup_contacts').where({ participant: entry.participant }).delete();
  if (deleted > 0) await auditContact(database, { ...entry, action: 'delete' });
  return deleted > 0;
}

/** Records a tracing outcome; when it ends the follow-up, the contact details go in the same transaction. */
export async function recordOutcome(
  database: Knex,
  followup: FollowupRow,
  outcome: TracingOutcome,
  date: string,
  user: string | null,
): Promise<{ contact_erased: boolean }> {
  return database.transaction(async (trx) => {
    await trx('followups').where('id', followup.id).update({
      outcome,
      outcome_date: date,
      outcome_by: user,
      user_updated: user,
      date_updated: new Date().toISOString(),
    });
    const erased = endsFollowup(outcome)
      ? await eraseContact(trx, {
          followup: followup.id,
          participant: followup.participant,
          user,
          reason: `outcome:${outcome}`,
        })
      : false;
    return { contact_erased: erased };
  });
}

const tracingOutcome = z.enum(TRACING_OUTCOMES).nullable().catch(null);

/**
 * The weighting class of a member: the type of the establishment it left and its sex as its latest
 * counted detention interview answered (`SEX`); `?` where either is unknown, a class of its own.
 */
async function cohortUnits(database: Knex, waveId: number): Promise<CohortRespondentUnit[]> {
  const members: Array<{ id: number; participant: number; outcome: unknown; type: string | null }> = await database(
    'followups as f',
  )
    .leftJoin('establishments as e', 'e.id', 'f.from_establishment')
    .where('f.wave', waveId)
    .orderBy('f.id')
    .select('f.id', 'f.participant', 'f.outcome', 'e.type');
  if (members.length === 0) return [];
  const sexes = new Map<number, string>();
  const answersOf = new Map<number, Record<string, unknown>>();
  for (let start = 0; start < members.length; start += 200) {
    const part = members.slice(start, start + 200);
    const detention: Array<{ participant: number; answers: unknown }> = await database('interviews')
      .whereIn(
        'participant',
        part.map((member) => member.participant),
      )
      .whereNull('followup')
      .whereIn('status', COUNTED_STATUSES)
      .orderBy('id')
      .select('participant', 'answers');
    for (const row of detention) {
      const sex = parseAnswers(row.answers)['SEX'];
      if (typeof sex === 'string') sexes.set(Number(row.participant), sex);
    }
    const followed: Array<{ followup: number; answers: unknown }> = await database('interviews')
      .whereIn(
        'followup',
        part.map((member) => member.id),
      )
      .whereIn('status', COUNTED_STATUSES)
      .where((builder) => builder.where('excluded', false).orWhereNull('excluded'))
      .select('followup', 'answers');
    for (const row of followed) answersOf.set(Number(row.followup), parseAnswers(row.answers));
  }
  return members.map((member) => {
    const answers = answersOf.get(Number(member.id)) ?? null;
    const outcome = tracingOutcome.parse(member.outcome ?? null);
    return {
      weight: 1,
      weightClass: `${member.type ?? '?'}|${sexes.get(Number(member.participant)) ?? '?'}`,
      // A respondent is a member whose follow-up interview counts: an outcome "interviewed" noted
      // without an interview entered carries no answer, so it cannot stand for its class.
      status: !isEligible(outcome) ? 'ineligible' : answers ? 'respondent' : 'nonrespondent',
      answers,
    };
  });
}

export interface FollowupEstimates {
  readonly respondents: number;
  readonly eligible: number;
  readonly threshold: number;
  readonly estimates: readonly OutcomeEstimate[];
  /** Classes with eligible members and no respondent: the estimates do not represent them. */
  readonly emptyClasses: readonly string[];
}

/** The outcome indicators of a wave's cohort (core/followup), weighted for non-response. */
export async function followupEstimates(database: Knex, waveId: number): Promise<FollowupEstimates | undefined> {
  const units = await cohortUnits(database, waveId);
  if (units.length === 0) return undefined;
  const threshold = DEFAULT_DISCLOSURE_THRESHOLD;
  return {
    respondents: units.filter((unit) => unit.status === 'respondent').length,
    eligible: units.filter((unit) => unit.status !== 'ineligible').length,
    threshold,
    estimates: cohortOutcomeEstimates(units, { threshold }),
    emptyClasses: adjustForNonresponse(units).emptyClasses,
  };
}

/**
 * Each member's tracing outcome, with re-detention observed where the participant is in a counted
 * detention interview dated after its release (core/followup `tracedOutcome`).
 */
async function tracedOutcomes(database: Knex, waveId: number): Promise<TracedOutcome[]> {
  const members: Array<{ participant: number; released_on: unknown; outcome: unknown }> = await database('followups')
    .where('wave', waveId)
    .orderBy('id')
    .select('participant', 'released_on', 'outcome');
  const sightings: DetentionSighting[] = [];
  for (let start = 0; start < members.length; start += 200) {
    const rows: Array<{ participant: number; wave: number; interview_date: unknown; reference_date: unknown }> =
      await database('interviews as i')
        .join('waves as w', 'w.id', 'i.wave')
        .whereIn(
          'i.participant',
          members.slice(start, start + 200).map((member) => member.participant),
        )
        .whereNull('i.followup')
        .whereIn('i.status', COUNTED_STATUSES)
        .select('i.participant', 'i.wave', 'i.interview_date', 'w.reference_date');
    for (const row of rows) {
      const on = isoDay(row.interview_date) ?? isoDay(row.reference_date);
      if (on) sightings.push({ participant: Number(row.participant), wave: Number(row.wave), on });
    }
  }
  return members.map((member) => {
    const releasedOn = isoDay(member.released_on);
    const seen = releasedOn ? observedRedetention(Number(member.participant), releasedOn, sightings) : null;
    return tracedOutcome(tracingOutcome.parse(member.outcome ?? null), seen);
  });
}

/** The report's "Après la sortie" figures; undefined for a wave without a follow-up cohort. */
export async function followupFigures(database: Knex, waveId: number): Promise<FollowupFigures | undefined> {
  const outcomes = await tracedOutcomes(database, waveId);
  if (outcomes.length === 0) return undefined;
  const wave: { followup_windows: unknown } | undefined = await database('waves')
    .where('id', waveId)
    .first('followup_windows');
  const estimates = await followupEstimates(database, waveId);
  const response = followupResponse(outcomes);
  await loadSolver();
  return {
    months: followupMonths.parse(wave?.followup_windows ?? null),
    ...response,
    hidden: [...protectTracing(response, DEFAULT_DISCLOSURE_THRESHOLD)],
    ...(estimates ? { estimates: estimates.estimates, emptyClasses: estimates.emptyClasses } : {}),
  };
}

/** A follow-up as its enumerator's list shows it (app and offline page); dates are ISO days. */
export interface AssignedFollowup {
  readonly id: number;
  readonly participant: string;
  readonly participant_id: number;
  readonly wave: string;
  readonly wave_id: number;
  readonly followup_instrument_version: number | null;
  readonly interview: number | null;
  readonly from_establishment: string | null;
  readonly released_on: string | null;
  readonly window_start: string;
  readonly window_end: string;
  readonly window_open: boolean;
  readonly place_region: string | null;
  readonly partner_organisation: string | null;
  readonly outcome: TracingOutcome | null;
  readonly outcome_date: string | null;
  readonly ended: boolean;
  readonly has_contact: boolean;
}

const nullableText = z.string().nullable().catch(null);
const nullableId = z.coerce.number().nullable().catch(null);

/** The follow-ups assigned to an enumerator, by window start, with whether each window is open on `on`. */
export async function assignedFollowups(database: Knex, user: string, on: string): Promise<AssignedFollowup[]> {
  const rows: Array<Record<string, unknown>> = await database('followups as f')
    .join('participants as p', 'p.id', 'f.participant')
    .join('waves as w', 'w.id', 'f.wave')
    .leftJoin('establishments as e', 'e.id', 'f.from_establishment')
    .leftJoin('followup_contacts as c', 'c.participant', 'f.participant')
    .leftJoin('interviews as i', 'i.followup', 'f.id')
    .where('f.enumerator', user)
    .orderBy('f.window_start')
    .select(
      'f.id',
      'p.code as participant',
      'f.participant as participant_id',
      'w.code as wave',
      'f.wave as wave_id',
      'w.followup_instrument_version',
      'i.id as interview',
      'e.code as from_establishment',
      'f.released_on',
      'f.window_start',
      'f.window_end',
      'f.place_region',
      'f.partner_organisation',
      'f.outcome',
      'f.outcome_date',
      'c.id as contact',
    );
  return rows.map((row) => {
    const window = { start: isoDay(row['window_start']) ?? '', end: isoDay(row['window_end']) ?? '' };
    const outcome = tracingOutcome.parse(row['outcome'] ?? null);
    return {
      id: Number(row['id']),
      participant: String(row['participant']),
      participant_id: Number(row['participant_id']),
      wave: String(row['wave']),
      wave_id: Number(row['wave_id']),
      followup_instrument_version: nullableId.parse(row['followup_instrument_version'] ?? null),
      interview: nullableId.parse(row['interview'] ?? null),
      from_establishment: nullableText.parse(row['from_establishment'] ?? null),
      released_on: isoDay(row['released_on']),
      window_start: window.start,
      window_end: window.end,
      window_open: isWindowOpen(window, on),
      place_region: nullableText.parse(row['place_region'] ?? null),
      partner_organisation: nullableText.parse(row['partner_organisation'] ?? null),
      outcome,
      outcome_date: isoDay(row['outcome_date']),
      ended: endsFollowup(outcome),
      has_contact: row['contact'] !== null && row['contact'] !== undefined,
    };
  });
}
