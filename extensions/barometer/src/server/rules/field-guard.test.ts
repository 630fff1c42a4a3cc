import { describe, expect, it } from 'vitest';
import { assertFieldValues, assertFilterValues, assertGroupFields, assertKeys } from './field-guard.ts';

describe('the field guard reads the model', () => {
  it('names the field of each value that does not fit', () => {
    expect(() => assertFieldValues('interviews', { duration_minutes: 'abc', device_id: 'x'.repeat(5_000) })).toThrow(
      /interviews\.duration_minutes.*interviews\.device_id/s,
    );
    expect(() => assertFieldValues('interviews', { duration_minutes: -100_000 })).toThrow(/0 et 1440/);
    expect(() => assertFieldValues('reports', { kind: 'forged' })).toThrow(/reports\.kind/);
    expect(() =>
      assertFieldValues('interviews', { duration_minutes: 45, participant: { code: 'P-1' }, status: 'draft' }),
    ).not.toThrow();
    expect(() => assertFieldValues('establishments', { type: 'prison_locale' })).not.toThrow();
    expect(() => assertFieldValues('directus_users', { anything: 'x'.repeat(5_000) })).not.toThrow();
  });

  it('refuses ids and filter operands beyond the column, through relations too', () => {
    expect(() => assertKeys('interviews', ['99999999999'])).toThrow(/interviews\.id/);
    expect(() => assertKeys('interviews', [12])).not.toThrow();
    expect(() =>
      assertFilterValues('participants', { interviews: { _some: { interview_date: { _gt: '2026-13-45' } } } }),
    ).toThrow(/filter\.interviews\.interview_date\._gt/);
    expect(() => assertFilterValues('interviews', { _and: [{ wave: { reference_date: { _lt: 'abc' } } }] })).toThrow(
      /reference_date/,
    );
    expect(() => assertFilterValues('interviews', { id: { _in: '1,99999999999' } })).toThrow(/filter\.id\._in/);
    expect(() =>
      assertFilterValues('interviews', {
        interview_date: { _lte: '$NOW(-1 day)' },
        code: { _contains: 'x'.repeat(500) },
      }),
    ).not.toThrow();
  });

  it('refuses a groupBy through a relation, which Directus answers with a database error', () => {
    expect(() => assertGroupFields(['wave.code'])).toThrow(/groupBy « wave\.code »/);
    expect(() => assertGroupFields(['wave', 'status'])).not.toThrow();
    expect(() => assertGroupFields(undefined)).not.toThrow();
  });
});
