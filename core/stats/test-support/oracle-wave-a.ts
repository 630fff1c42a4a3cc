/**
 * Test-only view of the statistics oracle (`test/fixtures/oracle`, see its README) for the estimators:
 * populations, domain values and the indicators as plain functions of an interview row.
 */
import {
  frameRows as frame,
  interviewRows as interviews,
  type OracleRow as Row,
} from '../../../test/fixtures/oracle/oracle.ts';

export {
  expectedResults,
  expectedScores,
  scoreDimensions,
  type OracleResult as ExpectedResult,
} from '../../../test/fixtures/oracle/oracle.ts';
export { frame, interviews };
export type { Row };

export const populations: Readonly<Record<string, number>> = Object.fromEntries(
  frame.map((row) => [row['establishment_code'] ?? '', Number(row['population'])]),
);

const typeOf = new Map(frame.map((row) => [row['establishment_code'], row['establishment_type'] ?? '']));

/** The value of a breakdown variable for an interview: a question code or the establishment's type. */
export function domainValue(row: Row, variable: string): string | null {
  const value = variable === 'establishment_type' ? typeOf.get(row['establishment_code']) : row[variable];
  return value === undefined || value === '' ? null : value;
}

function answer(row: Row, code: string): string | null {
  const value = row[code];
  return value === undefined || value === '' ? null : value;
}

function numberAnswer(row: Row, code: string): number | null {
  const value = answer(row, code);
  return value === null ? null : Number(value);
}

/**
 * The indicators of expected.json as plain functions of one interview: the numerator's value, or null
 * when the interview is outside the denominator (its condition is false or the numerator's question
 * has no answer). The expression engine replaces these in the application.
 */
type Indicator = (row: Row) => number | null;

function yes(code: string, inDenominator: (row: Row) => boolean = () => true): Indicator {
  return (row) => {
    const value = answer(row, code);
    return value === null || !inDenominator(row) ? null : value === 'yes' ? 1 : 0;
  };
}

function atLeast(code: string, bound: number): (row: Row) => boolean {
  return (row) => {
    const value = numberAnswer(row, code);
    return value !== null && value >= bound;
  };
}

export const indicators: Readonly<Record<string, { type: 'proportion' | 'mean'; value: Indicator }>> = {
  // ${EDU_ENROLLED} = 'yes'
  EDU: { type: 'proportion', value: yes('EDU_ENROLLED') },
  // ${VOC_TRAINING} = 'yes' over ${AGE} >= 15
  VOC: { type: 'proportion', value: yes('VOC_TRAINING', atLeast('AGE', 15)) },
  // ${FAMILY_VISIT_30D} = 'yes'
  FAM: { type: 'proportion', value: yes('FAMILY_VISIT_30D') },
  // ${RELEASE_PLAN} = 'yes' over ${LEGAL_STATUS} = 'convicted'
  PLAN: { type: 'proportion', value: yes('RELEASE_PLAN', (row) => answer(row, 'LEGAL_STATUS') === 'convicted') },
  // ${LAWYER_ACCESS} = 'yes' over ${SEX} = 'f'
  LAW_GIRLS: { type: 'proportion', value: yes('LAWYER_ACCESS', (row) => answer(row, 'SEX') === 'f') },
  // selected(${ACTIVITIES}, 'sport')
  SPORT: {
    type: 'proportion',
    value: (row) => {
      const value = answer(row, 'ACTIVITIES');
      return value === null ? null : value.split(' ').includes('sport') ? 1 : 0;
    },
  },
  // ${VISITS_COUNT}
  VISITS: { type: 'mean', value: (row) => numberAnswer(row, 'VISITS_COUNT') },
  // ${WELLBEING} over ${AGE} >= 14
  WELLBEING: {
    type: 'mean',
    value: (row) => (atLeast('AGE', 14)(row) ? numberAnswer(row, 'WELLBEING') : null),
  },
};

export function indicatorValues(code: string): readonly (number | null)[] {
  const indicator = indicators[code];
  if (indicator === undefined) throw new Error(`unknown indicator ${code}`);
  return Object.freeze(interviews.map(indicator.value));
}
