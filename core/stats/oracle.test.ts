import { describe, expect, it } from 'vitest';
import { buildDesign } from './design.ts';
import { estimateMean } from './mean.ts';
import { estimateProportion } from './proportion.ts';
import {
  domainValue,
  expectedResults,
  indicatorValues,
  indicators,
  interviews,
  populations,
} from './test-support/oracle-wave-a.ts';

/**
 * R survey 4.1.1 on the oracle wave (test/fixtures/oracle/README.md):
 *   design <- svydesign(ids = ~1, strata = ~establishment_code, fpc = ~population, data = interviews)
 *   options(survey.lonely.psu = "adjust")
 *   sub <- subset(design, <domain> & <denominator> & !is.na(<numerator>))
 *   svymean(~y, sub, deff = TRUE); degf(sub)
 *   svyciprop(~y, sub, method = "logit")           # proportions
 *   confint(svymean(~y, sub), df = degf(sub))      # means
 * Tolerances (relative; the brief asks for at least 1e-6): 1e-10 on estimate, se, population estimate,
 * deff and the intervals of means; 1e-8 on the logit intervals, because R takes them from the IRLS fit
 * of `svyglm`, which stops when the deviance changes by less than 1e-8 (`glm.control(epsilon)`): the
 * exact logit interval (checked with 30-digit arithmetic) differs from R's printed one by up to 1.1e-9.
 * n and df exact.
 */
const TOLERANCE = 1e-10;
const LOGIT_INTERVAL_TOLERANCE = 1e-8;

function expectClose(actual: number | null, expected: number, tolerance = TOLERANCE): void {
  expect(actual).not.toBeNull();
  const difference = Math.abs((actual ?? Number.NaN) - expected);
  expect(difference).toBeLessThanOrEqual(tolerance * Math.abs(expected));
}

const design = buildDesign(
  interviews.map((row) => ({ stratum: row['establishment_code'] ?? '' })),
  populations,
);

describe('oracle wave-a: expected.json', () => {
  it('holds the 47 results of the brief', () => {
    expect(expectedResults).toHaveLength(47);
  });

  it.each(expectedResults.map((result) => [result.indicator, JSON.stringify(result.domain), result] as const))(
    '%s %s',
    (code, _domain, expected) => {
      const indicator = indicators[code];
      if (indicator === undefined) throw new Error(`no test function for ${code}`);
      const values = indicatorValues(code);
      const mask = Object.freeze(
        interviews.map((row) =>
          Object.entries(expected.domain).every(([variable, value]) => domainValue(row, variable) === value),
        ),
      );
      const actual =
        indicator.type === 'proportion'
          ? estimateProportion(design, values as readonly (0 | 1 | null)[], mask)
          : estimateMean(design, values, mask);
      expect(actual.n).toBe(expected.n);
      expect(actual.df).toBe(expected.df);
      expectClose(actual.estimate, expected.estimate);
      expectClose(actual.se, expected.se);
      const intervalTolerance = indicator.type === 'proportion' ? LOGIT_INTERVAL_TOLERANCE : TOLERANCE;
      expectClose(actual.ci_low, expected.ci_low, intervalTolerance);
      expectClose(actual.ci_high, expected.ci_high, intervalTolerance);
      expectClose(actual.population_estimate, expected.population_estimate);
      expectClose(actual.deff, expected.deff);
    },
  );
});
