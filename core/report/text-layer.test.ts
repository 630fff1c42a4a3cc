import { describe, expect, test } from 'vitest';
import { glyphTexts } from './text-layer.ts';

/** A laid-out run as fontkit gives it: glyphs in visual order, zero advance for marks. */
const run = (advances: readonly number[]) => ({
  glyphs: advances.map((_, id) => ({ id, advanceWidth: 500 })),
  positions: advances.map((xAdvance) => ({ xAdvance })),
});

describe('glyphTexts', () => {
  test('an Arabic word: each base glyph stands for its letter, the dots the font added for nothing', () => {
    // "نجح" as drawn, left to right: ح, ج's dot then its body, ن's dot then its body.
    expect(glyphTexts('نجح', run([300, 0, 280, 0, 250]))).toEqual(['ح', '', 'ج', '', 'ن']);
  });

  test('a haraka stays with its letter; a left-to-right run keeps its order', () => {
    expect(glyphTexts('بُ', run([0, 0, 300]))).toEqual(['', '', 'بُ']);
    expect(glyphTexts('12%', run([300, 300, 400]))).toEqual(['1', '2', '%']);
  });

  test('glyphs that do not pair with letters (a ligature) carry the whole word on the first one', () => {
    expect(glyphTexts('لله', run([600, 0]))).toEqual(['', 'لله']);
  });
});
