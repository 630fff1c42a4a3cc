// What the offline page downloads for an enumerator before going into a centre: its open waves and
// establishments (assignments), their questionnaire versions, the latest draw of each establishment,
// its own interviews' review state, and the released minors it is to follow up (issue 16) with their
// waves' follow-up version. Read with knex under the same limits the permissions set: assigned
// establishments and follow-ups only, own interviews only, published versions only.
import type { Knex } from 'knex';
import type { QuestionnaireVersion } from '../../../../../core/questionnaire/index.ts';
import { codeList, isoTimestamp } from '../db/db-values.ts';
import { latestDrawIds } from './draw-list.ts';
import { assignedFollowups } from '../followups/followups.ts';
import { questionnaireOf } from '../db/version-cache.ts';
import { parseAnswers } from '../db/wave-data.ts';

export interface FieldEstablishment {
  id: number;
  code: string;
  name: string;
  draw: { seed: string; selected: string[]; replacements: string[]; date_created: string | null } | null;
}

export interface FieldWave {
  id: number;
  code: string;
  label: string;
  versions: number[];
  establishments: FieldEstablishment[];
}

export interface FieldVersion {
  id: number;
  instrument: string;
  title: string;
  version: number;
  questionnaire: QuestionnaireVersion;
}

export interface FieldInterview {
  code: string;
  wave: number;
  /** Null for a follow-up interview, which names its `followup` instead. */
  establishment: number | null;
  followup: number | null;
  participant: string | null;
  status: string;
  review_comment: string | null;
  date_updated: string | null;
  answers: Record<string, unknown>;
}

/** A released minor to follow up, in an open wave, whose follow-up no outcome has closed. */
export interface FieldFollowup {
  id: number;
  wave: number;
  wave_code: string;
  participant: string;
  instrument_version: number;
  released_on: string | null;
  window_start: string;
  window_end: string;
  place_region: string | null;
  partner_organisation: string | null;
}

export interface FieldPackage {
  generated_at: string;
  waves: FieldWave[];
  versions: FieldVersion[];
  interviews: FieldInterview[];
  followups: FieldFollowup[];
}

/** The enumerator's follow-ups still to do, in open waves that have a follow-up version. */
async function followupsToDo(database: Knex, userId: string): Promise<FieldFollowup[]> {
  const assigned = await assignedFollowups(database, userId, new Date().toISOString().slice(0, 10));
  const open: Array<{ id: number }> = await database('waves')
    .whereIn('id', [...new Set(assigned.map((entry) => entry.wave_id))])
    .where('status', 'open')
    .select('id');
  const openIds = new Set(open.map((row) => Number(row.id)));
  return assigned.flatMap((entry) =>
    entry.ended || entry.followup_instrument_version === null || !openIds.has(entry.wave_id)
      ? []
      : [
          {
            id: entry.id,
            wave: entry.wave_id,
            wave_code: entry.wave,
            participant: entry.participant,
            instrument_version: entry.followup_instrument_version,
            released_on: entry.released_on,
            window_start: entry.window_start,
            window_end: entry.window_end,
            place_region: entry.place_region,
            partner_organisation: entry.partner_organisation,
          },
        ],
  );
}

async function latestDraws(database: Knex, waveIds: number[]): Promise<Map<string, FieldEstablishment['draw']>> {
  const rows: Array<{
    wave: number;
    establishment: number;
    seed: string;
    selected: unknown;
    replacements: unknown;
    date_created: unknown;
  }> = await database('sample_draws')
    .whereIn('id', latestDrawIds(database, waveIds))
    .select('wave', 'establishment', 'seed', 'selected', 'replacements', 'date_created');
  return new Map(
    rows.map((row) => [
      `${row.wave}:${row.establishment}`,
      {
        seed: String(row.seed),
        selected: codeList(row.selected),
        replacements: codeList(row.replacements),
        date_created: isoTimestamp(row.date_created),
      },
    ]),
  );
}

export async function fieldPackage(database: Knex, userId: string): Promise<FieldPackage> {
  const assigned: Array<{
    wave: number;
    code: string;
    label: string;
    establishment: number;
    establishment_code: string;
    name: string;
  }> = await database('assignments as a')
    .join('waves as w', 'w.id', 'a.wave')
    .join('establishments as e', 'e.id', 'a.establishment')
    .where({ 'a.user': userId, 'w.status': 'open' })
    .orderBy(['w.code', 'e.code'])
    .select('w.id as wave', 'w.code', 'w.label', 'e.id as establishment', 'e.code as establishment_code', 'e.name');
  const waveIds = [...new Set(assigned.map((row) => Number(row.wave)))];
  const links: Array<{ waves_id: number; instrument_versions_id: number }> = await database(
    'waves_instrument_versions as l',
  )
    .join('instrument_versions as v', 'v.id', 'l.instrument_versions_id')
    .whereIn('l.waves_id', waveIds)
    .whereIn('v.status', ['published', 'retired'])
    .select('l.waves_id', 'l.instrument_versions_id');
  const draws = await latestDraws(database, waveIds);
  const followups = await followupsToDo(database, userId);

  const waves = new Map<number, FieldWave>();
  for (const row of assigned) {
    const id = Number(row.wave);
    const wave = waves.get(id) ?? { id, code: row.code, label: row.label, versions: [], establishments: [] };
    wave.establishments.push({
      id: Number(row.establishment),
      code: row.establishment_code,
      name: row.name,
      draw: draws.get(`${id}:${row.establishment}`) ?? null,
    });
    waves.set(id, wave);
  }
  for (const link of links) waves.get(Number(link.waves_id))?.versions.push(Number(link.instrument_versions_id));

  const versions: FieldVersion[] = [];
  const versionIds = [
    ...links.map((link) => Number(link.instrument_versions_id)),
    ...followups.map((followup) => followup.instrument_version),
  ];
  for (const id of new Set(versionIds)) {
    const found = await questionnaireOf(database, id);
    if (found)
      versions.push({
        id,
        instrument: found.row.instrument_code,
        title: found.row.instrument_title,
        version: found.row.version,
        questionnaire: found.questionnaire,
      });
  }

  const interviews: Array<Record<string, unknown>> = await database('interviews as i')
    .leftJoin('participants as p', 'p.id', 'i.participant')
    .where('i.user_created', userId)
    .whereIn('i.wave', [...new Set([...waveIds, ...followups.map((followup) => followup.wave)])])
    .select(
      'i.code',
      'i.wave',
      'i.establishment',
      'i.followup',
      'p.code as participant',
      'i.status',
      'i.review_comment',
      'i.date_updated',
      'i.answers',
    );
  return {
    generated_at: new Date().toISOString(),
    waves: [...waves.values()],
    versions,
    interviews: interviews.map((row) => ({
      code: String(row['code']),
      wave: Number(row['wave']),
      establishment: row['establishment'] === null ? null : Number(row['establishment']),
      followup: row['followup'] === null ? null : Number(row['followup']),
      participant: row['participant'] === null ? null : String(row['participant']),
      status: String(row['status']),
      review_comment: (row['review_comment'] as string | null) ?? null,
      date_updated: isoTimestamp(row['date_updated']),
      answers: parseAnswers(row['answers']),
    })),
    followups,
  };
}
