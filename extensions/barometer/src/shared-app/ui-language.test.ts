import { describe, expect, it } from 'vitest';
import { localized, localizedName, UNTRANSLATED_AR, uiLanguage } from './ui-language.ts';

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

describe('localizedName', () => {
  it('tells an Arabic reader when a French name stands in for a missing Arabic one', () => {
    expect(localizedName('DGAPR', 'المندوبية', 'ar')).toBe('المندوبية');
    expect(localizedName('Indicateur sans traduction', ' ', 'ar')).toBe(
      `Indicateur sans traduction ${UNTRANSLATED_AR}`,
    );
    expect(localizedName('Indicateur sans traduction', null, 'fr')).toBe('Indicateur sans traduction');
    expect(UNTRANSLATED_AR).toMatch(/[\u0600-\u06FF]/);
  });
});
