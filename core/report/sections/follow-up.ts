// Chapter "Suivi des recommandations": the earlier reports' recommendations with their status as it
// stood at this wave (core/recommendations), and the change of the indicators that bear on each.
import type { TextMeasure } from '../arabic.ts';
import { dataTable, heading, paragraph } from '../blocks.ts';
import { changeCell } from '../change.ts';
import { FOLLOW_UP_LABELS, FOLLOW_UP_STATUSES, type TrackerLine } from '../../recommendations/index.ts';
import { formatChange, formatDate } from '../format.ts';
import type { ReportIndex } from '../lookup.ts';
import type { ReportModel } from '../model.ts';
import type { Content, ContentNode } from '../pdf-types.ts';
import { COLORS, CONTENT_WIDTH } from '../theme.ts';
import { SECTION_TITLES } from '../titles.ts';
import { arabicParagraph } from './arabic-text.ts';

export const STATUS_COLOR: Readonly<Record<string, string>> = {
  implemented: COLORS.better,
  partly_implemented: '#B7791F',
  rejected: COLORS.worse,
};

function statusCell(line: TrackerLine): ContentNode {
  if (line.status === null)
    return { text: 'Aucun suivi enregistré', style: 'cell', italics: true, color: COLORS.muted };
  return {
    text: [
      { text: `${FOLLOW_UP_LABELS[line.status].fr}\n`, bold: true, color: STATUS_COLOR[line.status] ?? COLORS.text },
      ...(line.evidence ? [{ text: `${line.evidence}\n`, fontSize: 7.5 }] : []),
      ...(line.source ? [{ text: `Source : ${line.source}`, fontSize: 6.8, color: COLORS.muted }] : []),
    ],
    style: 'cell',
  };
}

/**
 * Each linked indicator's change from the recommendation's wave to this one: the trend's tested change
 * when the recommendation is from the previous wave, else the difference of the two estimates, untested.
 */
function indicatorLines(line: TrackerLine, index: ReportIndex, wave: string): Content[] {
  return line.indicators.flatMap((code): Content[] => {
    const indicator = index.indicator(code);
    const trend = index.trend(code);
    if (!indicator || !trend) return [];
    const label: ContentNode = { text: indicator.label, style: 'cell', fontSize: 7.5 };
    if (trend.changeFromPrevious?.from === line.wave.code)
      return [{ columns: [label, { ...changeCell(indicator, trend.changeFromPrevious), width: 60 }] }];
    const before = trend.series.find((point) => point.wave === line.wave.code)?.estimate;
    const now = trend.series.find((point) => point.wave === wave)?.estimate;
    const change =
      before === undefined || now === undefined ? '—' : `${formatChange(indicator, now - before)} (non testé)`;
    return [{ columns: [label, { text: change, style: 'cell', color: COLORS.muted, width: 60, alignment: 'right' }] }];
  });
}

export function arabicSummary(lines: readonly TrackerLine[]): string {
  const counts = FOLLOW_UP_STATUSES.map(
    (status) => `${lines.filter((line) => line.status === status).length} ${FOLLOW_UP_LABELS[status].ar}`,
  );
  const none = lines.filter((line) => line.status === null).length;
  return `تتبع ${lines.length} توصية من التقارير السابقة: ${counts.join('، ')}${none > 0 ? `، و${none} دون تتبع مسجل` : ''}.`;
}

export function followUpChapter(
  model: ReportModel,
  index: ReportIndex,
  number: number,
  measure: TextMeasure,
): Content[] {
  const lines = model.followUps ?? [];
  const content: Content[] = [heading(`${number}. ${SECTION_TITLES.followUp}`, 1, { toc: true, pageBreak: true })];
  if (lines.length === 0)
    return [...content, paragraph('Aucune recommandation d’une vague antérieure n’est à suivre dans cette vague.')];
  const counts = FOLLOW_UP_STATUSES.flatMap((status) => {
    const n = lines.filter((line) => line.status === status).length;
    return n > 0 ? [`${n} ${FOLLOW_UP_LABELS[status].fr.toLowerCase()}`] : [];
  });
  return [
    ...content,
    paragraph(
      `Les ${lines.length} recommandations des rapports précédents, avec l’état de leur mise en œuvre relevé pour la vague ${model.wave.code} (${counts.join(', ')}), et l’évolution des indicateurs qui en montrent l’effet. Ce tableau est figé à la publication de la vague : il montre l’état tel qu’il était alors.`,
    ),
    { ...arabicParagraph(arabicSummary(lines), { measure, fontSize: 9, width: CONTENT_WIDTH }), margin: [0, 0, 0, 8] },
    dataTable(
      [
        { header: 'Recommandation', width: '*' },
        { header: 'Destinataire', width: 80 },
        { header: 'État', width: 120 },
        { header: 'Indicateurs', width: 130 },
      ],
      lines.map((line) => [
        {
          text: [
            { text: `${line.wave.code} · `, bold: true, color: COLORS.accent },
            { text: line.text },
            ...(line.deadline
              ? [{ text: `\nÉchéance : ${formatDate(line.deadline)}`, color: COLORS.muted, fontSize: 6.8 }]
              : []),
          ],
          style: 'cell',
          fontSize: 7.5,
        },
        { text: line.institution, style: 'cell', color: COLORS.muted },
        statusCell(line),
        { stack: indicatorLines(line, index, model.wave.code) },
      ]),
    ),
  ];
}
