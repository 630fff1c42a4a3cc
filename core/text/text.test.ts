import { describe, expect, it } from 'vitest';
import { checkText, LABEL, REASON } from './index.ts';

describe('checkText', () => {
  it('refuses a reason of five zero-width spaces', () => {
    expect(checkText('\u200b'.repeat(5), REASON)).toMatchObject({
      ok: false,
      fr: expect.stringMatching(/largeur nulle/),
    });
  });

  it('refuses spaces and marks that show nothing', () => {
    expect(checkText('   \u200f\u200e  ', REASON)).toMatchObject({
      ok: false,
      fr: expect.stringMatching(/5 caractère/),
    });
  });

  it('refuses bidi overrides and isolates', () => {
    for (const character of ['\u202e', '\u2066', '\u2069'])
      expect(checkText(`Motif ${character}valable`, REASON).ok).toBe(false);
  });

  it('refuses control characters, and line breaks in a label only', () => {
    expect(checkText('Motif\u0000valable', REASON).ok).toBe(false);
    expect(checkText('Ligne un\nligne deux', REASON)).toEqual({ ok: true, text: 'Ligne un\nligne deux' });
    expect(checkText('Vague\nW3', LABEL).ok).toBe(false);
  });

  it('stores NFC and counts visible characters in Arabic as in French', () => {
    expect(checkText('  Cafe\u0301 fermé ', REASON)).toEqual({ ok: true, text: 'Café fermé' });
    expect(checkText('خطأ في الإدخال', REASON)).toEqual({ ok: true, text: 'خطأ في الإدخال' });
    expect(checkText('abcd', REASON).ok).toBe(false);
  });

  it('refuses text over the maximum length', () => {
    expect(checkText('a'.repeat(201), LABEL).ok).toBe(false);
  });
});
