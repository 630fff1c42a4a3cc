import { describe, expect, it } from 'vitest';
import { cohortOutcomeEstimates, OUTCOME_INDICATORS, outcomeValue, type CohortRespondentUnit } from './index.ts';

const indicator = (code: string) => {
  const found = OUTCOME_INDICATORS.find((candidate) => candidate.code === code);
  if (!found) throw new Error(code);
  return found;
};

describe('outcome indicators of the released minors', () => {
  it('each names rules of the catalogue and says its limit in French and Arabic', () => {
    for (const entry of OUTCOME_INDICATORS) {
      expect(entry.standards.length).toBeGreaterThan(0);
      expect(entry.label.ar).not.toBe('');
      expect(entry.limit.ar).not.toBe('');
    }
    expect(indicator('FU_AFTERCARE').standards).toContain('UNODC-UNICEF-indicateur11');
  });

  it('reads one value per respondent, null outside the denominator', () => {
    expect(outcomeValue(indicator('FU_AFTERCARE'), { AFTERCARE_RECEIVED: 'yes' })).toBe(1);
    expect(outcomeValue(indicator('FU_AFTERCARE'), { AFTERCARE_RECEIVED: 'no' })).toBe(0);
    expect(outcomeValue(indicator('FU_AFTERCARE'), {})).toBeNull();
    expect(outcomeValue(indicator('FU_NOT_NEET'), { ACTIVITY_NOW: 'training' })).toBe(1);
    expect(outcomeValue(indicator('FU_NOT_NEET'), { ACTIVITY_NOW: 'none' })).toBe(0);
    expect(outcomeValue(indicator('FU_STABLE_HOUSING'), { HOUSING_NOW: 'other_family' })).toBe(1);
    expect(outcomeValue(indicator('FU_STABLE_HOUSING'), { HOUSING_NOW: 'friends' })).toBe(0);
    expect(outcomeValue(indicator('FU_NEW_JUSTICE_CONTACT'), { NEW_JUSTICE_CONTACT: 'refused' })).toBeNull();
    expect(outcomeValue(indicator('FU_NEW_JUSTICE_CONTACT'), { NEW_JUSTICE_CONTACT: 'yes' })).toBe(1);
    expect(outcomeValue(indicator('FU_WELLBEING'), { FU_WELLBEING: 4 })).toBe(1);
    expect(outcomeValue(indicator('FU_WELLBEING'), { FU_WELLBEING: 3 })).toBe(0);
  });
});

describe('cohort estimates', () => {
  // Two classes: a|M with 12 eligible, 10 respondents (6 with aftercare); b|F with 6 eligible, 3 respondents
  // (all with aftercare); 9 respondents say what they do now; one deceased member out of scope.
  const units: CohortRespondentUnit[] = [
    ...Array.from({ length: 10 }, (_, i) => ({
      weight: 1,
      weightClass: 'a|M',
      status: 'respondent' as const,
      answers: { AFTERCARE_RECEIVED: i < 6 ? 'yes' : 'no', ...(i < 9 ? { ACTIVITY_NOW: 'none' } : {}) },
    })),
    ...Array.from({ length: 2 }, () => ({
      weight: 1,
      weightClass: 'a|M',
      status: 'nonrespondent' as const,
      answers: null,
    })),
    ...Array.from({ length: 3 }, () => ({
      weight: 1,
      weightClass: 'b|F',
      status: 'respondent' as const,
      answers: { AFTERCARE_RECEIVED: 'yes' },
    })),
    ...Array.from({ length: 3 }, () => ({
      weight: 1,
      weightClass: 'b|F',
      status: 'nonrespondent' as const,
      answers: null,
    })),
    { weight: 1, weightClass: 'b|F', status: 'ineligible', answers: null },
  ];

  it('weights respondents up to their class and computes the svydesign SE', () => {
    const aftercare = cohortOutcomeEstimates(units).find((estimate) => estimate.indicator === 'FU_AFTERCARE');
    if (!aftercare || aftercare.suppressed) throw new Error('expected an estimate');
    // Adjusted weights: a|M 12/10 = 1.2, b|F 6/3 = 2. p = (6 × 1.2 + 3 × 2) / (10 × 1.2 + 3 × 2) = 13.2 / 18.
    const w = [...Array<number>(10).fill(1.2), 2, 2, 2];
    const y = [1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1, 1, 1];
    const total = w.reduce((sum, value) => sum + value, 0);
    const p = w.reduce((sum, value, i) => sum + value * (y[i] ?? 0), 0) / total;
    const z = w.map((value, i) => (value * ((y[i] ?? 0) - p)) / total);
    const se = Math.sqrt((13 / 12) * z.reduce((sum, value) => sum + value * value, 0));
    expect(p).toBeCloseTo(13.2 / 18, 14);
    expect(aftercare.estimate).toBeCloseTo(p, 12);
    expect(aftercare.se).toBeCloseTo(se, 12);
    expect(aftercare.n).toBe(13);
    expect(aftercare.df).toBe(12);
    expect(aftercare.ci_low).toBeLessThan(p);
    expect(aftercare.ci_high).toBeGreaterThan(p);
  });

  it('hides an indicator with fewer respondents with a value than the threshold', () => {
    const notNeet = cohortOutcomeEstimates(units).find((estimate) => estimate.indicator === 'FU_NOT_NEET');
    expect(notNeet).toEqual({ indicator: 'FU_NOT_NEET', suppressed: true, n: 9 });
    expect(cohortOutcomeEstimates(units, { threshold: 11 }).find((e) => e.indicator === 'FU_NOT_NEET')).toEqual({
      indicator: 'FU_NOT_NEET',
      suppressed: true,
      n: 9,
    });
    expect(cohortOutcomeEstimates(units, { threshold: 5 }).find((e) => e.indicator === 'FU_NOT_NEET')?.suppressed).toBe(
      false,
    );
    expect(cohortOutcomeEstimates([]).every((estimate) => estimate.suppressed && estimate.n === 0)).toBe(true);
  });
  it('hides a sensitive indicator whose respondents all, or all but one or two, share the answer', () => {
    const cohort = (yes: number, no: number): CohortRespondentUnit[] =>
      [...Array<string>(yes).fill('yes'), ...Array<string>(no).fill('no')].map((answer) => ({
        weight: 1,
        weightClass: 'a|M',
        status: 'respondent' as const,
        answers: { NEW_JUSTICE_CONTACT: answer, AFTERCARE_RECEIVED: answer },
      }));
    const published = (yes: number, no: number, code: string) =>
      cohortOutcomeEstimates(cohort(yes, no)).find((estimate) => estimate.indicator === code)?.suppressed === false;
    for (const [yes, no] of [
      [12, 0],
      [11, 1],
      [10, 2],
      [2, 10],
      [1, 11],
      [0, 12],
    ] as const) {
      expect(published(yes, no, 'FU_NEW_JUSTICE_CONTACT'), `${yes} yes, ${no} no`).toBe(false);
      expect(published(yes, no, 'FU_AFTERCARE'), `${yes} yes, ${no} no`).toBe(true);
    }
    expect(published(9, 3, 'FU_NEW_JUSTICE_CONTACT')).toBe(true);
    expect(published(3, 9, 'FU_NEW_JUSTICE_CONTACT')).toBe(true);
  });
});
