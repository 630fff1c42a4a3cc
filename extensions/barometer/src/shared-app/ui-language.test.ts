import { describe, expect, it } from 'vitest';
import { localized, uiLanguage } from './ui-language.ts';

describe('uiLanguage', () => {
  it.each([
    ['ar-MA', 'ar'],
    ['ar-SA', 'ar'],
    ['AR', 'ar'],
    ['fr-FR', 'fr'],
    ['en-US', 'fr'],
    [null, 'fr'],
    [undefined, 'fr'],
  ] as const)('%s -> %s', (locale, expected) => {
    expect(uiLanguage(locale)).toBe(expected);
  });
});

describe('localized', () => {
  it('gives the Arabic text to an Arabic reader when there is one', () => {
    expect(localized('Sexe', 'الجنس', 'ar')).toBe('الجنس');
    expect(localized('Sexe', '  ', 'ar')).toBe('Sexe');
    expect(localized('Sexe', null, 'ar')).toBe('Sexe');
    expect(localized('Sexe', 'الجنس', 'fr')).toBe('Sexe');
  });
});
