import { readFileSync } from 'node:fs';
import type { FrameEntry, IndicatorDefinition, InterviewRecord } from '../types.ts';
import { parseCsv, type CsvRow } from './csv.ts';

/** Test-only view of test/fixtures/oracle/wave-a (see its README) as the engine's inputs. */

const FOLDER = new URL('../../../test/fixtures/oracle/wave-a/', import.meta.url);

function read(name: string): string {
  return readFileSync(new URL(name, FOLDER), 'utf8');
}

export interface ExpectedResult {
  readonly indicator: string;
  readonly domain: Readonly<Record<string, string>>;
  readonly estimate: number;
  readonly se: number;
  readonly ci_low: number;
  readonly ci_high: number;
  readonly n: number;
  readonly population_estimate: number;
  readonly deff: number;
  readonly df: number;
}

interface ExpectedFile {
  readonly indicators: readonly { code: string; type: 'proportion' | 'mean'; numerator: string; denominator: string }[];
  readonly results: readonly ExpectedResult[];
}

interface ScoreFile {
  readonly meta: { readonly dimensions: Readonly<Record<string, readonly string[]>> };
  readonly scores: readonly { readonly name: string; readonly score: number; readonly se: number }[];
}

const expected = JSON.parse(read('expected.json')) as ExpectedFile;
const scoreFile = JSON.parse(read('score.json')) as ScoreFile;

export const expectedResults = expected.results;
export const expectedScores = scoreFile.scores;
export const scoreDimensions = scoreFile.meta.dimensions;

const NOT_ANSWERS = new Set(['interview_code', 'participant_code', 'establishment_code']);
const NUMERIC = new Set(['AGE', 'VISITS_COUNT', 'WELLBEING']);
const MULTIPLE = new Set(['ACTIVITIES']);

/** An empty cell is no answer, so the key is left out. */
function answersOf(row: CsvRow): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const [code, cell] of Object.entries(row)) {
    if (NOT_ANSWERS.has(code) || cell === '') continue;
    if (NUMERIC.has(code)) answers[code] = Number(cell);
    else if (MULTIPLE.has(code)) answers[code] = cell.split(' ').filter((value) => value !== '');
    else answers[code] = cell;
  }
  return answers;
}

const interviewRows = parseCsv(read('interviews.csv'));

export const frame: readonly FrameEntry[] = parseCsv(read('frame.csv')).map((row) => ({
  establishment: row['establishment_code'] ?? '',
  population: Number(row['population']),
  establishment_type: row['establishment_type'] ?? null,
  region: row['region'] ?? null,
}));

export const interviews: readonly InterviewRecord[] = interviewRows.map((row) => ({
  establishment: row['establishment_code'] ?? '',
  answers: answersOf(row),
}));

export const knownCodes: ReadonlySet<string> = new Set(
  Object.keys(interviewRows[0] ?? {}).filter((column) => !NOT_ANSWERS.has(column)),
);

const dimensionOf = new Map(
  Object.entries(scoreDimensions).flatMap(([dimension, codes]) => codes.map((code) => [code, dimension] as const)),
);

/** expected.json's definitions, with score.json's dimensions and the 1-5 goalposts of WELLBEING. */
export const indicators: readonly IndicatorDefinition[] = expected.indicators.map((indicator) => ({
  code: indicator.code,
  type: indicator.type,
  numerator: indicator.numerator,
  denominator: indicator.denominator,
  dimension: dimensionOf.get(indicator.code) ?? null,
  direction: 'higher_is_better',
  ...(indicator.code === 'WELLBEING' ? { goalpost_low: 1, goalpost_high: 5 } : {}),
}));
