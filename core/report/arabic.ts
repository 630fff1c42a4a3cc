import bidiModule, { type Bidi } from 'bidi-js';

/**
 * Arabic for pdfmake, which has no bidi (pdfmake issue #184). fontkit shapes a word and puts its
 * glyphs right to left, but pdfmake lays inlines out left to right, and pdfkit lays text out word
 * by word (its layout cache splits on spaces), so a multi-word right-to-left run comes out with
 * its words in reverse order. So a paragraph is broken into lines first (reordering is per line,
 * UAX #9 L1-L2), each line is cut into runs of one embedding level, the runs are put in visual
 * order, right-to-left runs are cut into words and spaces in visual order, and each piece becomes
 * one unbreakable inline.
 */

// bidi-js is a UMD bundle typed as an ES module: under Node the default import is the factory
// itself, under a bundler it may be a namespace holding it.
const loaded: unknown = bidiModule;
const bidiFactory: unknown = typeof loaded === 'function' ? loaded : (loaded as { default?: unknown }).default;
if (typeof bidiFactory !== 'function') throw new Error('bidi-js: no factory export found');
const bidi = (bidiFactory as () => Bidi)();

export interface VisualRun {
  readonly text: string;
  readonly rtl: boolean;
}

/** Width of a text in points at a font size; injected so this module needs no font file. */
export type TextMeasure = (text: string, fontSize: number, bold: boolean) => number;

/**
 * Noto Naskh Arabic averages 0.375 em per character on running text (measured with fontkit on a
 * report paragraph); 0.42 leaves room so pdfmake never wraps a line we have already ordered.
 */
export const estimateArabicWidth: TextMeasure = (text, fontSize) => [...text].length * fontSize * 0.42;

/** Greedy line breaking on spaces, in logical order. */
export function breakLines(
  text: string,
  maxWidth: number,
  fontSize: number,
  bold: boolean,
  measure: TextMeasure,
): string[] {
  const words = text
    .trim()
    .split(/\s+/u)
    .filter((word) => word.length > 0);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (current !== '' && measure(candidate, fontSize, bold) > maxWidth) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  if (current !== '') lines.push(current);
  return lines;
}

const SCRIPTED = /[^\p{Script=Common}\p{Script=Inherited}]/u;
const ARABIC = /\p{Script=Arabic}/u;

/**
 * Whether fontkit draws this text right to left: it takes the direction of the first character of a
 * script of its own (Common and Inherited do not count). The Arabic comma, semicolon and question
 * mark are Common: "،" or "%)،" alone is laid out left to right, like digits.
 */
export function fontkitReverses(text: string): boolean {
  return ARABIC.test(SCRIPTED.exec(text)?.[0] ?? '');
}

/** One line, base direction right to left, as runs in left-to-right visual order. */
export function visualRuns(line: string): VisualRun[] {
  const embedding = bidi.getEmbeddingLevels(line, 'rtl');
  const mirrored = bidi.getMirroredCharactersMap(line, embedding.levels);
  const runs: { text: string; level: number }[] = [];
  let index = 0;
  for (const char of line) {
    const level = embedding.levels[index] ?? 1;
    const shown = mirrored.get(index) ?? char;
    const last = runs.at(-1);
    if (last && last.level === level) last.text += shown;
    else runs.push({ text: shown, level });
    index += char.length;
  }
  return reorderRuns(runs).map(({ text, level }) => ({ text, rtl: level % 2 === 1 }));
}

/** UAX #9 rule L2 on whole runs: from the highest level down to the lowest odd one, reverse every maximal sequence at or above it. */
function reorderRuns<T extends { level: number }>(runs: readonly T[]): T[] {
  const result = [...runs];
  const levels = result.map((run) => run.level);
  const highest = Math.max(...levels, 0);
  const lowestOdd = Math.min(...levels.filter((level) => level % 2 === 1), highest + 1);
  for (let level = highest; level >= lowestOdd; level -= 1) {
    let start = 0;
    while (start < result.length) {
      if ((result[start]?.level ?? 0) < level) {
        start += 1;
        continue;
      }
      let end = start;
      while (end + 1 < result.length && (result[end + 1]?.level ?? 0) >= level) end += 1;
      const reversed = result.slice(start, end + 1).reverse();
      result.splice(start, reversed.length, ...reversed);
      start = end + 1;
    }
  }
  return result;
}

/**
 * The pieces of one line, left to right as they must be drawn; each is laid out on its own.
 * fontkit reverses a piece it detects as Arabic script; a piece of neutrals at a right-to-left
 * level (a "%." after a number, which UAX #9 W2 makes Arabic-number context, or a "،" after a
 * bracket) is reversed here.
 */
export function visualPieces(line: string): string[] {
  return visualRuns(line).flatMap((run) => {
    if (!run.rtl) return [run.text];
    return run.text
      .split(/(\s+)/u)
      .filter((piece) => piece.length > 0)
      .reverse()
      .map((piece) => (fontkitReverses(piece) ? piece : [...piece].reverse().join('')));
  });
}
