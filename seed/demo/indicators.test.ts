import { describe, expect, it } from 'vitest';
import { check } from '../../core/expressions/index.ts';
import { demoData } from './data.ts';
import { BARO_V1, versionOf } from './instruments.ts';
import { estimateIndicator } from './test-support.ts';

const { indicators, dimensions, interviews, frames } = demoData;
const externalEstimates = demoData.externalEstimates.filter((estimate) => estimate.origin === 'study');
const baroCodes = versionOf(BARO_V1).questions.map((question) => question.code);
const w1 = interviews.filter((interview) => interview.wave === 'W1' && interview.status === 'validated');
const w2 = interviews.filter((interview) => interview.wave === 'W2' && interview.status !== 'draft');

describe('dimensions and indicators', () => {
  it('has the eight dimensions, each with a standard and at least two indicators', () => {
    expect(dimensions.map((dimension) => dimension.code)).toEqual([
      'LEGAL',
      'SAFETY',
      'FAMILY',
      'EDUCATION',
      'VOCATIONAL',
      'HEALTH',
      'RIGHTS',
      'RELEASE',
    ]);
    for (const dimension of dimensions) {
      expect(dimension.standard.length).toBeGreaterThan(0);
      expect(dimension.label_ar).toMatch(/[\u0600-\u06FF]/);
      expect(indicators.filter((indicator) => indicator.dimension === dimension.code).length).toBeGreaterThanOrEqual(2);
    }
  });

  it('has about 22 indicators whose expressions parse and name only BARO codes', () => {
    expect(indicators.length).toBeGreaterThanOrEqual(20);
    expect(indicators.length).toBeLessThanOrEqual(25);
    for (const indicator of indicators) {
      expect(check(indicator.numerator, baroCodes), `${indicator.code} numerator`).toEqual([]);
      if (indicator.denominator !== '')
        expect(check(indicator.denominator, baroCodes), `${indicator.code} denominator`).toEqual([]);
    }
  });

  it('sets goalposts (0 and 1 for proportions), directions and standards', () => {
    for (const indicator of indicators) {
      expect(indicator.standard.length, indicator.code).toBeGreaterThan(0);
      expect(indicator.label_ar, indicator.code).toMatch(/[\u0600-\u06FF]/);
      if (indicator.type === 'proportion') expect([indicator.goalpost_low, indicator.goalpost_high]).toEqual([0, 1]);
      else expect(indicator.goalpost_high).toBeGreaterThan(indicator.goalpost_low);
    }
    expect(indicators.filter((indicator) => indicator.direction === 'lower_is_better').length).toBeGreaterThanOrEqual(
      3,
    );
    expect(indicators.some((indicator) => indicator.type === 'mean')).toBe(true);
  });

  it('keeps the UNODC/UNICEF indicator 8 definition for family visits', () => {
    const visits = indicators.find((indicator) => indicator.code === 'FAM_VISIT_3M');
    expect(visits?.description).toContain(
      'percentage of children in detention who have been visited by, or visited, parents, guardian or an adult family member in the last 3 months',
    );
  });
});

describe('estimates from the generated interviews', () => {
  it('W1 estimates are plausible: proportions between 5 % and 95 %, means inside their goalposts, n >= 10', () => {
    for (const indicator of indicators) {
      const { estimate, n } = estimateIndicator(indicator, w1, frames);
      expect(n, indicator.code).toBeGreaterThanOrEqual(10);
      if (indicator.type === 'proportion') {
        expect(estimate, indicator.code).toBeGreaterThan(0.05);
        expect(estimate, indicator.code).toBeLessThan(0.95);
      } else {
        expect(estimate, indicator.code).toBeGreaterThan(indicator.goalpost_low);
        expect(estimate, indicator.code).toBeLessThan(indicator.goalpost_high);
      }
    }
  });

  it('W2 improves on W1 for most indicators, so that trends show something', () => {
    const improved = indicators.filter((indicator) => {
      const change =
        estimateIndicator(indicator, w2, frames).estimate - estimateIndicator(indicator, w1, frames).estimate;
      return indicator.direction === 'higher_is_better' ? change > 0 : change < 0;
    });
    expect(improved.length).toBeGreaterThanOrEqual(indicators.length / 2);
  });

  it('gives a 2020 baseline value to most indicators, mostly worse than W1', () => {
    expect(externalEstimates.length).toBeGreaterThanOrEqual(indicators.length * 0.75);
    let worse = 0;
    for (const external of externalEstimates) {
      const indicator = indicators.find((candidate) => candidate.code === external.indicator);
      if (!indicator) throw new Error(`no indicator ${external.indicator}`);
      expect(external.se).toBeGreaterThan(0);
      expect(external.n).toBeGreaterThanOrEqual(30);
      expect(external.estimate).toBeGreaterThanOrEqual(indicator.goalpost_low);
      expect(external.estimate).toBeLessThanOrEqual(indicator.goalpost_high);
      const w1Estimate = estimateIndicator(indicator, w1, frames).estimate;
      if (indicator.direction === 'higher_is_better' ? external.estimate < w1Estimate : external.estimate > w1Estimate)
        worse += 1;
    }
    expect(worse).toBeGreaterThanOrEqual(externalEstimates.length * 0.75);
  });
});
