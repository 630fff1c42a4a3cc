// The recommendation tracker read for a wave's report: the earlier waves' recommendations, their
// addressee and indicators, and every follow-up row; core/recommendations picks the status as of the wave.
import type { Knex } from 'knex';
import { z } from 'zod';
import {
  FOLLOW_UP_STATUSES,
  statusAsOf,
  type TrackerLine,
  type WaveRef,
} from '../../../../../core/recommendations/index.ts';
import { isoDay } from '../db/db-values.ts';
import type { WaveRecord } from '../db/wave-data.ts';

const text = z
  .string()
  .nullable()
  .transform((value) => (value ?? '').trim());
const day = z.unknown().transform((value) => isoDay(value));

const recommendationRow = z.object({
  id: z.number(),
  wave_code: z.string(),
  wave_date: day,
  text: text,
  text_ar: text,
  institution: text,
  institution_ar: text,
  addressee: text,
  priority: z.enum(['high', 'medium', 'low']).nullable().catch(null),
  deadline: day,
});
const followUpRow = z.object({
  recommendation: z.number(),
  wave_code: z.string(),
  wave_date: day,
  status: z.enum(FOLLOW_UP_STATUSES),
  evidence: text,
  source: text,
  date: day,
});
const linkRow = z.object({ recommendation: z.number(), code: z.string() });

/** The institution chosen from the list, then any other addressee written beside it. */
export function addresseeOf(institution: string, others: string): string {
  return [institution, others].filter((part) => part !== '').join(' ; ');
}

/** Each recommendation's indicators, by recommendation id, in the order they were linked. */
export async function recommendationIndicators(database: Knex): Promise<Map<number, string[]>> {
  const rows = z
    .array(linkRow)
    .parse(
      await database('recommendations_indicators as l')
        .join('indicators as i', 'i.id', 'l.indicators_id')
        .orderBy('l.id')
        .select('l.recommendations_id as recommendation', 'i.code'),
    );
  const links = new Map<number, string[]>();
  for (const row of rows) links.set(row.recommendation, [...(links.get(row.recommendation) ?? []), row.code]);
  return links;
}

export async function followUpsAsOf(database: Knex, wave: WaveRecord): Promise<TrackerLine[]> {
  const reference: WaveRef = { code: wave.code, reference_date: isoDay(wave.reference_date) ?? '' };
  const recommendations = z.array(recommendationRow).parse(
    await database('recommendations as r')
      .join('waves as w', 'w.id', 'r.wave')
      .leftJoin('institutions as n', 'n.id', 'r.institution')
      .leftJoin('dimensions as d', 'd.id', 'r.dimension')
      .orderBy([{ column: 'w.reference_date' }, { column: 'd.sort' }, { column: 'r.sort' }, { column: 'r.id' }])
      .select(
        'r.id',
        'w.code as wave_code',
        'w.reference_date as wave_date',
        'r.text',
        'r.text_ar',
        'n.name as institution',
        'n.name_ar as institution_ar',
        'r.addressee',
        'r.priority',
        'r.deadline',
      ),
  );
  const followUps = z
    .array(followUpRow)
    .parse(
      await database('recommendation_followups as f')
        .join('waves as w', 'w.id', 'f.wave')
        .orderBy('f.id')
        .select(
          'f.recommendation',
          'w.code as wave_code',
          'w.reference_date as wave_date',
          'f.status',
          'f.evidence',
          'f.source',
          'f.date',
        ),
    );
  const indicators = await recommendationIndicators(database);
  return statusAsOf(
    recommendations
      .filter((row) => row.text !== '')
      .map((row) => ({
        id: row.id,
        wave: { code: row.wave_code, reference_date: row.wave_date ?? '' },
        text: row.text,
        text_ar: row.text_ar,
        institution: addresseeOf(row.institution, row.addressee),
        institution_ar: row.institution_ar,
        priority: row.priority ?? 'medium',
        deadline: row.deadline,
        indicators: indicators.get(row.id) ?? [],
      })),
    followUps.map((row) => ({
      recommendation: row.recommendation,
      wave: { code: row.wave_code, reference_date: row.wave_date ?? '' },
      status: row.status,
      evidence: row.evidence,
      source: row.source,
      date: row.date,
    })),
    reference,
  );
}
