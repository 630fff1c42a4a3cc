import { breakLines, estimateArabicWidth, visualRuns, type TextMeasure } from '../arabic.ts';
import type { ContentNode } from '../pdf-types.ts';
import { FONTS } from '../theme.ts';

export interface ArabicTextOptions {
  readonly fontSize: number;
  readonly width: number;
  readonly color?: string;
  readonly bold?: boolean;
  readonly measure?: TextMeasure;
  readonly lineHeight?: number;
}

/**
 * An Arabic paragraph as pdfmake nodes: one right-aligned, unwrappable line per visual line, each
 * bidi run its own inline (see arabic.ts).
 */
export function arabicParagraph(text: string, options: ArabicTextOptions): ContentNode {
  const lines = breakLines(text, options.width, options.fontSize, options.measure ?? estimateArabicWidth);
  return {
    stack: lines.map((line) => ({
      text: visualRuns(line).map((run) => ({ text: run.text, noWrap: true })),
      font: FONTS.arabic,
      fontSize: options.fontSize,
      alignment: 'right',
      lineHeight: options.lineHeight ?? 1.15,
      ...(options.color ? { color: options.color } : {}),
      ...(options.bold ? { bold: true } : {}),
    })),
  };
}
