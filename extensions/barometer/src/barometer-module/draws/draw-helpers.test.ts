import { describe, expect, it } from 'vitest';
import { DRAW_TEXTS, drawMoment, drawPath } from './draw-helpers.ts';

describe('drawPath', () => {
  it('sends the seed as typed, without the spaces around it, encoded', () => {
    expect(drawPath('W2', '  Tirage public #7 ')).toBe('/barometer/waves/W2/draws?seed=Tirage%20public%20%237');
    expect(drawPath('W 2', 'x')).toBe('/barometer/waves/W%202/draws?seed=x');
  });

  it('leaves a blank seed out, so the server makes one up', () => {
    expect(drawPath('W2', '')).toBe('/barometer/waves/W2/draws');
    expect(drawPath('W2', '   ')).toBe('/barometer/waves/W2/draws');
  });
});

describe('drawMoment', () => {
  it('writes the moment in French or in Arabic with Western digits', () => {
    expect(drawMoment('2026-10-01T08:30:00.000Z', 'fr')).toMatch(/2026/);
    expect(drawMoment('2026-10-01T08:30:00.000Z', 'ar')).toMatch(/2026/);
    expect(drawMoment('2026-10-01T08:30:00.000Z', 'ar')).not.toBe(drawMoment('2026-10-01T08:30:00.000Z', 'fr'));
  });

  it('gives a dash without a date and the text itself when it is not one', () => {
    expect(drawMoment(null, 'fr')).toBe('—');
    expect(drawMoment('hier', 'fr')).toBe('hier');
  });
});

describe('DRAW_TEXTS', () => {
  it('has every text in both languages', () => {
    expect(Object.keys(DRAW_TEXTS.ar).sort()).toEqual(Object.keys(DRAW_TEXTS.fr).sort());
    for (const texts of Object.values(DRAW_TEXTS)) {
      for (const text of Object.values(texts)) if (typeof text === 'string') expect(text.trim()).not.toBe('');
    }
  });

  it('agrees in number in French', () => {
    expect(DRAW_TEXTS.fr.counts(1, 1)).toBe('1 sélectionné sur 1 mineur');
    expect(DRAW_TEXTS.fr.counts(11, 42)).toBe('11 sélectionnés sur 42 mineurs');
    expect(DRAW_TEXTS.fr.done(3, 'abc', 'liste.csv')).toBe(
      '« liste.csv » : tirage enregistré pour 3 établissements, graine « abc ».',
    );
  });
});
