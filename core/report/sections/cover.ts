import { formatDate, formatPercent, formatPeriod } from '../format.ts';
import type { TextMeasure } from '../arabic.ts';
import type { ReportModel, WaveStatus } from '../model.ts';
import type { Content, ContentNode } from '../pdf-types.ts';
import { COLORS, CONTENT_WIDTH, PAGE } from '../theme.ts';
import { coverageOf, coverageSentence, isProvisional } from '../provisional.ts';
import { arabicParagraph } from './arabic-text.ts';

/** Share of the cover's height painted in the institution's colour. */
export const COVER_BAND = 0.6;

const STATUS_NOTE: Readonly<Record<WaveStatus, string | undefined>> = {
  planned: 'Document de travail : vague planifiée',
  open: 'Document provisoire : collecte en cours',
  locked: 'Document provisoire : vague verrouillée, résultats non encore publiés',
  published: undefined,
};

/** The cover's painted band, drawn as the first page's background. */
export function coverBackground(): ContentNode {
  return {
    canvas: [{ type: 'rect', x: 0, y: 0, w: PAGE.width, h: PAGE.height * COVER_BAND, color: COLORS.cover }],
  };
}

export function cover(model: ReportModel, measure: TextMeasure): Content[] {
  const { wave, organisation } = model;
  const status = STATUS_NOTE[wave.status];
  const white = COLORS.coverText;
  const bottomBlock: ContentNode = {
    absolutePosition: { x: PAGE.marginX, y: PAGE.height * COVER_BAND + 36 },
    stack: [
      { text: organisation.name, fontSize: 11, bold: true, color: COLORS.ink },
      arabicParagraph(organisation.nameAr, { measure, fontSize: 11, width: CONTENT_WIDTH, color: COLORS.ink }),
      ...(status
        ? [{ text: status, fontSize: 9, bold: true, color: COLORS.worse, margin: [0, 18, 0, 0] } as const]
        : []),
      ...(isProvisional(wave)
        ? [
            {
              text: coverageSentence(coverageOf(model.methodology)).fr,
              fontSize: 8.5,
              color: COLORS.worse,
              margin: [0, 4, 0, 0],
            } as const,
          ]
        : []),
      ...(organisation.funders && organisation.funders.length > 0
        ? [
            {
              text: `Avec le soutien de : ${organisation.funders.join(', ')}`,
              fontSize: 8,
              color: COLORS.muted,
              margin: [0, 24, 0, 0],
            } as const,
          ]
        : []),
      ...(organisation.website ? [{ text: organisation.website, fontSize: 8, color: COLORS.muted }] : []),
    ],
  };
  return [
    {
      text: organisation.acronym,
      fontSize: 12,
      bold: true,
      color: COLORS.coverAccent,
      characterSpacing: 3,
      margin: [0, 40, 0, 2],
    },
    { text: organisation.name.toUpperCase(), fontSize: 8, color: white, characterSpacing: 1.2, margin: [0, 0, 0, 90] },
    {
      text: 'BAROMÈTRE',
      fontSize: 10,
      bold: true,
      color: COLORS.coverAccent,
      characterSpacing: 2,
      margin: [0, 0, 0, 6],
    },
    { text: model.title.fr, fontSize: 26, bold: true, color: white, lineHeight: 1.1, margin: [0, 0, 0, 14] },
    {
      ...arabicParagraph(model.title.ar, { measure, fontSize: 19, width: CONTENT_WIDTH, color: white, bold: true }),
      margin: [0, 0, 0, 40],
    },
    { text: wave.label, fontSize: 15, bold: true, color: white },
    { canvas: [{ type: 'rect', x: 0, y: 0, w: 60, h: 4, color: COLORS.coverAccent }], margin: [0, 6, 0, 12] },
    { text: `Collecte ${formatPeriod(wave.fieldwork.start, wave.fieldwork.end)}`, fontSize: 9.5, color: white },
    {
      text: `Mineurs détenus au ${formatDate(wave.referenceDate)}, échantillon de ${formatPercent(wave.samplingRate, 0)}`,
      fontSize: 9.5,
      color: white,
    },
    bottomBlock,
  ];
}
