import { describe, expect, it } from 'vitest';
import { computeIndicators } from './compute-indicators.ts';
import { computeScore } from './score.ts';
import {
  expectedResults,
  expectedScores,
  frame,
  indicators,
  interviews,
  knownCodes,
  ESTIMATE_FIELDS,
  findResult,
  isEstimate,
  ORACLE_TOLERANCE,
  relativeDifference,
} from './test-support/oracle.ts';

/**
 * The engine end to end on the oracle wave (test/fixtures/oracle/README.md): expected.json's
 * definitions through the real expression engine, R survey 4.1.1's numbers out. Relative tolerance
 * 1e-8 everywhere: R's logit intervals come from an IRLS fit stopped at a deviance change of 1e-8
 * (see core/stats/oracle.test.ts); the rest agrees to about 1e-12.
 */
const options = { disclosure: false } as const;
const bySex = computeIndicators(indicators, interviews, frame, knownCodes, { ...options, by: ['SEX'] });
const byType = computeIndicators(indicators, interviews, frame, knownCodes, { ...options, by: ['establishment_type'] });
const computed = [...bySex, ...byType].filter(isEstimate);

const find = (indicator: string, domain: Readonly<Record<string, string>>) => findResult(computed, indicator, domain);

// Proportions' intervals (logit, from R's IRLS fit) apart from everything else.
const worst = { logitIntervals: 0, rest: 0 };
const proportions = new Set(
  indicators.filter((indicator) => indicator.type === 'proportion').map((indicator) => indicator.code),
);

describe('oracle wave-a: expected.json through computeIndicators', () => {
  it('computes exactly the 47 results R gives (no empty cell such as LAW_GIRLS for boys)', () => {
    const distinct = new Set(computed.map((result) => JSON.stringify([result.indicator, result.domain])));
    expect(expectedResults).toHaveLength(47);
    expect(distinct.size).toBe(47);
    expect(bySex.every(isEstimate) && byType.every(isEstimate)).toBe(true);
  });

  it('puts the overall result first, then the cells sorted by value', () => {
    const edu = byType
      .filter((result) => result.indicator === 'EDU')
      .map((result) => 'domain' in result && result.domain);
    expect(edu).toEqual([
      {},
      { establishment_type: 'centre_sauvegarde' },
      { establishment_type: 'cre' },
      { establishment_type: 'quartier_mineurs' },
    ]);
  });

  it.each(expectedResults.map((result) => [result.indicator, JSON.stringify(result.domain), result] as const))(
    '%s %s',
    (indicator, _domain, expected) => {
      const actual = find(indicator, expected.domain);
      expect(actual).toBeDefined();
      if (actual === undefined) return;
      expect(actual.n).toBe(expected.n);
      expect(actual.df).toBe(expected.df);
      for (const field of ESTIMATE_FIELDS) {
        const value = actual[field];
        expect(value, field).not.toBeNull();
        const relative = relativeDifference(actual, expected, field);
        const kind =
          proportions.has(indicator) && (field === 'ci_low' || field === 'ci_high') ? 'logitIntervals' : 'rest';
        worst[kind] = Math.max(worst[kind], relative);
        expect(relative, field).toBeLessThanOrEqual(ORACLE_TOLERANCE);
      }
    },
  );

  it('reports the largest relative difference', () => {
    console.log(
      `oracle: 47 results x ${ESTIMATE_FIELDS.length} values (n and df exact), largest relative difference: ` +
        `logit intervals ${worst.logitIntervals.toExponential(2)}, the rest ${worst.rest.toExponential(2)}`,
    );
    expect(Math.max(worst.logitIntervals, worst.rest)).toBeLessThanOrEqual(ORACLE_TOLERANCE);
  });
});

describe('oracle wave-a: score.json through computeScore', () => {
  const score = computeScore(indicators, interviews, frame, knownCodes);
  const entries = [...score.indicators, ...score.dimensions, score.overall];

  it('scores the 7 indicators with a dimension (VISITS has none), 6 dimensions and the overall score', () => {
    expect(score.problems).toEqual([]);
    expect(entries.map((entry) => entry.code).sort()).toEqual(expectedScores.map((row) => row.name).sort());
  });

  it.each(expectedScores.map((row) => [row.name, row] as const))('%s', (name, expected) => {
    const actual = entries.find((entry) => entry.code === name);
    expect(actual?.score).not.toBeNull();
    expect(actual?.se).not.toBeNull();
    expect(Math.abs((actual?.score ?? Number.NaN) - expected.score)).toBeLessThanOrEqual(1e-9 * expected.score);
    expect(Math.abs((actual?.se ?? Number.NaN) - expected.se)).toBeLessThanOrEqual(1e-9 * expected.se);
  });
});
