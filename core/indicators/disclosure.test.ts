import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeIndicators } from './compute-indicators.ts';
import { suppressTable, type TableCell } from './table-disclosure.ts';
import { frame, indicators, interviews, knownCodes } from './test-support/oracle.ts';
import type { IndicatorResult } from './types.ts';

function cellsOf(results: readonly IndicatorResult[], indicator: string): Record<string, IndicatorResult> {
  return Object.fromEntries(
    results
      .filter((result) => result.indicator === indicator && 'domain' in result)
      .map((result) => ['domain' in result ? JSON.stringify(result.domain) : '', result]),
  );
}

function suppressedDomains(results: readonly IndicatorResult[], indicator: string): string[] {
  return Object.entries(cellsOf(results, indicator))
    .filter(([, result]) => 'suppressed' in result && result.suppressed)
    .map(([domain]) => domain);
}

describe('disclosure control (on by default)', () => {
  const byType = computeIndicators(indicators, interviews, frame, knownCodes, { by: ['establishment_type'] });

  it('suppresses LAW_GIRLS in the two establishment types under 10 girls, and nothing else of the breakdown', () => {
    expect(suppressedDomains(byType, 'LAW_GIRLS')).toEqual([
      '{"establishment_type":"centre_sauvegarde"}',
      '{"establishment_type":"quartier_mineurs"}',
    ]);
    // Two suppressed siblings are only recoverable as a pair: no secondary suppression is needed.
    expect(cellsOf(byType, 'LAW_GIRLS')['{"establishment_type":"cre"}']).toMatchObject({ n: 13, suppressed: false });
    for (const indicator of ['EDU', 'VOC', 'FAM', 'PLAN', 'SPORT', 'VISITS', 'WELLBEING']) {
      expect(suppressedDomains(byType, indicator)).toEqual([]);
    }
  });

  it('withholds n, the population estimate, deff and df of a suppressed cell along with the estimate', () => {
    expect(cellsOf(byType, 'LAW_GIRLS')['{"establishment_type":"centre_sauvegarde"}']).toEqual({
      indicator: 'LAW_GIRLS',
      domain: { establishment_type: 'centre_sauvegarde' },
      suppressed: true,
    });
  });

  it('suppresses the smallest sibling when a single cell is under the threshold (secondary)', () => {
    // Threshold 8: only centre_sauvegarde (7 girls) is primary; quartier_mineurs (9) would give it away
    // by difference from the total of 29, cre (13) is larger.
    const results = computeIndicators(indicators, interviews, frame, knownCodes, {
      by: ['establishment_type'],
      threshold: 8,
    });
    expect(suppressedDomains(results, 'LAW_GIRLS')).toEqual([
      '{"establishment_type":"centre_sauvegarde"}',
      '{"establishment_type":"quartier_mineurs"}',
    ]);
    const sexResults = computeIndicators(indicators, interviews, frame, knownCodes, { by: ['SEX'], threshold: 20 });
    // PLAN: 18 convicted girls (primary), so the 167 boys too; the overall result stays published.
    expect(suppressedDomains(sexResults, 'PLAN')).toEqual(['{"SEX":"f"}', '{"SEX":"m"}']);
    expect(cellsOf(sexResults, 'PLAN')['{}']).toMatchObject({ n: 185, suppressed: false });
  });

  it('suppresses an overall result under the threshold', () => {
    const few = interviews.slice(0, 9);
    const [overall] = computeIndicators(indicators.slice(0, 1), few, frame, knownCodes);
    expect(overall).toEqual({ indicator: 'EDU', domain: {}, suppressed: true });
    const [shown] = computeIndicators(indicators.slice(0, 1), few, frame, knownCodes, { disclosure: false });
    expect(shown).toMatchObject({ indicator: 'EDU', n: 9, suppressed: false });
  });
});

describe('suppressTable on a crossed table', () => {
  it('protects every line: rows and columns partition margins that other requests publish', () => {
    const cells: TableCell[] = [
      { values: ['f', 'A'], n: 5 },
      { values: ['f', 'B'], n: 20 },
      { values: ['f', 'C'], n: 30 },
      { values: ['m', 'A'], n: 40 },
      { values: ['m', 'B'], n: 50 },
      { values: ['m', 'C'], n: 60 },
    ];
    // f/A primary; m/A completes column A; f/B completes row f; m/B then completes row m.
    expect(suppressTable(205, cells, 2, 10)).toEqual({ overall: false, cells: [true, true, false, true, true, false] });
  });

  it('leaves no line with exactly one suppressed cell and suppresses every small cell (property)', () => {
    const table = fc
      .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 }))
      .chain(([a, b, c]) =>
        fc.array(fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 10, max: 200 })), {
          minLength: a * b * c,
          maxLength: a * b * c,
        }).map((counts) =>
          counts.map(
            (n, i): TableCell => ({
              values: [String(i % a), String(Math.floor(i / a) % b), String(Math.floor(i / (a * b)))],
              n,
            }),
          ),
        ),
      );
    fc.assert(
      fc.property(table, (cells) => {
        const total = cells.reduce((sum, cell) => sum + cell.n, 0);
        const { cells: hidden } = suppressTable(total, cells, 3, 10);
        cells.forEach((cell, i) => {
          if (cell.n < 10) expect(hidden[i]).toBe(true);
        });
        for (let varying = 0; varying < 3; varying++) {
          const lines = new Map<string, number>();
          cells.forEach((cell, i) => {
            if (cell.n === 0 || !hidden[i]) return;
            const key = JSON.stringify(cell.values.filter((_, k) => k !== varying));
            lines.set(key, (lines.get(key) ?? 0) + 1);
          });
          const withData = new Map<string, number>();
          cells.forEach((cell) => {
            if (cell.n === 0) return;
            const key = JSON.stringify(cell.values.filter((_, k) => k !== varying));
            withData.set(key, (withData.get(key) ?? 0) + 1);
          });
          for (const [key, count] of lines) {
            // A line whose only cell with data is suppressed is its own margin: nothing to add.
            if ((withData.get(key) ?? 0) > 1) expect(count).not.toBe(1);
          }
        }
      }),
    );
  });
});
