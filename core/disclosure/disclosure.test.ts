import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  auditPattern,
  buildTables,
  loadSolver,
  cellStatus,
  patternHolds,
  protectTables,
  type DisclosureUnit,
  type IndicatorTables,
} from './index.ts';

await loadSolver();

const VARIABLES = ['SEX', 'establishment_type', 'region'];

interface EstablishmentSpec {
  readonly code: string;
  readonly type: string;
  readonly region: string;
  readonly population: number;
  /** One entry per interview: SEX (null: not answered) and the answer (null: outside the denominator). */
  readonly interviews: readonly { readonly sex: string | null; readonly answer: number | null }[];
}

function wave(establishments: readonly EstablishmentSpec[]): { units: DisclosureUnit[]; values: (number | null)[] } {
  const units: DisclosureUnit[] = [];
  const values: (number | null)[] = [];
  for (const establishment of establishments) {
    for (const interview of establishment.interviews) {
      units.push({
        establishment: establishment.code,
        weight: establishment.population / establishment.interviews.length,
        values: { SEX: interview.sex, establishment_type: establishment.type, region: establishment.region },
      });
      values.push(interview.answer);
    }
  }
  return { units, values };
}

function interviews(count: number, yes: number, sex: (i: number) => string | null = (i) => (i % 3 === 0 ? 'f' : 'm')) {
  return Array.from({ length: count }, (_, i) => ({ sex: sex(i), answer: i < yes ? 1 : 0 }));
}

function tablesOf(establishments: readonly EstablishmentSpec[], sensitive = false): IndicatorTables {
  const { units, values } = wave(establishments);
  return buildTables(
    units,
    {
      indicator: 'SAF_VIOLENCE',
      values,
      sensitive,
      everyInterview: values.every((value) => value !== null),
      range: [0, 1],
    },
    VARIABLES,
    10,
  );
}

/** Only the cells no optimisation decides: primaries and unprinted cells hidden, the rest published. */
function primariesOnly(tables: IndicatorTables): boolean[] {
  return tables.cells.map((cell) => cellStatus(cell) === 'suppressed');
}

function auditOf(tables: IndicatorTables, suppressed: readonly boolean[], key: string) {
  return auditPattern(tables, suppressed).find((cell) => cell.key === key);
}

// The demo's W1 shape: E12 (2 interviews) is the only establishment of its type outside region R1.
const E12_ATTACK: EstablishmentSpec[] = [
  { code: 'E10', type: 'quartier_mineurs', region: 'R1', population: 40, interviews: interviews(20, 7) },
  { code: 'E11', type: 'quartier_mineurs', region: 'R1', population: 30, interviews: interviews(15, 4) },
  { code: 'E12', type: 'quartier_mineurs', region: 'R2', population: 4, interviews: interviews(2, 2) },
  { code: 'E13', type: 'cre', region: 'R2', population: 60, interviews: interviews(30, 10) },
  { code: 'E14', type: 'cre', region: 'R3', population: 50, interviews: interviews(25, 5) },
];

describe('the E12 attack: a type minus a region inside it', () => {
  const tables = tablesOf(E12_ATTACK);
  const E12 = '{"establishment_code":"E12"}';

  it('recovers both children of E12 exactly when only the small cells are suppressed, and the audit says so', () => {
    const naive = primariesOnly(tables);
    expect(auditOf(tables, naive, E12)?.total).toEqual({ lower: expect.closeTo(2, 6), upper: expect.closeTo(2, 6) });
    const verdict = patternHolds(tables, naive);
    expect(verdict.holds).toBe(false);
    expect(verdict.failures.map((failure) => failure.key)).toContain(E12);
  });

  it('leaves a reader every value from 0 to 2 yes for E12 under the optimal pattern, and keeps the overall figure', () => {
    const { suppressed } = protectTables(tables);
    expect(patternHolds(tables, suppressed).holds).toBe(true);
    const audit = auditOf(tables, suppressed, E12);
    expect(audit?.total.lower).toBeCloseTo(0, 6);
    expect(audit?.total.upper).toBeCloseTo(2, 6);
    const overall = tables.cells.findIndex((cell) => cell.key === '{}');
    expect(suppressed[overall]).toBe(false);
  });
});

describe('missing is a category of its own', () => {
  // Two interviews without SEX: overall minus girls minus boys.
  const tables = tablesOf([
    {
      code: 'E01',
      type: 'cre',
      region: 'R1',
      population: 80,
      interviews: interviews(40, 12, (i) => (i < 2 ? null : i % 2 === 0 ? 'f' : 'm')),
    },
    { code: 'E02', type: 'cre', region: 'R2', population: 60, interviews: interviews(30, 9) },
  ]);
  const missing = '{"SEX":"missing"}';

  it('is recovered by subtraction when girls and boys are both published', () => {
    const audit = auditOf(tables, primariesOnly(tables), missing);
    expect(audit?.n.upper).toBeCloseTo(2, 6);
    expect(audit?.n.lower).toBeCloseTo(2, 6);
  });

  it('is protected by the pattern, which hides the girls (the cheaper of the two) but not the overall figure', () => {
    const { suppressed } = protectTables(tables);
    expect(patternHolds(tables, suppressed).holds).toBe(true);
    const hidden = tables.cells.filter((cell, c) => suppressed[c] && cell.output).map((cell) => cell.key);
    // Overall minus boys is then girls plus missing: two unknowns, one equation.
    expect(hidden).toEqual(['{"SEX":"f"}']);
  });
});

describe('attribute disclosure of a sensitive indicator', () => {
  // Region R2 (12 children): every one of them answers yes.
  const establishments: EstablishmentSpec[] = [
    { code: 'E01', type: 'cre', region: 'R1', population: 80, interviews: interviews(40, 12) },
    { code: 'E02', type: 'cre', region: 'R2', population: 24, interviews: interviews(12, 12) },
    { code: 'E03', type: 'quartier_mineurs', region: 'R3', population: 60, interviews: interviews(30, 9) },
  ];

  it('makes a cell where every child shares the answer primary, only when the indicator is sensitive', () => {
    const region = (tables: IndicatorTables) => tables.cells.find((cell) => cell.key === '{"region":"R2"}')?.primary;
    expect(region(tablesOf(establishments, true))).toBe('attribute');
    expect(region(tablesOf(establishments, false))).toBeNull();
  });

  it('keeps at least ±3 children of doubt on its yes', () => {
    const tables = tablesOf(establishments, true);
    const { suppressed } = protectTables(tables);
    expect(patternHolds(tables, suppressed).holds).toBe(true);
    const audit = auditOf(tables, suppressed, '{"region":"R2"}');
    expect((audit?.total.upper ?? 0) - (audit?.total.lower ?? 0)).toBeGreaterThanOrEqual(6 - 1e-6);
  });
});

describe('random waves (property)', () => {
  const establishment = (k: number) =>
    fc
      .record({
        type: fc.constantFrom('cre', 'quartier_mineurs', 'centre_sauvegarde'),
        region: fc.constantFrom('R1', 'R2', 'R3'),
        extra: fc.integer({ min: 0, max: 40 }),
        interviews: fc.array(
          fc.record({ sex: fc.constantFrom('f', 'm', 'm', null), answer: fc.constantFrom(0, 1, 1, null) }),
          { minLength: 1, maxLength: 30 },
        ),
      })
      .map((spec): EstablishmentSpec => ({
        code: `E${k}`,
        type: spec.type,
        region: spec.region,
        population: spec.interviews.length + spec.extra,
        interviews: spec.interviews,
      }));
  const randomWave = fc
    .integer({ min: 2, max: 6 })
    .chain((count) => fc.tuple(...Array.from({ length: count }, (_, k) => establishment(k))));

  it(
    "suppresses every primary cell, keeps each one's protection interval and recovers none exactly",
    { timeout: 600_000 },
    () => {
      fc.assert(
        fc.property(randomWave, fc.boolean(), (establishments, sensitive) => {
          const tables = tablesOf(establishments, sensitive);
          const { suppressed } = protectTables(tables);
          expect(patternHolds(tables, suppressed)).toMatchObject({ holds: true });
          const loose = auditPattern(
            tables,
            tables.cells.map((cell) => cellStatus(cell) !== 'published'),
          );
          for (const cell of auditPattern(tables, suppressed)) {
            if (cell.primary === null) continue;
            const freest = loose.find((other) => other.key === cell.key);
            // Exact only when the frame and the overall figure alone already give it away.
            if (freest && freest.total.upper - freest.total.lower > 1e-6)
              expect(cell.total.upper - cell.total.lower).toBeGreaterThan(1e-6);
          }
        }),
        { numRuns: 25 },
      );
    },
  );
});
