import { describe, expect, it } from 'vitest';
import { buildDesign, estimateMean, estimateProportion } from '../stats/index.ts';
import { computeIndicators } from './compute-indicators.ts';
import { frame, interviews, indicators, knownCodes } from './test-support/oracle.ts';
import type { EstimateResult, IndicatorResult } from './types.ts';

const typeOf = new Map(frame.map((entry) => [entry.establishment, entry.establishment_type]));

function isEstimate(result: IndicatorResult): result is EstimateResult {
  return 'suppressed' in result && !result.suppressed;
}

describe('crossed domains: by SEX and establishment_type', () => {
  const results = computeIndicators(indicators, interviews, frame, knownCodes, {
    by: ['SEX', 'establishment_type'],
    disclosure: false,
  });

  it('gives every combination present, sorted by SEX then type, after the overall result', () => {
    const domains = (code: string) =>
      results.filter((result) => result.indicator === code).map((result) => 'domain' in result && result.domain);
    expect(domains('EDU')).toEqual([
      {},
      { SEX: 'f', establishment_type: 'centre_sauvegarde' },
      { SEX: 'f', establishment_type: 'cre' },
      { SEX: 'f', establishment_type: 'quartier_mineurs' },
      { SEX: 'm', establishment_type: 'centre_sauvegarde' },
      { SEX: 'm', establishment_type: 'cre' },
      { SEX: 'm', establishment_type: 'quartier_mineurs' },
    ]);
    // No boy is in LAW_GIRLS's denominator: no empty cells.
    expect(domains('LAW_GIRLS')).toHaveLength(4);
  });

  it('matches core/stats on a domain mask built independently', () => {
    const design = buildDesign(
      interviews.map((interview) => ({ stratum: interview.establishment })),
      Object.fromEntries(frame.map((entry) => [entry.establishment, entry.population])),
    );
    const yes = (code: string) =>
      interviews.map((interview) => {
        const answer = interview.answers[code];
        return answer === undefined ? null : answer === 'yes' ? (1 as const) : (0 as const);
      });
    const edu = yes('EDU_ENROLLED');
    const visits = interviews.map((interview) => {
      const answer = interview.answers['VISITS_COUNT'];
      return typeof answer === 'number' ? answer : null;
    });
    for (const result of results.filter(isEstimate)) {
      const { SEX: sex, establishment_type: type } = result.domain;
      if (sex === undefined || type === undefined) continue;
      const mask = interviews.map(
        (interview) => interview.answers['SEX'] === sex && typeOf.get(interview.establishment) === type,
      );
      const { indicator, domain } = result;
      if (indicator === 'EDU') {
        expect(result).toEqual({ indicator, domain, ...estimateProportion(design, edu, mask), suppressed: false });
      }
      if (indicator === 'VISITS') {
        expect(result).toEqual({ indicator, domain, ...estimateMean(design, visits, mask), suppressed: false });
      }
    }
  });

  it('is refused with disclosure on: a crossing is outside the published menu', () => {
    expect(() =>
      computeIndicators(indicators, interviews, frame, knownCodes, { by: ['SEX', 'establishment_type'] }),
    ).toThrow(/published breakdowns/);
  });
});
