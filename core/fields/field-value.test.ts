import { describe, expect, it } from 'vitest';
import {
  fieldValueProblem,
  filterOperandProblem,
  INTEGER_MAX,
  TEXT_MAX_LENGTH,
  type FieldSpec,
} from './field-value.ts';

const accepts = (spec: FieldSpec, value: unknown) =>
  expect(fieldValueProblem(spec, value), JSON.stringify(value)).toBeNull();
const refuses = (spec: FieldSpec, value: unknown) =>
  expect(fieldValueProblem(spec, value), JSON.stringify(value)).not.toBeNull();

describe('fieldValueProblem', () => {
  it('takes integers within the column and the model range, and nothing else', () => {
    const duration: FieldSpec = { type: 'integer', min: 0, max: 1440 };
    for (const value of [0, 45, '45', 1440]) accepts(duration, value);
    for (const value of ['abc', 1e20, 17.7, '17.7', -100_000, 1441, true, [], {}]) refuses(duration, value);
    accepts({ type: 'integer' }, INTEGER_MAX);
    refuses({ type: 'integer' }, 99_999_999_999);
    refuses({ type: 'integer' }, '99999999999');
  });

  it('takes a related item for a many-to-one field, not a list', () => {
    accepts({ type: 'integer', relation: true }, { code: 'E01' });
    refuses({ type: 'integer', relation: true }, [1]);
    refuses({ type: 'integer', relation: true }, 'abc');
  });

  it('counts string lengths in code points and checks choices', () => {
    accepts({ type: 'string', maxLength: 4 }, 'مرحب');
    accepts({ type: 'string', maxLength: 2 }, '😀😀');
    refuses({ type: 'string', maxLength: 64 }, 'x'.repeat(5_000));
    refuses({ type: 'string' }, 'x'.repeat(256));
    refuses({ type: 'string' }, 12);
    refuses({ type: 'text' }, 'x'.repeat(TEXT_MAX_LENGTH + 1));
    accepts({ type: 'string', choices: ['draft', 'final'] }, 'final');
    refuses({ type: 'string', choices: ['draft', 'final'] }, 'forged');
  });

  it('refuses labels and codes that do not show what they say', () => {
    refuses({ type: 'string' }, '\u200b\u200b\u200b\u200b\u200b');
    refuses({ type: 'string' }, 'E01\u202e10E');
    refuses({ type: 'string' }, 'deux\nlignes');
    refuses({ type: 'string' }, '   ');
    accepts({ type: 'text' }, 'Première ligne.\nSeconde ligne.');
    accepts({ type: 'string' }, 'سجن عكاشة');
    accepts({ type: 'string' }, '');
  });

  it('keeps decimals within their precision', () => {
    const estimate: FieldSpec = { type: 'decimal', precision: 14, scale: 6 };
    for (const value of [0.42, '0.42', -3, 99_999_999]) accepts(estimate, value);
    for (const value of [1e20, 100_000_000, 'abc', '1e5', {}]) refuses(estimate, value);
    refuses({ type: 'decimal', precision: 12, scale: 4, min: 0, max: 1 }, 1.5);
  });

  it('takes dates and timestamps that exist', () => {
    for (const value of ['2026-10-01', '2024-02-29', new Date('2026-10-01')]) accepts({ type: 'date' }, value);
    for (const value of ['abc', '2026-02-30', '2026-13-01', '01/10/2026', 20261001, new Date('nope')])
      refuses({ type: 'date' }, value);
    for (const value of ['2026-10-01T12:30:00Z', '2026-10-01T12:30:00.123+01:00', '2026-10-01 12:30', new Date()])
      accepts({ type: 'timestamp' }, value);
    for (const value of ['2026-10-01T25:00:00Z', 'yesterday', 1]) refuses({ type: 'timestamp' }, value);
  });

  it('checks booleans and uuids, and leaves null to the required rules', () => {
    for (const value of [true, false, 0, 1, 'true', '0']) accepts({ type: 'boolean' }, value);
    for (const value of ['abc', 2, {}]) refuses({ type: 'boolean' }, value);
    accepts({ type: 'uuid' }, '0b8e3c8e-5a4b-4f39-9c61-1f0e2d3c4b5a');
    refuses({ type: 'uuid' }, 'abc');
    accepts({ type: 'integer' }, null);
    accepts({ type: 'json' }, { any: ['thing'] });
  });
});

describe('filterOperandProblem', () => {
  it('refuses operands PostgreSQL cannot compare, whatever the model range', () => {
    expect(filterOperandProblem('integer', 99_999_999_999)).not.toBeNull();
    expect(filterOperandProblem('integer', '-5')).toBeNull();
    expect(filterOperandProblem('date', '2026-99-99')).not.toBeNull();
    expect(filterOperandProblem('decimal', 1e20)).toBeNull();
    expect(filterOperandProblem('decimal', 'abc')).not.toBeNull();
    expect(filterOperandProblem('string', 'x'.repeat(10_000))).toBeNull();
  });
});
