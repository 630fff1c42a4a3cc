import type { EstimateResult, FrameEntry, IndicatorDefinition, IndicatorResult, InterviewRecord } from '../types.ts';
import {
  expectedIndicators,
  frameRows,
  interviewRows,
  panelInterviewRows,
  scoreDimensions,
  type OracleRow,
} from '../../../test/fixtures/oracle/oracle.ts';

/** Test-only view of test/fixtures/oracle/wave-a (see its README) as the engine's inputs. */

export {
  expectedResults,
  expectedScores,
  panelExpectedResults,
  panelNaiveOverall,
  scoreDimensions,
  type OracleResult as ExpectedResult,
} from '../../../test/fixtures/oracle/oracle.ts';

const NOT_ANSWERS = new Set(['interview_code', 'participant_code', 'establishment_code']);
const NUMERIC = new Set(['AGE', 'VISITS_COUNT', 'WELLBEING']);
const MULTIPLE = new Set(['ACTIVITIES']);

/** An empty cell is no answer, so the key is left out. */
function answersOf(row: OracleRow): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const [code, cell] of Object.entries(row)) {
    if (NOT_ANSWERS.has(code) || cell === '') continue;
    if (NUMERIC.has(code)) answers[code] = Number(cell);
    else if (MULTIPLE.has(code)) answers[code] = cell.split(' ').filter((value) => value !== '');
    else answers[code] = cell;
  }
  return answers;
}

export const frame: readonly FrameEntry[] = frameRows.map((row) => ({
  establishment: row['establishment_code'] ?? '',
  population: Number(row['population']),
  establishment_type: row['establishment_type'] ?? null,
  region: row['region'] ?? null,
}));

export const interviews: readonly InterviewRecord[] = interviewRows.map((row) => ({
  establishment: row['establishment_code'] ?? '',
  answers: answersOf(row),
}));

const previousRespondents = new Set(interviewRows.map((row) => row['participant_code']));

/** wave-a-panel's interviews, a panel member being a participant interviewed in wave-a. */
export const panelInterviews: readonly InterviewRecord[] = panelInterviewRows.map((row) => ({
  establishment: row['establishment_code'] ?? '',
  answers: answersOf(row),
  panel: previousRespondents.has(row['participant_code']),
}));

export const knownCodes: ReadonlySet<string> = new Set(
  Object.keys(interviewRows[0] ?? {}).filter((column) => !NOT_ANSWERS.has(column)),
);

const dimensionOf = new Map(
  Object.entries(scoreDimensions).flatMap(([dimension, codes]) => codes.map((code) => [code, dimension] as const)),
);

/** expected.json's definitions, with score.json's dimensions and the 1-5 goalposts of WELLBEING. */
export const indicators: readonly IndicatorDefinition[] = expectedIndicators.map((indicator) => ({
  code: indicator.code,
  type: indicator.type,
  numerator: indicator.numerator,
  denominator: indicator.denominator,
  dimension: dimensionOf.get(indicator.code) ?? null,
  direction: 'higher_is_better',
  ...(indicator.code === 'WELLBEING' ? { goalpost_low: 1, goalpost_high: 5 } : {}),
}));

/**
 * Relative tolerance against R: its logit intervals come from an IRLS fit stopped at a deviance change
 * of 1e-8 (see core/stats/oracle.test.ts); the rest agrees to about 1e-12.
 */
export const ORACLE_TOLERANCE = 1e-8;
export const ESTIMATE_FIELDS = ['estimate', 'se', 'ci_low', 'ci_high', 'population_estimate', 'deff'] as const;

export function isEstimate(result: IndicatorResult): result is EstimateResult {
  return 'suppressed' in result && !result.suppressed;
}

export function findResult(
  results: readonly EstimateResult[],
  indicator: string,
  domain: Readonly<Record<string, string>>,
): EstimateResult | undefined {
  const key = JSON.stringify(domain);
  return results.find((result) => result.indicator === indicator && JSON.stringify(result.domain) === key);
}

/** |ours − R's| / |R's| for one compared field; NaN where ours is missing, which fails any bound. */
export function relativeDifference(
  actual: EstimateResult,
  expected: Readonly<Record<(typeof ESTIMATE_FIELDS)[number], number>>,
  field: (typeof ESTIMATE_FIELDS)[number],
): number {
  return Math.abs((actual[field] ?? Number.NaN) - expected[field]) / Math.abs(expected[field]);
}
