import { describe, expect, test } from 'vitest';
import { definitionInWords } from './definitions.ts';
import type { Indicator } from './model.ts';

const status = {
  code: 'LEGAL_STATUS',
  label: 'Situation judiciaire',
  labelAr: 'الوضعية القضائية',
  choices: [{ value: 'preventive', label: 'Détention préventive', labelAr: 'اعتقال احتياطي' }],
};

const indicator = (
  numerator: string,
  denominator = '',
  type: Indicator['type'] = 'proportion',
): Pick<Indicator, 'type' | 'definition' | 'questions'> => ({
  type,
  definition: { numerator, denominator },
  questions: [status, { code: 'MONTHS', label: 'Mois d’attente', labelAr: 'أشهر الانتظار' }],
});

describe('definitionInWords', () => {
  test('a comparison with a choice reads as the question and the answer, in both languages', () => {
    expect(definitionInWords(indicator("${LEGAL_STATUS} = 'preventive'"), 'fr')).toEqual({
      numerator: '« Situation judiciaire » : « Détention préventive »',
      denominator: 'tous les mineurs interrogés',
    });
    expect(definitionInWords(indicator("${LEGAL_STATUS} = 'preventive'"), 'ar')).toEqual({
      numerator: '«الوضعية القضائية» : «اعتقال احتياطي»',
      denominator: 'جميع الأحداث المستجوبين',
    });
  });

  test('thresholds, "and", a mean and a denominator are said; an unknown shape keeps its expression', () => {
    const words = definitionInWords(indicator("${MONTHS} > 6 and ${LEGAL_STATUS} = 'preventive'", 'true()'), 'fr');
    expect(words.numerator).toBe(
      '« Mois d’attente » supérieur à 6 et « Situation judiciaire » : « Détention préventive »',
    );
    expect(definitionInWords(indicator('${MONTHS}', "${LEGAL_STATUS} = 'preventive'", 'mean'), 'fr')).toEqual({
      numerator: 'moyenne de « Mois d’attente »',
      denominator: '« Situation judiciaire » : « Détention préventive »',
    });
    expect(definitionInWords(indicator('${MONTHS} * 2 > 6'), 'fr').numerator).toBe('${MONTHS} * 2 > 6');
    expect(definitionInWords(indicator("${UNKNOWN} = 'x'"), 'fr').numerator).toBe('UNKNOWN : « x »');
  });
});
