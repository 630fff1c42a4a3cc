/**
 * Arabic that extracts as Arabic. Noto Naskh Arabic draws a dotted letter as a dotless body shared by
 * a family of letters plus dot marks (its ccmp feature decomposes them): ب ت ث ن ي share one body,
 * ج ح خ another. pdfkit encodes a glyph under one font code whose ToUnicode entry is the code points
 * fontkit reports for it, and fontkit caches one Glyph object per glyph id: every letter drawn on a
 * shared body extracts as the first letter of its family that was drawn ("المحتحرين" for
 * "المحتجزين"), and a decomposed "إ" as "ا". Search, copy and screen readers get other words.
 *
 * So pdfkit's EmbeddedFont.encode is wrapped for text holding Arabic: the glyphs of each word are
 * matched to its letters (one base glyph with advance, then its zero-advance marks, per letter) and
 * each glyph is encoded under a font code of its own per text it stands for. The body of "ج" and the
 * body of "ح" become two codes over the same outline, each mapped to its letter; the dots map to
 * nothing. When a word's glyphs and letters do not pair up (a ligature), its first glyph carries the
 * whole word. The outlines drawn, hence the page, are unchanged.
 */

import { fontkitReverses } from './arabic.ts';

const ARABIC = /\p{Script=Arabic}/u;
const MARK = /\p{M}/u;

interface LaidGlyph {
  readonly id: number;
  readonly advanceWidth: number;
}

interface GlyphRun {
  readonly glyphs: readonly LaidGlyph[];
  readonly positions: readonly { readonly xAdvance: number }[];
}

/** The parts of pdfkit's EmbeddedFont (pdfkit 0.19, js/pdfkit.js) that encoding reads and writes. */
export interface EmbeddedFont {
  encode(text: string, features?: unknown): [string[], GlyphRun['positions'][number][]];
  layoutRun(text: string, features?: unknown): GlyphRun;
  layoutCached(text: string): GlyphRun;
  readonly subset: { readonly glyphs: number[]; readonly mapping: Record<number, number | undefined> };
  readonly widths: (number | undefined)[];
  readonly unicode: (readonly number[] | undefined)[];
  readonly scale: number;
}

/** pdfkit lays out word by word, each with its following space: the same cut keeps the same runs. */
function segments(text: string, features: unknown): string[] {
  if (features) return [text];
  return text.match(/[^ \t]*[ \t]|[^ \t]+/gu) ?? [];
}

/** Letters with their combining marks (harakat), in logical order. */
function letters(text: string): string[] {
  const units: string[] = [];
  for (const char of text) {
    if (MARK.test(char) && units.length > 0) units[units.length - 1] += char;
    else units.push(char);
  }
  return units;
}

/**
 * The text each glyph of a run stands for, in the run's (visual) order: a letter and its harakat on
 * its base glyph; the dots and marks the font added stand for nothing.
 */
export function glyphTexts(segment: string, run: GlyphRun): string[] {
  const count = run.glyphs.length;
  const rtl = fontkitReverses(segment);
  const logical = Array.from({ length: count }, (_, position) => (rtl ? count - 1 - position : position));
  const starts = logical.filter((glyph, position) => position === 0 || (run.positions[glyph]?.xAdvance ?? 0) !== 0);
  const units = letters(segment);
  const texts: string[] = Array.from({ length: count }, () => '');
  if (units.length === starts.length) starts.forEach((glyph, unit) => (texts[glyph] = units[unit] ?? ''));
  else if (count > 0) texts[logical[0] ?? 0] = segment;
  return texts;
}

const codesByFont = new WeakMap<EmbeddedFont, Map<string, number>>();

function sameCodePoints(a: readonly number[] | undefined, b: readonly number[]): boolean {
  return a !== undefined && a.length === b.length && a.every((value, position) => value === b[position]);
}

/** A font code for this glyph standing for this text: the glyph's own when free or equal, else a copy of it. */
function codeFor(font: EmbeddedFont, glyph: LaidGlyph, text: string): number {
  let codes = codesByFont.get(font);
  if (!codes) {
    codes = new Map();
    codesByFont.set(font, codes);
  }
  const key = `${glyph.id}\u0000${text}`;
  const known = codes.get(key);
  if (known !== undefined) return known;
  const codePoints = [...text].map((char) => char.codePointAt(0) ?? 0);
  const { subset } = font;
  const existing = subset.mapping[glyph.id];
  let code: number;
  if (existing === undefined) {
    subset.glyphs.push(glyph.id);
    code = subset.glyphs.length - 1;
    subset.mapping[glyph.id] = code;
  } else if (sameCodePoints(font.unicode[existing], codePoints)) {
    code = existing;
  } else {
    // The same outline once more in the subset, under a code that maps to this text.
    subset.glyphs.push(glyph.id);
    code = subset.glyphs.length - 1;
  }
  font.widths[code] ??= glyph.advanceWidth * font.scale;
  font.unicode[code] ??= codePoints;
  codes.set(key, code);
  return code;
}

const installed = new WeakSet<object>();

/** Wraps `encode` on pdfkit's EmbeddedFont prototype (reached through any instance); idempotent. */
export function installArabicTextLayer(prototype: EmbeddedFont): void {
  if (installed.has(prototype)) return;
  installed.add(prototype);
  const original = prototype.encode;
  prototype.encode = function encode(this: EmbeddedFont, text, features) {
    if (!ARABIC.test(text)) return original.call(this, text, features);
    const hex: string[] = [];
    const positions: GlyphRun['positions'][number][] = [];
    for (const segment of segments(text, features)) {
      const run = features ? this.layoutRun(segment, features) : this.layoutCached(segment);
      const texts = glyphTexts(segment, run);
      run.glyphs.forEach((glyph, position) => {
        hex.push(
          codeFor(this, glyph, texts[position] ?? '')
            .toString(16)
            .padStart(4, '0'),
        );
      });
      positions.push(...run.positions);
    }
    return [hex, positions];
  };
}
