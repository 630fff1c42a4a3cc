// A recommendation's follow-up row: at a wave after the recommendation's, once per wave
// (core/recommendations). The freeze at a closed wave is the guards hook's WAVE_CONTENT rule.
import type { Knex } from 'knex';
import { z } from 'zod';
import { followUpProblem, type WaveRef } from '../../../../../core/recommendations/index.ts';
import { isoDay } from '../db/db-values.ts';
import { ConflictError } from '../http/errors.ts';

type Keys = ReadonlyArray<string | number>;

const id = z.coerce.number().int().positive();

async function waveRef(database: Knex, waveId: number | null): Promise<WaveRef | null> {
  if (waveId === null) return null;
  const row: { code: string; reference_date: unknown } | undefined = await database('waves')
    .where('id', waveId)
    .first('code', 'reference_date');
  return row ? { code: row.code, reference_date: isoDay(row.reference_date) ?? '' } : null;
}

async function check(database: Knex, recommendation: number, wave: number, except: Keys): Promise<void> {
  const row: { wave: number | null } | undefined = await database('recommendations')
    .where('id', recommendation)
    .first('wave');
  const target = await waveRef(database, wave);
  // An unknown recommendation or wave is the foreign key's refusal, not this rule's.
  if (!row || !target) return;
  const existing: Array<{ code: string }> = await database('recommendation_followups as f')
    .join('waves as w', 'w.id', 'f.wave')
    .where('f.recommendation', recommendation)
    .whereNotIn('f.id', except)
    .select('w.code');
  const problem = followUpProblem(
    await waveRef(database, row.wave),
    target,
    existing.map((entry) => entry.code),
  );
  if (problem) throw new ConflictError({ reason: problem });
}

export async function checkFollowUpCreate(database: Knex, payload: Record<string, unknown>): Promise<void> {
  const recommendation = id.safeParse(payload['recommendation']);
  const wave = id.safeParse(payload['wave']);
  if (recommendation.success && wave.success) await check(database, recommendation.data, wave.data, []);
}

export async function checkFollowUpUpdate(database: Knex, keys: Keys, payload: Record<string, unknown>): Promise<void> {
  if (payload['recommendation'] === undefined && payload['wave'] === undefined) return;
  const rows: Array<{ id: number; recommendation: number; wave: number }> = await database('recommendation_followups')
    .whereIn('id', keys)
    .select('id', 'recommendation', 'wave');
  for (const row of rows) {
    const recommendation = id.safeParse(payload['recommendation'] ?? row.recommendation);
    const wave = id.safeParse(payload['wave'] ?? row.wave);
    if (recommendation.success && wave.success) await check(database, recommendation.data, wave.data, [row.id]);
  }
}
