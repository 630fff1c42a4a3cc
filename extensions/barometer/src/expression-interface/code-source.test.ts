import { describe, expect, it } from 'vitest';
import { codeSource, codesQuery } from './code-source.ts';

describe('codeSource', () => {
  it('reads the version of a question, all published versions for an indicator', () => {
    expect(codeSource('questions', 4)).toEqual({ kind: 'version', versionId: 4 });
    expect(codeSource('indicators', null)).toEqual({ kind: 'published' });
  });

  it('checks only the syntax when the version is not known yet, saying why', () => {
    expect(codeSource('questions', null)).toMatchObject({ kind: 'none', reason: expect.stringMatching(/version/) });
    expect(codeSource('other', 1)).toMatchObject({ kind: 'none' });
  });
});

describe('codesQuery', () => {
  it('filters questions by version or by published status', () => {
    expect(codesQuery({ kind: 'version', versionId: 4 })).toEqual({
      filter: '{"instrument_version":{"_eq":4}}',
      fields: 'code',
      limit: -1,
    });
    expect(JSON.parse(String(codesQuery({ kind: 'published' }).filter))).toEqual({
      instrument_version: { status: { _eq: 'published' } },
    });
  });
});
