import { describe, expect, it } from 'vitest';
import { STRATEGY_TEXTS, strategyUrl } from './strategy-texts.ts';

describe('the strategy guidelines’ downloads', () => {
  it('have every text in French and Arabic', () => {
    expect(Object.keys(STRATEGY_TEXTS.ar.formats)).toEqual(Object.keys(STRATEGY_TEXTS.fr.formats));
    for (const text of [STRATEGY_TEXTS.ar.title, STRATEGY_TEXTS.ar.lead, STRATEGY_TEXTS.ar.formats.pdf.contains])
      expect(text).toMatch(/[\u0600-\u06FF]/);
  });

  it('point at the route under the API’s base, in the chosen format', () => {
    expect(strategyUrl('xlsx', 'http://host/omp/')).toBe('http://host/omp/barometer/strategy?format=xlsx');
    expect(strategyUrl('pdf', 'http://host/')).toBe('http://host/barometer/strategy?format=pdf');
  });
});
