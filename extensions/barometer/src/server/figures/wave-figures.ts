// A wave's figures: live while it is open; for a locked or published wave, the figures stored at its
// lock (core/indicators/snapshot.ts), and what they do not hold computed from its frozen data with the
// indicator definitions frozen at the lock, so they never move when definitions or code change.
import type { Knex } from 'knex';
import {
  auditWave,
  computeIndicators,
  computeScore,
  IndicatorInputError,
  loadDisclosureSolver,
  parseStoredFigures,
  snapshotBreakdowns,
  snapshotResults,
  storedResults,
  type IndicatorAudit,
  type IndicatorResult,
  type StoredFigures,
  type WaveScore,
} from '../../../../../core/indicators/index.ts';
import { isClosed } from '../../../../../core/waves/index.ts';
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
  source: FiguresSource;
  definitions: StoredIndicator[];
  data: WaveData;
  /** The tables and score stored at the lock, which a closed wave answers with. */
  stored?: StoredFigures | undefined;
}

export async function waveFigures(database: Knex, wave: WaveRecord): Promise<WaveFigures> {
  const snapshot = isClosed(wave.status) ? await latestSnapshot(database, wave.id) : undefined;
  // Every output computed from these figures with disclosure on goes through the wave's pattern.
  await loadDisclosureSolver();
  return {
    source: snapshot ? 'snapshot' : 'live',
    definitions: snapshot?.definitions ?? (await loadIndicatorDefinitions(database)),
    data: await withPanel(database, wave, await loadWaveData(database, wave.id)),
    stored: snapshot?.stored,
  };
}

/**
 * Data the design cannot take (more interviews than minors in a stratum, an interview outside the
 * frame) is the wave's state, not a server fault: a 422 that says which establishment to correct.
 */
function withInputErrors<T>(compute: () => T): T {
  try {
    return compute();
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

export function indicatorResults(
  figures: WaveFigures,
  options: { by: string[]; disclosure: boolean; today: string },
): IndicatorResult[] {
  const { data, definitions, stored } = figures;
  const answered =
    stored && options.disclosure
      ? storedResults(stored, {
          codes: definitions.map((definition) => definition.code),
          by: options.by,
          knownCodes: data.knownCodes,
        })
      : undefined;
  if (answered) return answered;
  return withInputErrors(() => computeIndicators(definitions, data.interviews, data.frame, data.knownCodes, options));
}

/** The wave's protection pattern audited over the whole menu and the frame (core/disclosure). */
export function disclosureAudit(figures: WaveFigures, today: string): IndicatorAudit[] {
  const { data, definitions } = figures;
  return withInputErrors(() => auditWave(definitions, data.interviews, data.frame, data.knownCodes, { today }));
}

/** A closed wave's score as stored at its lock (it reads only indicators with a dimension, as the report's). */
export function waveScore(figures: WaveFigures): WaveScore {
  if (figures.stored) return figures.stored.score;
  return withInputErrors(() =>
    computeScore(figures.definitions, figures.data.interviews, figures.data.frame, figures.data.knownCodes),
  );
}

/** Stores the wave's figures at its lock: the definitions in force, the standard tables and the score. */
export async function takeSnapshot(
  transaction: Knex,
  wave: WaveRecord,
  user: string | null,
  now: Date,
): Promise<number> {
  const definitions = await loadIndicatorDefinitions(transaction);
  await loadDisclosureSolver();
  const data = await withPanel(transaction, wave, await loadWaveData(transaction, wave.id));
  const figures: WaveFigures = { source: 'live', definitions, data };
  const today = now.toISOString().slice(0, 10);
  const results = snapshotResults(
    snapshotBreakdowns(data.knownCodes).map((by) => ({
      by,
      results: indicatorResults(figures, { by: [...by], disclosure: true, today }),
    })),
  );
  const [row] = await transaction('indicator_snapshots').insert(
    {
      wave: wave.id,
      definitions: JSON.stringify(definitions),
      results: JSON.stringify(results),
      score: JSON.stringify(waveScore(figures)),
      user_created: user,
      date_created: now.toISOString(),
    },
    ['id'],
  );
  return Number((row as { id: number } | undefined)?.id ?? 0);
}
