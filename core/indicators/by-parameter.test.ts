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
    expect(parseByParameter('SEX,SEX', questions)).toMatchObject({
      ok: false,
      message: 'by variables given twice: SEX',
    });
    expect(parseByParameter('ACTIVITIES', questions, { multiple: new Set(['ACTIVITIES']) })).toMatchObject({
      ok: false,
      message: 'multiple choice questions cannot define domains: ACTIVITIES',
    });
  });

  it('refuses a question that is not select_one, with disclosure on or off', () => {
    const choices = new Set(['SEX']);
    for (const disclosure of [true, false]) {
      const result = parseByParameter('AGE', questions, { domainQuestions: choices, disclosure });
      expect(result.ok).toBe(false);
      expect(result.ok ? '' : result.message).toContain('only single-choice (select_one) questions');
    }
    expect(parseByParameter('SEX', questions, { domainQuestions: choices })).toEqual({ ok: true, by: ['SEX'] });
    expect(parseByParameter('region', questions, { domainQuestions: choices })).toEqual({ ok: true, by: ['region'] });
  });

  it('refuses an identifying select_one question, alone or crossed, with disclosure on or off', () => {
    const options = { domainQuestions: new Set(['SEX', 'AGE']), identifying: new Set(['AGE']) };
    for (const disclosure of [true, false]) {
      for (const by of ['AGE', 'AGE,region']) {
        const result = parseByParameter(by, questions, { ...options, disclosure });
        expect(result.ok).toBe(false);
        expect(result.ok ? '' : result.message).toContain(
          'identifying questions cannot define domains: AGE / une question identifiante',
        );
      }
    }
    expect(parseByParameter('SEX,region', questions, { ...options, disclosure: false })).toEqual({
      ok: true,
      by: ['SEX', 'region'],
    });
  });

  it('answers only the menu with disclosure on, in any order of its variables, and lists the menu', () => {
    expect(parseByParameter('', questions, { disclosure: true })).toEqual({ ok: true, by: [] });
    expect(parseByParameter('region', questions, { disclosure: true })).toEqual({ ok: true, by: ['region'] });
    const crossed = parseByParameter('SEX,establishment_type', questions, { disclosure: true });
    expect(crossed.ok).toBe(false);
    expect(crossed.ok ? '' : crossed.message).toContain('(aucun) ; SEX ; establishment_type ; region');
    expect(parseByParameter('establishment_code', questions, { disclosure: true }).ok).toBe(false);
    expect(parseByParameter('SEX,establishment_type', questions, { disclosure: false })).toMatchObject({ ok: true });
  });
});
