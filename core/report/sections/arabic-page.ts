import { heading } from '../blocks.ts';
import type { TextMeasure } from '../arabic.ts';
import type { ReportModel } from '../model.ts';
import type { Content } from '../pdf-types.ts';
import { COLORS, CONTENT_WIDTH } from '../theme.ts';
import { ARABIC_SUMMARY_HEADING, SECTION_TITLES } from '../titles.ts';
import { arabicParagraph } from './arabic-text.ts';

/** The Arabic page: title and executive summary, right to left, Western digits as written by the analysts. */
export function arabicPage(model: ReportModel, measure: TextMeasure): Content[] {
  return [
    {
      ...heading(SECTION_TITLES.arabic, 3, { toc: true, pageBreak: true }),
      tocMargin: [0, 4, 0, 0],
      color: COLORS.muted,
      fontSize: 8,
      margin: [0, 0, 0, 18],
    },
    {
      ...arabicParagraph(model.organisation.nameAr, {
        measure,
        fontSize: 11,
        width: CONTENT_WIDTH,
        color: COLORS.accent,
      }),
      margin: [0, 0, 0, 6],
    },
    {
      ...arabicParagraph(model.title.ar, {
        measure,
        fontSize: 20,
        width: CONTENT_WIDTH,
        color: COLORS.ink,
        bold: true,
        lineHeight: 1.3,
      }),
      margin: [0, 0, 0, 16],
    },
    {
      canvas: [{ type: 'rect', x: CONTENT_WIDTH - 60, y: 0, w: 60, h: 3, color: COLORS.coverAccent }],
      margin: [0, 0, 0, 14],
    },
    {
      ...arabicParagraph(ARABIC_SUMMARY_HEADING, {
        measure,
        fontSize: 14,
        width: CONTENT_WIDTH,
        color: COLORS.ink,
        bold: true,
      }),
      margin: [0, 0, 0, 10],
    },
    ...model.summaryAr.map((text) => ({
      ...arabicParagraph(text, { measure, fontSize: 11.5, width: CONTENT_WIDTH, lineHeight: 1.3 }),
      margin: [0, 0, 0, 10] as const,
    })),
  ];
}
