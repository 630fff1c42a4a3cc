import { describe, expect, it } from 'vitest';
import { parseByParameter } from './by-parameter.ts';

const questions = new Set(['SEX', 'AGE', 'ACTIVITIES']);

describe('parseByParameter', () => {
  it('reads no breakdown from an absent or empty parameter', () => {
    expect(parseByParameter(undefined, questions)).toEqual({ ok: true, by: [] });
    expect(parseByParameter(' ', questions)).toEqual({ ok: true, by: [] });
  });

  it('reads question codes and establishment variables, in order', () => {
    expect(parseByParameter('SEX, establishment_type,region', questions)).toEqual({
      ok: true,
      by: ['SEX', 'establishment_type', 'region'],
    });
    expect(parseByParameter('establishment_code', new Set())).toEqual({ ok: true, by: ['establishment_code'] });
  });

  it('lists the unknown names', () => {
    const result = parseByParameter('SEX,COLOUR,sex', questions);
    expect(result).toMatchObject({ ok: false, unknown: ['COLOUR', 'sex'] });
    expect(result.ok ? '' : result.message).toContain('unknown by variables: COLOUR, sex');
  });

  it('refuses more than three variables, empty names, repeats and multiple choice questions', () => {
    expect(parseByParameter('SEX,AGE,region,establishment_type', questions)).toMatchObject({
      ok: false,
      message: 'by takes at most 3 variables',
      unknown: [],
    });
    expect(parseByParameter('SEX,,AGE', questions)).toMatchObject({ ok: false, message: 'empty variable name in by' });
    expect(parseByParameter('SEX,SEX', questions)).toMatchObject({ ok: false, message: 'by variables given twice: SEX' });
    expect(parseByParameter('ACTIVITIES', questions, { multiple: new Set(['ACTIVITIES']) })).toMatchObject({
      ok: false,
      message: 'multiple choice questions cannot define domains: ACTIVITIES',
    });
  });
});
