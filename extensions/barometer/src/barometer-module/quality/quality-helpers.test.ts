import { describe, expect, it } from 'vitest';
import {
  attritionRows,
  formatDay,
  formatMinutes,
  formatShare,
  overallNonResponse,
  QUALITY_TEXTS,
  qualityFigures,
  questionLabels,
  type WaveAttrition,
  type WaveQuality,
} from './quality-helpers.ts';

const plain = (text: string) => text.replace(/[\u00A0\u202F]/g, ' ');

const quality = (enumerators: WaveQuality['non_response']['enumerators']): WaveQuality => ({
  wave: 'W2',
  interviews: 6,
  median_minutes: 39,
  short_share: 0.5,
  duplicates: [{ participant: 'P1', interviews: ['A', 'B'] }],
  short_interviews: [{ code: 'C', enumerator: null, duration_minutes: 10, median_minutes: 39 }],
  non_response: { questions: [], enumerators },
});

describe('quality texts', () => {
  it('writes shares, durations and days with Western digits and a decimal comma in both languages', () => {
    expect(plain(formatShare(4 / 22))).toBe('18,2 %');
    expect(plain(formatShare(0))).toBe('0,0 %');
    expect(formatShare(null)).toBe('—');
    expect(formatMinutes(38.5, 'fr')).toBe('38,5 min');
    expect(formatMinutes(39, 'ar')).toBe('39 دقيقة');
    expect(formatMinutes(null, 'fr')).toBe('—');
    expect(formatDay('2026-06-01', 'fr')).toBe('1 juin 2026');
    expect(formatDay('2026-06-01', 'ar')).toMatch(/^1 .+ 2026$/);
    expect(formatDay(null, 'ar')).toBe('—');
  });

  it('has every text in Arabic as in French', () => {
    const keys = (texts: object): string[] =>
      Object.entries(texts).flatMap(([key, value]) =>
        typeof value === 'object' && value !== null && !Array.isArray(value)
          ? keys(value).map((inner) => `${key}.${inner}`)
          : [key],
      );
    expect(keys(QUALITY_TEXTS.ar)).toEqual(keys(QUALITY_TEXTS.fr));
    for (const [table, columns] of Object.entries(QUALITY_TEXTS.fr.columns)) {
      expect(
        QUALITY_TEXTS.ar.columns[table as keyof typeof QUALITY_TEXTS.fr.columns].map((column) => column.key),
        table,
      ).toEqual(columns.map((column) => column.key));
    }
    expect(QUALITY_TEXTS.fr.shortTitle(0.5)).toBe('Entretiens courts (moins de 50 % de la durée médiane)');
  });

  it('takes the overall non-response over every enumerator’s expected answers, and shows the key figures', () => {
    const answer = quality([
      { enumerator: { name: 'Karim', email: null }, interviews: 1, asked: 5, missing: 2, share: 0.4 },
      { enumerator: null, interviews: 5, asked: 15, missing: 3, share: 0.2 },
    ]);
    expect(overallNonResponse(answer)).toBe(0.25);
    expect(overallNonResponse(quality([]))).toBeNull();
    expect(qualityFigures(answer, 'fr').map(({ key, value }) => [key, plain(value)])).toEqual([
      ['interviews', '6'],
      ['median', '39 min'],
      ['short', '1'],
      ['duplicates', '1'],
      ['non-response', '25,0 %'],
    ]);
    expect(qualityFigures(answer, 'ar')[1]).toMatchObject({ label: 'المدة الوسيطة', value: '39 دقيقة' });
  });

  it('gives a question’s label in the reader’s language, the other one under it', () => {
    const question = { label: 'Âge', label_ar: 'السن' };
    expect(questionLabels(question, 'fr')).toEqual({ main: 'Âge', other: 'السن' });
    expect(questionLabels(question, 'ar')).toEqual({ main: 'السن', other: 'Âge' });
    expect(questionLabels({ label: 'Âge', label_ar: null }, 'ar')).toEqual({ main: 'Âge', other: null });
    expect(questionLabels({ label: 'Âge', label_ar: ' ' }, 'fr')).toEqual({ main: 'Âge', other: null });
  });

  it('lists what became of the previous wave’s respondents, reinterviewed first', () => {
    const attrition: WaveAttrition = {
      wave: 'W2',
      previous_wave: 'W1',
      as_of: '2026-11-29',
      previous_respondents: 8,
      reinterviewed: 4,
      counts: { released: 2, transferred: 1, lost: 0, detained: 1 },
      participants: [],
    };
    expect(attritionRows(attrition, 'fr').map((row) => ({ ...row, share: plain(row.share) }))).toEqual([
      { reason: 'Réinterrogés dans cette vague', count: '4', share: '50,0 %' },
      { reason: 'Libéré', count: '2', share: '25,0 %' },
      { reason: 'Transféré', count: '1', share: '12,5 %' },
      { reason: 'Perdu de vue', count: '0', share: '0,0 %' },
      { reason: 'Toujours détenu, non réinterrogé', count: '1', share: '12,5 %' },
    ]);
    expect(attritionRows(attrition, 'ar')[1]).toMatchObject({ reason: 'أُفرج عنه', count: '2' });
    expect(attritionRows({ ...attrition, previous_respondents: 0, reinterviewed: 0 }, 'fr')[0]).toEqual({
      reason: 'Réinterrogés dans cette vague',
      count: '0',
      share: '—',
    });
  });
});
