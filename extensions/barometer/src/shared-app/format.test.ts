import { describe, expect, it } from 'vitest';
import { barValue, formatDate, formatEstimate, formatRate, personName, tableHeaders } from './format.ts';

describe('format', () => {
  it('writes dates and rates in French', () => {
    expect(formatDate('2026-03-31')).toBe('31 mars 2026');
    expect(formatDate(null)).toBe('—');
    expect(formatRate(0.4)).toMatch(/^40\s%$/);
    expect(formatEstimate(0.4708, 'proportion')).toMatch(/^47,1\s%$/);
    expect(formatEstimate(2.25, 'mean')).toBe('2,3');
  });

  it('writes dates in Arabic for an Arabic reader: Arabic months, Latin digits', () => {
    expect(formatDate('2026-03-31', 'ar')).toBe('31 مارس 2026');
  });

  it('titles the headers of a table in the order of their widths', () => {
    expect(tableHeaders({ name: 200, n: 80 }, { n: 'العدد', name: 'المؤسسة' })).toEqual([
      { text: 'المؤسسة', value: 'name', width: 200, sortable: false },
      { text: 'العدد', value: 'n', width: 80, sortable: false },
    ]);
  });

  it('caps the bar to 0-100', () => {
    expect(barValue(1.3)).toBe(100);
    expect(barValue(0.5)).toBe(50);
    expect(barValue(null)).toBe(0);
  });

  it('names who did it, or the system for seeded events', () => {
    expect(personName({ first_name: 'Salma', last_name: 'Coordinatrice' })).toBe('Salma Coordinatrice');
    expect(personName(null)).toBe('Système');
  });
});
