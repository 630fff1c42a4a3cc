// Disclosure control over HTTP on the demo's locked wave W1: the E12 attack of issue 13 (the
// quartier_mineurs type minus the other establishments, or a region inside a type) no longer
// recovers E12's two children, and the audit of every menu table and the frame passes.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../scripts/lib/api.ts';
import { as } from '../helpers.ts';

interface Interval {
  lower: number;
  upper: number;
}
interface CellAudit {
  key: string;
  table: string;
  primary: 'size' | 'attribute' | null;
  n: Interval;
  total: Interval;
}
interface Audit {
  wave: string;
  holds: boolean;
  indicators: { indicator: string; holds: boolean; cells: CellAudit[] }[];
}
interface Result {
  indicator: string;
  domain?: Record<string, string>;
  suppressed?: boolean;
}

const E12 = '{"establishment_code":"E12"}';

let analyst: Api;
/** As the coordinator reads it, who holds the unprotected-data policy in the demo: with each cell's reason. */
let audit: Audit;

beforeAll(async () => {
  analyst = await as('analyst');
  audit = await (await as('coordinator')).get<Audit>('/barometer/waves/W1/disclosure-audit');
});

describe('disclosure control of the demo W1', () => {
  it('refuses the establishment table that the attack subtracted, with disclosure on', async () => {
    const response = await analyst.raw('GET', '/barometer/waves/W1/indicators?by=establishment_code');
    expect(response.status).toBe(400);
  });

  it('passes the audit of every menu table and the frame, for every indicator', () => {
    expect(audit.indicators.length).toBeGreaterThanOrEqual(20);
    expect(audit.indicators.filter((entry) => !entry.holds).map((entry) => entry.indicator)).toEqual([]);
    expect(audit.holds).toBe(true);
  });

  it('gives an analyst the intervals of the audit but not why a cell is hidden, which would narrow them', async () => {
    const seen = await analyst.get<Audit>('/barometer/waves/W1/disclosure-audit');
    const reasons = audit.indicators.flatMap((entry) => entry.cells.map((cell) => cell.primary));
    expect(reasons).toContain('attribute');
    expect(reasons).toContain('size');
    expect(seen.indicators.flatMap((entry) => entry.cells.map((cell) => cell.primary)).filter(Boolean)).toEqual([]);
    const intervals = (of: Audit) =>
      of.indicators.map((entry) => entry.cells.map(({ key, n, total }) => [key, n, total]));
    expect(intervals(seen)).toEqual(intervals(audit));
    expect(seen.holds).toBe(audit.holds);
  });

  it("leaves a reader every possible answer of E12's children, for every indicator that counts them", () => {
    const e12 = audit.indicators.flatMap((entry) =>
      entry.cells.filter((cell) => cell.key === E12).map((cell) => ({ indicator: entry.indicator, cell })),
    );
    expect(e12.length).toBeGreaterThanOrEqual(10);
    for (const { indicator, cell } of e12) {
      expect({ indicator, primary: cell.primary }).toEqual({ indicator, primary: 'size' });
      // Under the old pattern both bounds met at the children's answers; now no answer is ruled out
      // that the frame alone allows.
      expect({ indicator, open: cell.total.upper - cell.total.lower >= 1 - 1e-6 }).toEqual({ indicator, open: true });
    }
  });

  it('withholds in the endpoint exactly the printed cells that the audited pattern suppresses', async () => {
    for (const by of ['', 'SEX', 'establishment_type', 'region']) {
      const { results } = await analyst.get<{ results: Result[] }>(`/barometer/waves/W1/indicators?by=${by}`);
      for (const entry of audit.indicators) {
        const table = by === '' ? 'overall' : by;
        const expected = entry.cells
          .filter((cell) => cell.table === table && !cell.key.includes('"missing"'))
          .map((cell) => cell.key)
          .sort();
        const withheld = results
          .filter(
            (result) =>
              result.indicator === entry.indicator && result.suppressed === true && result.domain !== undefined,
          )
          .map((result) => JSON.stringify(result.domain))
          .filter((key) => (by === '' ? key === '{}' : key !== '{}'))
          .sort();
        expect({ indicator: entry.indicator, by, withheld }).toEqual({
          indicator: entry.indicator,
          by,
          withheld: expected,
        });
      }
    }
  });

  it('keeps the overall figure of every indicator published', async () => {
    const { results } = await analyst.get<{ results: Result[] }>('/barometer/waves/W1/indicators');
    expect(results.filter((result) => result.suppressed === true)).toEqual([]);
  });
});
