// The cohort's estimates against R's survey package (issue 16, point 4): fixture/cohort.R adjusts the
// weights by class and runs svydesign(ids = ~1, weights = ~adjusted_weight) + svymean on the
// respondents of fixture/cohort.csv; its answer is stored in fixture/cohort-r.json (R is not in CI).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { estimateCohortProportion, type CohortUnit, type MemberStatus } from './index.ts';

const folder = new URL('./fixture/', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('cohort-r.json', folder), 'utf8')) as Record<
  'aftercare' | 'not_neet',
  { estimate: number; se: number }
> & { respondents: number };

const rows = readFileSync(new URL('cohort.csv', folder), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(','));
const units: CohortUnit[] = rows.map(([, weight, weightClass, status]) => ({
  weight: Number(weight),
  weightClass: weightClass ?? '',
  status: status as MemberStatus,
}));
const values = (column: number) => rows.map((row) => (row[column] === '' ? null : (Number(row[column]) as 0 | 1)));

describe('the cohort estimate against R survey', () => {
  it.each([
    ['aftercare', 4],
    ['not_neet', 5],
  ] as const)('%s: svymean’s estimate and standard error to 1e-8', (variable, column) => {
    const estimate = estimateCohortProportion(units, values(column));
    expect(estimate.n).toBe(expected.respondents);
    expect(Math.abs((estimate.estimate ?? Number.NaN) - expected[variable].estimate)).toBeLessThan(1e-8);
    expect(Math.abs((estimate.se ?? Number.NaN) - expected[variable].se)).toBeLessThan(1e-8);
  });
});
