import { describe, expect, it } from 'vitest';
import { indicators } from './indicators.ts';
import { indicatorStandards, standardInstruments, standardRules } from './standards.ts';

describe('the normative framework of the demo', () => {
  it('names every instrument and rule once, in French and Arabic', () => {
    expect(new Set(standardInstruments.map((row) => row.code)).size).toBe(standardInstruments.length);
    expect(new Set(standardRules.map((row) => row.code)).size).toBe(standardRules.length);
    for (const rule of standardRules) {
      expect(standardInstruments.map((row) => row.code)).toContain(rule.instrument);
      expect(rule.text.length).toBeGreaterThan(10);
      expect(rule.text_ar).toMatch(/[\u0600-\u06FF]/);
    }
    expect(standardInstruments.every((row) => /[\u0600-\u06FF]/.test(row.title_ar))).toBe(true);
  });

  it('links every demo indicator to at least one existing rule, with a target between 0 and 1', () => {
    const rules = new Set(standardRules.map((row) => row.code));
    for (const link of indicatorStandards) {
      expect(rules.has(link.rule), link.rule).toBe(true);
      if (link.target !== null) expect(link.target >= 0 && link.target <= 1).toBe(true);
    }
    expect(new Set(indicatorStandards.map((link) => link.indicator))).toEqual(
      new Set(indicators.map((row) => row.code)),
    );
  });

  it('covers 2 UNODC/UNICEF indicators and approximates 4, and makes red lines of the absolute prohibitions', () => {
    const unodc = indicatorStandards.filter((link) => link.rule.startsWith('UNODC-UNICEF-'));
    const measured = new Set(unodc.filter((link) => link.nature === 'measures').map((link) => link.rule));
    const approximated = new Set(unodc.filter((link) => link.nature === 'approximates').map((link) => link.rule));
    expect(measured.size).toBe(2);
    expect(approximated.size).toBe(4);
    const prohibitions = new Set(standardRules.filter((rule) => rule.absolute_prohibition).map((rule) => rule.code));
    const redLines = indicatorStandards
      .filter((link) => prohibitions.has(link.rule) && link.target === 0)
      .map((link) => link.indicator);
    expect(new Set(redLines)).toEqual(new Set(['SAF_ADULTS', 'SAF_ISOLATION']));
  });
});
