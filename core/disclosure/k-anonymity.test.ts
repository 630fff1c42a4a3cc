import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../export/layout.ts';
import { exportWave } from '../export/export-wave.ts';
import { VERSION } from '../export/test-support.ts';
import type { ExportInterview } from '../export/types.ts';
import { ageBand, K_ANONYMITY, kAnonymise, localSuppression, type QiValue } from './k-anonymity.ts';

const countsOf = (records: readonly (readonly QiValue[])[]) => {
  const counts = new Map<string, number>();
  for (const record of records) counts.set(JSON.stringify(record), (counts.get(JSON.stringify(record)) ?? 0) + 1);
  return [...counts.values()];
};

function interview(code: string, establishment: string, type: string, sex: string, age: number): ExportInterview {
  return {
    code,
    establishment_code: establishment,
    establishment_type: type,
    region: 'Casablanca-Settat',
    interview_date: '2025-03-14',
    status: 'validated',
    instrument_version: 7,
    answers: { SEX: sex, AGE: age, BALANCE: 10 },
  };
}

// Seven boys of one establishment, then one girl and two boys of another one of the same type.
const INTERVIEWS: ExportInterview[] = [
  ...[14, 15, 15, 16, 16, 17, 17].map((age, index) => interview(`W1-E01-${index}`, 'E01', 'cre', 'male', age)),
  interview('W1-E12-0', 'E12', 'cre', 'female', 15),
  interview('W1-E12-1', 'E12', 'cre', 'male', 17),
  interview('W1-E12-2', 'E12', 'cre', 'male', 19),
];

describe('local suppression', () => {
  it('suppresses the value that joins a small combination to a large one, and nothing in combinations of k', () => {
    const result = localSuppression(
      [
        ['a', 'f'],
        ['a', 'm'],
        ['a', 'm'],
        ['a', 'm'],
        ['b', 'm'],
        ['b', 'm'],
        ['b', 'm'],
        ['a', null],
        ['a', null],
      ],
      3,
    );
    expect(result.records[0]).toEqual(['a', null]);
    expect(result.suppressed).toEqual([0, 1]);
    expect(Math.min(...countsOf(result.records))).toBeGreaterThanOrEqual(3);
  });

  it('merges into the fully missing combination when it is the one under k', () => {
    const result = localSuppression(
      [
        [null, null],
        ['a', 'f'],
        ['a', 'f'],
        ['a', 'f'],
        ['a', 'f'],
      ],
      3,
    );
    expect(Math.min(...countsOf(result.records))).toBeGreaterThanOrEqual(3);
    expect(result.records.every((record) => record.length === 2)).toBe(true);
  });

  it('gives every combination at least k records, keeps every record, and only sets values to missing (property)', () => {
    const value = fc.oneof(fc.constantFrom<QiValue>('a', 'b', 'c', null), fc.integer({ min: 0, max: 3 }));
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 5 })
          .chain((width) =>
            fc.array(fc.array(value, { minLength: width, maxLength: width }), { minLength: 3, maxLength: 60 }),
          ),
        (records) => {
          const result = localSuppression(records, K_ANONYMITY);
          expect(result.records).toHaveLength(records.length);
          expect(Math.min(...countsOf(result.records))).toBeGreaterThanOrEqual(K_ANONYMITY);
          let changed = 0;
          result.records.forEach((record, row) =>
            record.forEach((cell, column) => {
              const before = records[row]?.[column] ?? null;
              if (cell !== before) {
                expect(cell).toBeNull();
                changed += 1;
              }
            }),
          );
          expect(result.suppressed.reduce((sum, count) => sum + count, 0)).toBe(changed);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('k-anonymous export', () => {
  const raw = buildDataset('W1', [VERSION], INTERVIEWS, { includeText: false });
  const dataset = kAnonymise(raw);
  const column = (name: string) => dataset.columns.findIndex((entry) => entry.name === name);

  it('recodes the establishment into its type, age into bands, the date into its month, and drops the interview code', () => {
    for (const row of dataset.rows) {
      expect(row[column('establishment_code')]).toBeNull();
      expect(row[column('interview_code')]).toBeNull();
      expect(row[column('interview_date')]).toBe('2025-03');
      expect([null, '<16', '16-17', '18+']).toContain(row[column('AGE')]);
    }
    expect(dataset.columns[column('AGE')]?.kind).toBe('string');
    expect([ageBand(12), ageBand(15), ageBand(16), ageBand(17), ageBand(18), ageBand(20)]).toEqual([
      '<16',
      '<16',
      '16-17',
      '16-17',
      '18+',
      '18+',
    ]);
  });

  it('leaves no combination of the quasi-identifiers under 3 interviews and keeps every interview', () => {
    expect(dataset.rows).toHaveLength(INTERVIEWS.length);
    const quasi = ['establishment_type', 'region', 'SEX', 'AGE'].map(column);
    expect(
      Math.min(...countsOf(dataset.rows.map((row) => quasi.map((index) => row[index] ?? null)))),
    ).toBeGreaterThanOrEqual(3);
    // The only girl cannot keep both her sex and her age band: one of them is suppressed.
    expect(dataset.protection?.suppressed.reduce((sum, entry) => sum + entry.count, 0)).toBeGreaterThan(0);
    expect(dataset.rows.map((row) => row[column('respondent_id')])).toEqual(INTERVIEWS.map((_, index) => index + 1));
    expect(dataset.rows.map((row) => row[column('BALANCE')])).toEqual(INTERVIEWS.map(() => 10));
  });

  it('says in the codebook what was recoded and how many values were suppressed', () => {
    const body = exportWave(
      { wave: 'W1', versions: [VERSION], interviews: INTERVIEWS },
      'codebook',
      { includeText: false },
      'k-anonymous',
    ).body;
    const rows = (parse(body, { bom: true, columns: true }) as Array<Record<string, string>>).filter(
      (row) => row['section'] === 'protection',
    );
    expect(rows.map((row) => row['type'])).toContain('recodage');
    expect(rows.find((row) => row['columns'] === 'AGE' && row['type'] === 'recodage')?.['label']).toContain(
      '<16, 16-17, 18+',
    );
    const suppressed = rows.filter((row) => row['type'] === 'suppression locale');
    expect(suppressed.map((row) => row['columns'])).toEqual(['region', 'AGE', 'establishment_type', 'SEX']);
    const total = dataset.protection?.suppressed.reduce((sum, entry) => sum + entry.count, 0) ?? 0;
    expect(
      suppressed.map((row) => Number(/: (\d+)/.exec(row['label'] ?? '')?.[1])).reduce((sum, count) => sum + count, 0),
    ).toBe(total);
  });

  it('keeps the raw export unchanged', () => {
    const body = exportWave(
      { wave: 'W1', versions: [VERSION], interviews: INTERVIEWS },
      'csv',
      { includeText: false },
      'raw',
    ).body;
    expect(body).toContain('W1-E12-0');
    expect(body).toContain('E12');
  });
});
