import { describe, expect, it } from 'vitest';
import { computeIndicators } from './compute-indicators.ts';
import {
  frame,
  indicators,
  interviews,
  knownCodes,
  panelExpectedResults,
  panelInterviews,
  panelNaiveOverall,
  ESTIMATE_FIELDS,
  findResult,
  isEstimate,
  ORACLE_TOLERANCE,
  relativeDifference,
} from './test-support/oracle.ts';

/**
 * The panel design (panel-design.ts) end to end on the oracle's panel wave (test/fixtures/oracle/README.md,
 * "A panel wave"): R survey 4.1.1 `svydesign(ids=~1, strata=~sub, fpc=~Nsub)`, matched to 1e-8 relative.
 */
const options = { disclosure: false } as const;
const computed = [
  ...computeIndicators(indicators, panelInterviews, frame, knownCodes, { ...options, by: ['SEX'] }),
  ...computeIndicators(indicators, panelInterviews, frame, knownCodes, { ...options, by: ['establishment_type'] }),
].filter(isEstimate);

const find = (indicator: string, domain: Readonly<Record<string, string>>) => findResult(computed, indicator, domain);

describe('oracle wave-a-panel: panel and top-up sub-strata', () => {
  it('has panel members in every establishment with at least three interviews', () => {
    expect(panelInterviews.filter((interview) => interview.panel).length).toBeGreaterThan(100);
  });

  it.each(panelExpectedResults.map((result) => [result.indicator, JSON.stringify(result.domain), result] as const))(
    '%s %s',
    (indicator, _domain, expected) => {
      const actual = find(indicator, expected.domain);
      expect(actual).toBeDefined();
      if (actual === undefined) return;
      expect(actual.n).toBe(expected.n);
      expect(actual.df).toBe(expected.df);
      for (const field of ESTIMATE_FIELDS) {
        const relative = relativeDifference(actual, expected, field);
        expect(relative, field).toBeLessThanOrEqual(ORACLE_TOLERANCE);
      }
    },
  );

  it('differs from weighting every interview N_h / n_h, which meta.naive_overall gives', () => {
    const naive = computeIndicators(
      indicators,
      panelInterviews.map(({ panel: _panel, ...interview }) => interview),
      frame,
      knownCodes,
      options,
    ).filter(isEstimate);
    for (const [code, expected] of Object.entries(panelNaiveOverall)) {
      const plain = naive.find((result) => result.indicator === code);
      expect(Math.abs((plain?.estimate ?? Number.NaN) - expected)).toBeLessThanOrEqual(1e-8 * expected);
      expect(find(code, {})?.estimate).not.toBeCloseTo(expected, 4);
    }
  });

  it('gives a wave without panel members exactly the plain stratified figures', () => {
    const flagged = interviews.map((interview) => ({ ...interview, panel: false }));
    expect(computeIndicators(indicators, flagged, frame, knownCodes, { ...options, by: ['SEX'] })).toEqual(
      computeIndicators(indicators, interviews, frame, knownCodes, { ...options, by: ['SEX'] }),
    );
  });

  it('takes N_panel from the recorded draw list when there is one, never below the panel interviewed', () => {
    const listed = frame.map((entry) => ({ ...entry, panel_population: 1 }));
    const withList = computeIndicators(indicators, panelInterviews, listed, knownCodes, options).filter(isEstimate);
    expect(withList.find((result) => result.indicator === 'EDU')?.estimate).toBeCloseTo(
      find('EDU', {})?.estimate ?? Number.NaN,
      12,
    );
    const wider = frame.map((entry) => ({ ...entry, panel_population: entry.population > 20 ? 30 : null }));
    const withWiderList = computeIndicators(indicators, panelInterviews, wider, knownCodes, options).filter(isEstimate);
    expect(withWiderList.find((result) => result.indicator === 'EDU')?.population_estimate).toBeCloseTo(1446, 9);
    expect(withWiderList.find((result) => result.indicator === 'EDU')?.estimate).not.toBeCloseTo(
      find('EDU', {})?.estimate ?? Number.NaN,
      6,
    );
  });
});
