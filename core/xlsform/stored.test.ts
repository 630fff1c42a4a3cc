import { describe, expect, it } from 'vitest';
import { parseStoredExtras, parseStoredVersionExtras } from './stored.ts';

describe('the stored xlsform columns', () => {
  it('read JSON as text (SQLite) or as values (PostgreSQL)', () => {
    const extras = { type: 'range', cells: { parameters: 'start=0 end=5' } };
    expect(parseStoredExtras(JSON.stringify(extras))).toEqual(extras);
    expect(parseStoredExtras(extras)).toEqual(extras);
    const version = {
      settings: { style: 'pages' },
      keptRows: [{ before: 0, cells: { type: 'start', name: 'start' } }],
    };
    expect(parseStoredVersionExtras(JSON.stringify(version))).toEqual(version);
  });

  it('ignore nothing kept and values of another shape, so that an export never fails on them', () => {
    expect(parseStoredExtras(null)).toBeUndefined();
    expect(parseStoredExtras('{not json')).toBeUndefined();
    expect(parseStoredExtras({ type: 'geopoint' })).toBeUndefined();
    expect(parseStoredExtras({ cells: { a: 1 } })).toBeUndefined();
    expect(parseStoredVersionExtras({ keptRows: [{ before: -1, cells: {} }] })).toEqual({});
    expect(parseStoredVersionExtras(undefined)).toEqual({});
  });
});
