import { describe, expect, it } from 'vitest';
import { buildFixtureModel } from './fixture/model.ts';
import type { Indicator, IndicatorResult, IndicatorTrend, ReportModel } from './model.ts';
import { dimensionSentences, executiveSummary, reportFacts } from './words.ts';

const base = buildFixtureModel();
const at = (position: number): Indicator => {
  const indicator = base.indicators[position];
  if (!indicator) throw new Error('fixture too small');
  return indicator;
};
const [first, second, third, fourth] = [at(0), at(1), at(2), at(3)];

const overall = (code: string, estimate: number): IndicatorResult => ({
  indicator: code,
  domain: {},
  estimate,
  ci_low: estimate / 2,
  ci_high: estimate * 1.5,
  n: 120,
  suppressed: false,
});
const trend = (code: string, estimate: number, significant: boolean | null): IndicatorTrend => ({
  indicator: code,
  series: [],
  changeFromPrevious: { from: 'W1', comparable: true, significant, estimate, se: 0.01 },
});

/** The fixture with four indicators set by hand: a red line crossed, a target missed, a rise, a fall, one suppressed. */
function crafted(status: ReportModel['wave']['status'] = 'locked'): ReportModel {
  const indicators = base.indicators.map((indicator) => {
    if (indicator.code === first.code)
      return { ...indicator, redLine: true, direction: 'lower_is_better' as const, labelAr: 'مؤشر أول' };
    if (indicator.code === second.code) return { ...indicator, target: 0.9, direction: 'higher_is_better' as const };
    return indicator;
  });
  const results = base.results.filter(
    (result) => ![first.code, second.code, third.code, fourth.code].includes(result.indicator),
  );
  return {
    ...base,
    wave: { ...base.wave, status },
    indicators,
    results: [
      ...results,
      overall(first.code, 0.11),
      overall(second.code, 0.62),
      overall(third.code, 0.5),
      { indicator: fourth.code, domain: {}, suppressed: true },
    ],
    trends: [
      trend(third.code, third.direction === 'higher_is_better' ? 0.08 : -0.08, true),
      trend(second.code, 0.05, false),
    ],
  };
}

describe('the report words', () => {
  it('finds the facts by the stated rules: red line crossed, target missed, significant change, not measured', () => {
    const facts = reportFacts(crafted());
    expect(facts.redLines.map((entry) => [entry.indicator.code, entry.estimate])).toEqual([[first.code, 0.11]]);
    expect(facts.belowTarget.map((entry) => [entry.indicator.code, entry.estimate, entry.target])).toEqual([
      [second.code, 0.62, 0.9],
    ]);
    expect(facts.rises.map((indicator) => indicator.code)).toEqual([third.code]);
    expect(facts.falls).toEqual([]);
    expect(facts.unmeasured.map((entry) => [entry.indicator.code, entry.why])).toContainEqual([
      fourth.code,
      'suppressed',
    ]);
  });

  it('writes one sentence per rule, with the values, in French and Arabic', () => {
    const { fr, ar } = executiveSummary(crafted());
    expect(fr.find((sentence) => sentence.startsWith('Ligne rouge franchie'))).toContain(
      `« ${first.label} » à 11,0\u00A0%`,
    );
    expect(fr.find((sentence) => sentence.startsWith('Restent en deçà'))).toContain(
      `« ${second.label} » (62,0\u00A0% pour une cible de 90,0\u00A0%)`,
    );
    expect(fr.find((sentence) => sentence.startsWith('N’ont pas pu être mesurés'))).toContain(
      `« ${fourth.label} » (trop peu d’entretiens pour publier)`,
    );
    expect(
      fr.some((sentence) =>
        sentence.includes(`1 indicateur(s) se sont améliorés de façon significative : « ${third.label} »`),
      ),
    ).toBe(true);
    expect(ar).toHaveLength(fr.length);
    expect(ar.join(' ')).toContain('«مؤشر أول» بنسبة 11,0%');
    expect(ar.join(' ')).toContain('62,0% مقابل هدف 90,0%');
  });

  it('draws no significance from a wave still in the field', () => {
    const facts = reportFacts(crafted('open'));
    const untested = crafted('open').trends.map((entry) => ({
      ...entry,
      changeFromPrevious: { from: 'W1', comparable: true, significant: null, estimate: 0.08 },
    }));
    const { fr } = executiveSummary({ ...crafted('open'), trends: untested });
    expect(facts.provisional).toBe(true);
    expect(fr[0]).toMatch(/^La vague est encore sur le terrain/);
    expect(fr.join(' ')).not.toMatch(/significati/i);
  });

  it('gives a dimension its score, best and worst indicators and its red lines', () => {
    const model = crafted();
    const sentences = dimensionSentences(model, first.dimension);
    const score = model.score.dimensions.find((entry) => entry.dimension === first.dimension);
    expect(sentences[0]).toBe(
      `La dimension obtient ${new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(score?.score ?? 0)} sur 100.`,
    );
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    expect(sentences.length).toBeLessThanOrEqual(3);
    expect(sentences.at(-1)).toContain(`Ligne rouge franchie : « ${first.label} » à 11,0\u00A0%`);
  });
});
