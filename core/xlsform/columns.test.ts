import { describe, expect, it } from 'vitest';
import { parseHeader, resolveColumns } from './columns.ts';
import { languageOf } from './languages.ts';
import type { XlsFormProblem } from './problems.ts';

describe('languageOf', () => {
  it.each([
    ['French (fr)', 'fr'],
    ['Français (fr)', 'fr'],
    ['fr', 'fr'],
    ['French', 'fr'],
    ['francais', 'fr'],
    ['FRA', 'fr'],
    ['Arabic (ar)', 'ar'],
    ['العربية (ar)', 'ar'],
    ['العربية', 'ar'],
    ['Arabe', 'ar'],
    ['ar', 'ar'],
    ['Darija (ar-MA)', 'ar'],
    ['English (en)', 'en'],
    ['Anglais', 'en'],
    ['Tamazight (zgh)', undefined],
    ['Espagnol', undefined],
  ])('%s -> %s', (text, expected) => {
    expect(languageOf(text)).toBe(expected);
  });
});

describe('parseHeader', () => {
  it.each([
    ['label::Français (fr)', 'label', 'fr'],
    [' Label :: Arabic (ar) ', 'label', 'ar'],
    ['constraint message', 'constraint_message', undefined],
    ['jr:constraintMsg', 'constraint_message', undefined],
    ['List Name', 'list_name', undefined],
    ['hint::Klingon (tlh)', 'hint', 'other'],
  ])('%s', (text, field, language) => {
    expect(parseHeader(text, 1)).toMatchObject({ field, language });
  });
});

describe('resolveColumns', () => {
  const spec = { single: ['type'], translated: ['label'] };
  const resolve = (texts: readonly string[], problems: XlsFormProblem[] = []) =>
    resolveColumns(
      'survey',
      texts.flatMap((text, index) => parseHeader(text, index + 1) ?? []),
      spec,
      'fr',
      problems,
    );

  it('prefers an explicit language over the bare column, and ignores the bare one silently', () => {
    const problems: XlsFormProblem[] = [];
    const columns = resolve(['label', 'label::fr', 'label::ar'], problems);
    expect(columns.translated.get('label')?.get('fr')?.text).toBe('label::fr');
    expect(problems).toEqual([]);
  });

  it('reports a repeated column and keeps the first', () => {
    const problems: XlsFormProblem[] = [];
    const columns = resolve(['type', 'label::fr', 'TYPE', 'label::French', 'label', 'label'], problems);
    expect(columns.single.get('type')?.column).toBe(1);
    expect(columns.translated.get('label')?.get('fr')?.column).toBe(2);
    expect(problems.map((problem) => problem.column)).toEqual(['label::French', 'TYPE', 'label']);
  });
});
