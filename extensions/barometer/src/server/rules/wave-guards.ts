// Item-level rules for waves and what they hold: a wave's status moves only through its actions; a
// locked or published wave, its frame and its version links are frozen (409 naming the wave).
import type { Knex } from 'knex';
import {
  CLOSED_STATUSES,
  isClosed,
  samplingRateOf,
  targetSize,
  type WaveStatus,
} from '../../../../../core/waves/index.ts';
import { ConflictError } from '../http/errors.ts';

type Keys = ReadonlyArray<string | number>;

async function closedWaves(database: Knex, waveIds: ReadonlyArray<number | string>): Promise<string[]> {
  if (waveIds.length === 0) return [];
  const rows: Array<{ code: string }> = await database('waves')
    .whereIn('id', [...new Set(waveIds)])
    .whereIn('status', CLOSED_STATUSES)
    .select('code');
  return rows.map((row) => row.code);
}

export async function assertWavesOpenForChange(database: Knex, waveIds: ReadonlyArray<number | string>): Promise<void> {
  const closed = await closedWaves(database, waveIds);
  if (closed.length > 0) {
    throw new ConflictError({
      reason: `La vague ${closed.join(', ')} est verrouillée : ses données ne peuvent plus changer. Un coordinateur peut la déverrouiller en donnant un motif.`,
    });
  }
}

/** The wave ids that rows of a collection with a wave column point to. */
export async function wavesOf(database: Knex, table: string, column: string, keys: Keys): Promise<number[]> {
  if (keys.length === 0) return [];
  const rows: Array<{ wave: number }> = await database(table).whereIn('id', keys).distinct(`${column} as wave`);
  return rows.map((row) => row.wave);
}

export function checkWaveCreate(payload: Record<string, unknown>): void {
  if (payload['status'] !== undefined && payload['status'] !== 'planned') {
    throw new ConflictError({
      reason: 'Une vague se crée planifiée, puis s’ouvre, se verrouille et se publie par ses actions.',
    });
  }
}

export async function checkWaveUpdate(database: Knex, keys: Keys, payload: Record<string, unknown>): Promise<void> {
  const rows: Array<{ code: string; status: WaveStatus }> = await database('waves')
    .whereIn('id', keys)
    .select('code', 'status');
  for (const row of rows) {
    if (payload['status'] !== undefined && payload['status'] !== row.status) {
      throw new ConflictError({
        reason: `Le statut de la vague ${row.code} change par ses actions (ouvrir, verrouiller, déverrouiller, publier), qui vérifient et journalisent chaque étape.`,
      });
    }
    if (isClosed(row.status)) {
      throw new ConflictError({
        reason: `La vague ${row.code} est ${row.status === 'locked' ? 'verrouillée' : 'publiée'} : elle ne peut plus être modifiée.`,
      });
    }
  }
}

/** The frame row keeps its target, so coverage reads what the wave's rate gave when it was set. */
export async function frameTarget(database: Knex, wave: number, population: number): Promise<number> {
  const row: { sampling_rate: number | string | null } | undefined = await database('waves')
    .where('id', wave)
    .first('sampling_rate');
  return targetSize(samplingRateOf(row?.sampling_rate), population);
}
