import { breakLines, visualPieces, type TextMeasure } from '../arabic.ts';
import type { ContentNode } from '../pdf-types.ts';
import { FONTS } from '../theme.ts';

export interface ArabicTextOptions {
  readonly fontSize: number;
  readonly width: number;
  readonly color?: string;
  readonly bold?: boolean;
  readonly measure: TextMeasure;
  readonly lineHeight?: number;
  /** A bookmark in the PDF outline, named by the logical text (the lines hold visual pieces). */
  readonly outline?: boolean;
  /** A heading: kept with what follows (document.ts). */
  readonly headlineLevel?: number;
}

/**
 * An Arabic paragraph as pdfmake nodes: one right-aligned, unwrappable line per visual line, each
 * visual piece its own inline (see arabic.ts).
 */
export function arabicParagraph(text: string, options: ArabicTextOptions): ContentNode {
  // A hair under the full width, so rounding never makes pdfmake wrap a line we ordered.
  const width = options.width - 2;
  const lines = breakLines(text, width, options.fontSize, options.bold ?? false, options.measure);
  return {
    stack: lines.map((line, position) => ({
      text: visualPieces(line).map((piece) => ({ text: piece, noWrap: true })),
      ...(options.outline && position === 0 ? { outline: true, outlineText: text } : {}),
      ...(options.headlineLevel !== undefined && position === lines.length - 1
        ? { headlineLevel: options.headlineLevel }
        : {}),
      font: FONTS.arabic,
      fontSize: options.fontSize,
      alignment: 'right',
      lineHeight: options.lineHeight ?? 1.15,
      ...(options.color ? { color: options.color } : {}),
      ...(options.bold ? { bold: true } : {}),
    })),
  };
}
