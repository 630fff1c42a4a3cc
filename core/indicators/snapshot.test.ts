import { describe, expect, it } from 'vitest';
import { loadSolver } from '../disclosure/index.ts';
import { computeIndicators } from './compute-indicators.ts';
import { computeScore } from './score.ts';
import { parseStoredFigures, snapshotBreakdowns, snapshotResults, storedResults } from './snapshot.ts';
import { frame, indicators, interviews, knownCodes } from './test-support/oracle.ts';
import type { IndicatorDefinition } from './types.ts';

await loadSolver();

const TODAY = '2026-06-01';
/** One indicator that names no question of the wave: stored once, as `applicable: false`. */
const definitions: readonly IndicatorDefinition[] = [
  ...indicators,
  {
    code: 'UNKNOWN',
    type: 'proportion',
    numerator: "${NOT_ASKED} = 'yes'",
    denominator: null,
    dimension: null,
    direction: 'higher_is_better',
  },
];
const compute = (by: readonly string[]) =>
  computeIndicators(definitions, interviews, frame, knownCodes, { by, disclosure: true, today: TODAY });

// As the lock writes the row: through JSON, as SQLite hands it back.
const tables = snapshotBreakdowns(knownCodes).map((by) => ({ by, results: compute(by) }));
const stored = parseStoredFigures(
  JSON.stringify(snapshotResults(tables)),
  JSON.stringify(computeScore(definitions, interviews, frame, knownCodes, { today: TODAY })),
);

describe('the figures stored at the lock', () => {
  it('hold every table of the menu the wave can answer', () => {
    expect(snapshotBreakdowns(knownCodes)).toEqual([[], ['SEX'], ['establishment_type'], ['region']]);
    expect(snapshotBreakdowns(new Set(['AGE']))).toEqual([[], ['establishment_type'], ['region']]);
  });

  it('answer each table exactly as a recomputation, in the same order', () => {
    if (!stored) throw new Error('the stored figures do not parse');
    const codes = definitions.map((definition) => definition.code);
    for (const { by, results } of tables) {
      // The overall table has one result an indicator; a breakdown adds its cells.
      expect(results.length).toBeGreaterThan(by.length === 0 ? definitions.length - 1 : definitions.length);
      expect(storedResults(stored, { codes, by, knownCodes })).toEqual(JSON.parse(JSON.stringify(results)));
    }
    expect(storedResults(stored, { codes, by: [], knownCodes })).toContainEqual(
      expect.objectContaining({ indicator: 'UNKNOWN', applicable: false }),
    );
  });

  it('answer only the indicators asked, and nothing for a breakdown they do not hold', () => {
    if (!stored) throw new Error('the stored figures do not parse');
    const first = definitions[0]?.code ?? '';
    const asked = storedResults(stored, { codes: [first], by: ['SEX'], knownCodes }) ?? [];
    expect(asked.every((result) => result.indicator === first)).toBe(true);
    expect(asked.map((result) => ('domain' in result ? Object.keys(result.domain) : null))).toEqual([
      [],
      ...asked.slice(1).map(() => ['SEX']),
    ]);
    expect(storedResults(stored, { codes: [first], by: ['AGE'], knownCodes })).toBeUndefined();
    expect(storedResults(stored, { codes: [first], by: ['SEX'], knownCodes: new Set() })).toBeUndefined();
  });

  it('give back the score as computed', () => {
    expect(stored?.score).toEqual(
      JSON.parse(JSON.stringify(computeScore(definitions, interviews, frame, knownCodes, { today: TODAY }))),
    );
  });

  it.each([
    ['no figures (a snapshot of definitions only)', null, null],
    ['text that is not JSON', '[{', '{}'],
    ['a result of the wrong shape', '[{"indicator":"X","domain":{},"suppressed":false}]', '{}'],
  ])('are ignored when they hold %s', (_, results, score) => {
    expect(parseStoredFigures(results, score)).toBeUndefined();
  });
});
