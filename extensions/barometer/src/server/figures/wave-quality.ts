// A wave's interviews as the quality checks read them (core/quality), for the report's annex and for
// the supervisors' endpoint, which names the enumerators and keeps to the caller's establishments.
import type { Knex } from 'knex';
import {
  duplicateParticipants,
  itemNonResponse,
  shortInterviews,
  SHORT_INTERVIEW_SHARE,
  typicalDuration,
  type NonResponse,
  type QualityInterview,
} from '../../../../../core/quality/index.ts';
import type { QuestionnaireVersion } from '../../../../../core/questionnaire/index.ts';
import { isCounted } from '../../../../../core/waves/index.ts';
import { truthy } from '../report/report-methodology.ts';
import { questionnaireOf } from '../db/version-cache.ts';
import { parseAnswers, type WaveRecord } from '../db/wave-data.ts';

export interface WaveInterview extends QualityInterview {
  readonly establishment: number;
  readonly status: string;
  readonly excluded: boolean;
  readonly consented: boolean;
}

/** Every interview of the wave, in entry order, with its questionnaire. */
export async function waveInterviews(database: Knex, waveId: number): Promise<WaveInterview[]> {
  const rows: Array<Record<string, unknown>> = await database('interviews as i')
    .leftJoin('participants as p', 'p.id', 'i.participant')
    .where('i.wave', waveId)
    .whereNull('i.followup')
    .orderBy('i.id')
    .select(
      'i.code',
      'p.code as participant',
      'i.user_created',
      'i.duration_minutes',
      'i.answers',
      'i.instrument_version',
      'i.establishment',
      'i.status',
      'i.excluded',
      'i.consent_guardian',
      'i.assent_child',
    );
  const versions = new Map<number, QuestionnaireVersion | undefined>();
  for (const id of new Set(
    rows.flatMap((row) => (row['instrument_version'] === null ? [] : [Number(row['instrument_version'])])),
  )) {
    versions.set(id, (await questionnaireOf(database, id))?.questionnaire);
  }
  return rows.map((row) => ({
    code: String(row['code']),
    participant: row['participant'] === null ? null : String(row['participant']),
    enumerator: row['user_created'] === null ? null : String(row['user_created']),
    durationMinutes: row['duration_minutes'] === null ? null : Number(row['duration_minutes']),
    answers: parseAnswers(row['answers']),
    version: row['instrument_version'] === null ? undefined : versions.get(Number(row['instrument_version'])),
    establishment: Number(row['establishment']),
    status: String(row['status']),
    excluded: truthy(row['excluded']),
    consented: truthy(row['consent_guardian']) && truthy(row['assent_child']),
  }));
}

interface Enumerator {
  name: string;
  email: string | null;
}

async function enumeratorsById(database: Knex, ids: ReadonlyArray<string | null>): Promise<Map<string, Enumerator>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows: Array<{ id: string; first_name: string | null; last_name: string | null; email: string | null }> =
    await database('directus_users').whereIn('id', wanted).select('id', 'first_name', 'last_name', 'email');
  return new Map(
    rows.map((row) => [
      row.id,
      { name: [row.first_name, row.last_name].filter(Boolean).join(' ') || (row.email ?? row.id), email: row.email },
    ]),
  );
}

const nonResponse = ({ asked, missing, share }: NonResponse) => ({ asked, missing, share });

/**
 * The endpoint's answer: checks on the counted interviews of the establishments in `scope` (all when
 * null). The median is the whole wave's, so an interview is short by the same yardstick for everyone.
 */
export async function waveQuality(database: Knex, wave: WaveRecord, scope: ReadonlySet<number> | null, today: string) {
  const counted = (await waveInterviews(database, wave.id)).filter(isCounted);
  const visible = scope ? counted.filter((interview) => scope.has(interview.establishment)) : counted;
  const typical = typicalDuration(counted);
  const short = shortInterviews(visible, typical);
  const { questions, enumerators } = itemNonResponse(visible, { today });
  const names = await enumeratorsById(
    database,
    [...short, ...enumerators].map((entry) => entry.enumerator),
  );
  const named = (id: string | null) => (id === null ? null : (names.get(id) ?? { name: id, email: null }));
  return {
    wave: wave.code,
    interviews: visible.length,
    median_minutes: typical ?? null,
    short_share: SHORT_INTERVIEW_SHARE,
    duplicates: duplicateParticipants(visible),
    short_interviews: short.map((entry) => ({
      code: entry.code,
      enumerator: named(entry.enumerator),
      duration_minutes: entry.durationMinutes,
      median_minutes: typical ?? null,
    })),
    non_response: {
      questions: questions.map((entry) => ({
        question: entry.question,
        label: entry.label,
        label_ar: entry.labelAr,
        ...nonResponse(entry),
      })),
      enumerators: enumerators.map((entry) => ({
        enumerator: named(entry.enumerator),
        interviews: entry.interviews,
        ...nonResponse(entry),
      })),
    },
  };
}
