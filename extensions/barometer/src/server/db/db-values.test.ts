import { describe, expect, it } from 'vitest';
import { isoDay, isoTimestamp } from './db-values.ts';
import { reportDate } from '../report/report-model.ts';
import { arabicDate, arabicNumber, arabicWaveName } from '../report/report-summary-ar.ts';

const details = {
  referenceDate: '2026-03-31',
  fieldworkStart: null,
  fieldworkEnd: null,
  lockedAt: '2026-06-02T08:15:00.000Z',
  publishedAt: null,
};

describe('report helpers', () => {
  it('dates a closed wave by its lock and an open one by its reference date, never by the clock', () => {
    expect(reportDate({ status: 'locked' }, details)).toBe('2026-06-02T08:15:00.000Z');
    expect(
      reportDate({ status: 'published' }, { ...details, lockedAt: null, publishedAt: '2026-07-01T00:00:00.000Z' }),
    ).toBe('2026-07-01T00:00:00.000Z');
    expect(reportDate({ status: 'open' }, details)).toBe('2026-03-31T00:00:00.000Z');
  });

  it('reads both databases’ dates', () => {
    expect(isoDay('2026-03-31')).toBe('2026-03-31');
    expect(isoDay(new Date(2026, 2, 31))).toBe('2026-03-31');
    expect(isoTimestamp('2026-06-02 08:15:00')).toBe('2026-06-02T08:15:00.000Z');
    expect(isoTimestamp('2026-06-02T10:15:00+02:00')).toBe('2026-06-02T08:15:00.000Z');
    expect(isoTimestamp(Date.UTC(2026, 5, 2, 8, 15))).toBe('2026-06-02T08:15:00.000Z');
    expect(isoTimestamp(null)).toBeNull();
  });

  it('writes Arabic with Western digits, a decimal comma and Moroccan month names', () => {
    expect(arabicNumber(49.46)).toBe('49,5');
    expect(arabicDate('2026-05-29')).toBe('29 ماي 2026');
    expect(arabicWaveName({ code: 'W1', label: 'Vague 1 — printemps 2026', kind: 'wave' })).toBe('الموجة 1');
    expect(arabicWaveName({ code: 'W3', label: 'Automne', kind: 'wave' })).toBe('الموجة 3');
    expect(arabicWaveName({ code: 'B2020', label: 'Étude 2020', kind: 'baseline' })).toBe('الدراسة المرجعية');
  });
});
