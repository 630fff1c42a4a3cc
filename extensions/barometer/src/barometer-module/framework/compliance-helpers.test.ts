import { describe, expect, it } from 'vitest';
import type { MatrixEntry } from '../../../../../core/compliance/index.ts';
import { COMPLIANCE_TEXTS, entryLine, ruleTitle } from './compliance-helpers.ts';

const entry = (overrides: Partial<MatrixEntry>): MatrixEntry => ({
  indicator: 'SAF_ADULTS',
  label: 'Partage un espace avec des adultes',
  label_ar: 'يتقاسم فضاءً مع راشدين',
  type: 'proportion',
  nature: 'measures',
  target: 0,
  value: { kind: 'survey', estimate: 0.125, ci_low: 0.08, ci_high: 0.18, n: 240 },
  target_met: false,
  red_line_crossed: true,
  in_score: true,
  change: { from: 'W1', change: -0.02, significant: null },
  ...overrides,
});

describe('entryLine', () => {
  it('says a red line is crossed, with the value and the change, in French and in Arabic', () => {
    expect(entryLine(entry({}), 'fr')).toEqual({
      indicator: 'SAF_ADULTS',
      label: 'Partage un espace avec des adultes',
      value: '12,5 %',
      verdict: 'Ligne rouge franchie',
      tone: 'danger',
      notes: ['mesure', '−2,0 pts depuis W1 (provisoire)'],
    });
    const arabic = entryLine(entry({}), 'ar');
    expect(arabic.label).toBe('يتقاسم فضاءً مع راشدين');
    expect(arabic.verdict).toBe('تجاوز الخط الأحمر');
  });

  it('names an external value’s source, an indicator outside the score and a rule without target', () => {
    const line = entryLine(
      entry({
        value: { kind: 'external', estimate: 1, origin: 'administrative', source: 'DGAPR', n: null },
        target: null,
        target_met: null,
        red_line_crossed: false,
        in_score: false,
        change: null,
        nature: 'approximates',
      }),
      'fr',
    );
    expect(line).toMatchObject({ value: '100,0 %', verdict: 'Pas de cible', tone: 'normal' });
    expect(line.notes).toEqual(['s’en approche', 'donnée administrative : DGAPR', 'hors score']);
    expect(
      entryLine(entry({ value: { kind: 'suppressed' }, target_met: null, red_line_crossed: false }), 'fr').value,
    ).toBe('masqué');
  });

  it('has every text in both languages', () => {
    expect(Object.keys(COMPLIANCE_TEXTS.ar).sort()).toEqual(Object.keys(COMPLIANCE_TEXTS.fr).sort());
    expect(COMPLIANCE_TEXTS.ar.coverage.not_measured).toMatch(/[\u0600-\u06FF]/);
    expect(
      ruleTitle(
        {
          code: 'HAVANA-r.29',
          instrument: 'HAVANA',
          instrument_title: 'Règles de La Havane',
          instrument_title_ar: 'قواعد هافانا',
          number: 'r.29',
          text: 'Séparés des adultes.',
          text_ar: 'الفصل عن البالغين.',
          url: null,
          absolute_prohibition: true,
          coverage: 'measured',
          indicators: [],
        },
        'ar',
      ),
    ).toEqual({ heading: 'قواعد هافانا — r.29', text: 'الفصل عن البالغين.' });
  });
});
