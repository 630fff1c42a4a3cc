// Everything the indicator engine needs about a wave, read once: its counted interviews, frame, the
// question codes of its versions, and the indicator definitions (live, or frozen in the lock snapshot).
import type { Knex } from 'knex';
import type { FrameEntry, IndicatorDefinition, InterviewRecord } from '../../../../../core/indicators/index.ts';
import { COUNTED_STATUSES, samplingRateOf, type WaveKind, type WaveStatus } from '../../../../../core/waves/index.ts';
import { NotFoundError } from '../http/errors.ts';
import { MAX_DATABASE_ID } from '../http/http.ts';

export interface WaveRecord {
  id: number;
  code: string;
  label: string;
  kind: WaveKind;
  status: WaveStatus;
  reference_date: string | null;
  sampling_rate: number;
}

export async function resolveWave(database: Knex, idOrCode: string): Promise<WaveRecord> {
  const query = database('waves').first('id', 'code', 'label', 'kind', 'status', 'reference_date', 'sampling_rate');
  const row: (Omit<WaveRecord, 'sampling_rate'> & { sampling_rate: number | string | null }) | undefined =
    await (/^\d+$/.test(idOrCode)
      ? query.where('id', Number(idOrCode) <= MAX_DATABASE_ID ? Number(idOrCode) : 0)
      : query.where('code', idOrCode));
  if (!row) throw new NotFoundError({ reason: `Vague « ${idOrCode} » introuvable.` });
  return { ...row, sampling_rate: samplingRateOf(row.sampling_rate) };
}

export interface WaveData {
  interviews: InterviewRecord[];
  frame: FrameEntry[];
  knownCodes: Set<string>;
  /** Select-multiple codes: not usable as domain variables. */
  multipleCodes: Set<string>;
  /** Select-one codes: the only questions that may define a domain. */
  choiceCodes: Set<string>;
  /** Codes a coordinator marked identifying in one of the wave's versions: never a domain. */
  identifyingCodes: Set<string>;
  versionIds: number[];
  /** The participant code of each interview, in the order of `interviews`. */
  participantCodes: (string | null)[];
}

export async function loadWaveData(database: Knex, waveId: number): Promise<WaveData> {
  const frame: Array<{
    establishment: string;
    population: number;
    establishment_type: string | null;
    region: string | null;
  }> = await database('population_frames as f')
    .join('establishments as e', 'e.id', 'f.establishment')
    .where('f.wave', waveId)
    .select('e.code as establishment', 'f.population', 'e.type as establishment_type', 'e.region');
  const rows: Array<{
    establishment: string;
    answers: unknown;
    establishment_type: string | null;
    region: string | null;
    participant: string | null;
  }> = await database('interviews as i')
    .join('establishments as e', 'e.id', 'i.establishment')
    .leftJoin('participants as p', 'p.id', 'i.participant')
    .where('i.wave', waveId)
    .whereNull('i.followup')
    .whereIn('i.status', COUNTED_STATUSES)
    .where((builder) => builder.where('i.excluded', false).orWhereNull('i.excluded'))
    .orderBy('i.id')
    .select(
      'e.code as establishment',
      'i.answers',
      'e.type as establishment_type',
      'e.region',
      'p.code as participant',
    );
  const versions: Array<{ id: number }> = await database('waves_instrument_versions')
    .where('waves_id', waveId)
    .select('instrument_versions_id as id');
  const versionIds = versions.map((version) => version.id);
  const questions: Array<{ code: string; type: string; identifying: boolean | number | null }> = versionIds.length
    ? await database('questions').whereIn('instrument_version', versionIds).select('code', 'type', 'identifying')
    : [];
  return {
    interviews: rows.map((row) => ({
      establishment: row.establishment,
      answers: parseAnswers(row.answers),
      attributes: { establishment_type: row.establishment_type, region: row.region },
    })),
    frame: frame.map((entry) => ({ ...entry, population: Number(entry.population) })),
    knownCodes: new Set(questions.map((question) => question.code)),
    multipleCodes: new Set(
      questions.filter((question) => question.type === 'select_multiple').map((question) => question.code),
    ),
    choiceCodes: new Set(
      questions.filter((question) => question.type === 'select_one').map((question) => question.code),
    ),
    identifyingCodes: new Set(
      questions.filter((question) => Boolean(question.identifying)).map((question) => question.code),
    ),
    versionIds,
    participantCodes: rows.map((row) => row.participant),
  };
}

/** SQLite hands JSON columns back as text, PostgreSQL as objects. */
export function parseAnswers(value: unknown): Record<string, unknown> {
  if (typeof value === 'string') return value ? (JSON.parse(value) as Record<string, unknown>) : {};
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

export interface StoredIndicator extends IndicatorDefinition {
  id: number;
  label: string;
  label_ar: string | null;
  standard: string | null;
  sort: number | null;
}

export async function loadIndicatorDefinitions(database: Knex): Promise<StoredIndicator[]> {
  const rows: Array<Record<string, unknown>> = await database('indicators as i')
    .leftJoin('dimensions as d', 'd.id', 'i.dimension')
    .orderBy([{ column: 'd.sort' }, { column: 'i.sort' }, { column: 'i.code' }])
    .select(
      'i.id',
      'i.code',
      'i.label',
      'i.label_ar',
      'i.type',
      'i.numerator',
      'i.denominator',
      'd.code as dimension',
      'i.direction',
      'i.goalpost_low',
      'i.goalpost_high',
      'i.standard',
      'i.sort',
    );
  return rows.map((row) => ({
    id: Number(row['id']),
    code: String(row['code']),
    label: String(row['label'] ?? ''),
    label_ar: (row['label_ar'] as string | null) ?? null,
    type: row['type'] === 'mean' ? 'mean' : 'proportion',
    numerator: String(row['numerator'] ?? ''),
    denominator: (row['denominator'] as string | null) ?? null,
    dimension: (row['dimension'] as string | null) ?? null,
    direction: row['direction'] === 'lower_is_better' ? 'lower_is_better' : 'higher_is_better',
    goalpost_low:
      row['goalpost_low'] === null || row['goalpost_low'] === undefined ? null : Number(row['goalpost_low']),
    goalpost_high:
      row['goalpost_high'] === null || row['goalpost_high'] === undefined ? null : Number(row['goalpost_high']),
    standard: (row['standard'] as string | null) ?? null,
    sort: row['sort'] === null || row['sort'] === undefined ? null : Number(row['sort']),
  }));
}
