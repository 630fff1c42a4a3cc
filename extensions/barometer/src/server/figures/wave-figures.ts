// A wave's figures: live while it is open; for a locked or published wave, the figures stored at its
// lock (core/indicators/snapshot.ts), and what they do not hold computed from its frozen data with the
// indicator definitions frozen at the lock, so they never move when definitions or code change.
import type { Knex } from 'knex';
import {
  IndicatorInputError,
  parseStoredFigures,
  snapshotBreakdowns,
  snapshotResults,
  storedResults,
  type IndicatorAudit,
  type IndicatorResult,
  type StoredFigures,
  type WaveScore,
} from '../../../../../core/indicators/index.ts';
import type { ComputeWave } from '../../../../../core/compute/index.ts';
import { isClosed } from '../../../../../core/waves/index.ts';
import { runInWorker } from '../compute/compute-queue.ts';
import { ValidationError } from '../http/errors.ts';
import { withPanel } from '../db/panel-members.ts';
import {
  loadIndicatorDefinitions,
  loadWaveData,
  type StoredIndicator,
  type WaveData,
  type WaveRecord,
} from '../db/wave-data.ts';

export type FiguresSource = 'live' | 'snapshot';

interface Snapshot {
  id: number;
  definitions: StoredIndicator[];
  stored: StoredFigures | undefined;
}

async function latestSnapshot(database: Knex, waveId: number): Promise<Snapshot | undefined> {
  const row: { id: number; definitions: unknown; results: unknown; score: unknown } | undefined = await database(
    'indicator_snapshots',
  )
    .where('wave', waveId)
    .orderBy('id', 'desc')
    .first('id', 'definitions', 'results', 'score');
  if (!row) return undefined;
  const definitions =
    typeof row.definitions === 'string'
      ? (JSON.parse(row.definitions) as StoredIndicator[])
      : (row.definitions as StoredIndicator[]);
  return { id: row.id, definitions, stored: parseStoredFigures(row.results, row.score) };
}

export interface WaveFigures {
  /** The wave's code: what its jobs in the figures worker are about. */
  wave: string;
  source: FiguresSource;
  definitions: StoredIndicator[];
  data: WaveData;
  /** The tables and score stored at the lock, which a closed wave answers with. */
  stored?: StoredFigures | undefined;
}

export async function waveFigures(database: Knex, wave: WaveRecord): Promise<WaveFigures> {
  const snapshot = isClosed(wave.status) ? await latestSnapshot(database, wave.id) : undefined;
  return {
    wave: wave.code,
    source: snapshot ? 'snapshot' : 'live',
    definitions: snapshot?.definitions ?? (await loadIndicatorDefinitions(database)),
    data: await withPanel(database, wave, await loadWaveData(database, wave.id)),
    stored: snapshot?.stored,
  };
}

/** What the worker reads of the wave: plain data, no database handle. */
function computeWave(figures: WaveFigures): ComputeWave {
  const { definitions } = figures;
  const { interviews, frame, knownCodes } = figures.data;
  return { definitions, interviews, frame, knownCodes };
}

/**
 * Data the design cannot take (more interviews than minors in a stratum, an interview outside the
 * frame) is the wave's state, not a server fault: a 422 that says which establishment to correct.
 */
async function withInputErrors<T>(compute: Promise<T>): Promise<T> {
  try {
    return await compute;
  } catch (error) {
    if (error instanceof IndicatorInputError) {
      throw new ValidationError({
        summary: 'Les données de la vague ne permettent pas le calcul',
        problems: [{ message: error.message }],
      });
    }
    throw error;
  }
}

/**
 * Several tables of one wave (one per breakdown, `[]` for the overall results): from the tables stored
 * at the lock where they hold them, the others computed in the figures worker in one job.
 */
export async function indicatorTables(
  figures: WaveFigures,
  tables: readonly (readonly string[])[],
  options: { disclosure: boolean; today: string },
): Promise<IndicatorResult[][]> {
  const { data, definitions, stored } = figures;
  const answered = tables.map((by) =>
    stored && options.disclosure
      ? storedResults(stored, {
          codes: definitions.map((definition) => definition.code),
          by,
          knownCodes: data.knownCodes,
        })
      : undefined,
  );
  const missing = tables.filter((_, k) => answered[k] === undefined);
  if (missing.length === 0) return answered.map((results) => results ?? []);
  const computed = await withInputErrors(
    runInWorker('figures', figures.wave, async () => ({
      type: 'indicators',
      wave: computeWave(figures),
      tables: missing,
      disclosure: options.disclosure,
      today: options.today,
    })),
  );
  let next = 0;
  return answered.map((results) => results ?? computed[next++] ?? []);
}

export async function indicatorResults(
  figures: WaveFigures,
  options: { by: string[]; disclosure: boolean; today: string },
): Promise<IndicatorResult[]> {
  const [results] = await indicatorTables(figures, [options.by], options);
  return results ?? [];
}

/** The wave's protection pattern audited over the whole menu and the frame (core/disclosure). */
export function disclosureAudit(figures: WaveFigures, today: string): Promise<IndicatorAudit[]> {
  return withInputErrors(
    runInWorker('figures', figures.wave, async () => ({ type: 'audit', wave: computeWave(figures), today })),
  );
}

/** A closed wave's score as stored at its lock (it reads only indicators with a dimension, as the report's). */
export async function waveScore(figures: WaveFigures): Promise<WaveScore> {
  if (figures.stored) return figures.stored.score;
  return withInputErrors(
    runInWorker('figures', figures.wave, async () => ({ type: 'score', wave: computeWave(figures) })),
  );
}

/** What a lock stores beside the definitions: every table of the menu and the score. */
interface LockFigures {
  readonly results: IndicatorResult[];
  readonly score: WaveScore;
}

async function lockInputs(database: Knex, wave: WaveRecord): Promise<WaveFigures> {
  const definitions = await loadIndicatorDefinitions(database);
  const data = await withPanel(database, wave, await loadWaveData(database, wave.id));
  return { wave: wave.code, source: 'live', definitions, data };
}

/** Everything the lock's figures are computed from, as one string: equal strings, equal figures. */
function fingerprint(figures: WaveFigures): string {
  const { definitions, interviews, frame, knownCodes } = computeWave(figures);
  return JSON.stringify([definitions, interviews, frame, [...knownCodes].sort()]);
}

async function lockFigures(figures: WaveFigures, today: string): Promise<LockFigures> {
  const breakdowns = snapshotBreakdowns(figures.data.knownCodes);
  const [tables, score] = await Promise.all([
    indicatorTables(figures, breakdowns, { disclosure: true, today }),
    waveScore(figures),
  ]);
  return { results: snapshotResults(breakdowns.map((by, k) => ({ by, results: tables[k] ?? [] }))), score };
}

/** A lock's figures computed before its transaction, with what they were computed from. */
export interface PreparedSnapshot {
  readonly fingerprint: string;
  readonly outcome: { readonly figures: LockFigures } | { readonly error: unknown };
}

/**
 * Computes a lock's figures from the wave's data as it stands, before the lock's transaction opens:
 * on SQLite the transaction holds the only connection, so computing inside it would keep every other
 * request (`/server/health` too) waiting for seconds. A refusal of the data is kept, not thrown: the
 * lock's own checks come first.
 */
export async function prepareSnapshot(database: Knex, wave: WaveRecord, now: Date): Promise<PreparedSnapshot> {
  const figures = await lockInputs(database, wave);
  const today = now.toISOString().slice(0, 10);
  return {
    fingerprint: fingerprint(figures),
    outcome: await lockFigures(figures, today).then(
      (computed) => ({ figures: computed }),
      (error: unknown) => ({ error }),
    ),
  };
}

/**
 * Stores the wave's figures at its lock: the definitions in force, the standard tables and the score,
 * all from the data read in this transaction (the wave row is held). The figures prepared before it
 * are used when they were computed from the same data; otherwise (an interview committed meanwhile,
 * unreviewed ones excluded by the lock) they are computed again here, the transaction waiting.
 */
export async function takeSnapshot(
  transaction: Knex,
  wave: WaveRecord,
  user: string | null,
  now: Date,
  prepared?: PreparedSnapshot,
): Promise<number> {
  const figures = await lockInputs(transaction, wave);
  const outcome =
    prepared && prepared.fingerprint === fingerprint(figures)
      ? prepared.outcome
      : { figures: await lockFigures(figures, now.toISOString().slice(0, 10)) };
  if ('error' in outcome) throw outcome.error;
  const [row] = await transaction('indicator_snapshots').insert(
    {
      wave: wave.id,
      definitions: JSON.stringify(figures.definitions),
      results: JSON.stringify(outcome.figures.results),
      score: JSON.stringify(outcome.figures.score),
      user_created: user,
      date_created: now.toISOString(),
    },
    ['id'],
  );
  return Number((row as { id: number } | undefined)?.id ?? 0);
}
