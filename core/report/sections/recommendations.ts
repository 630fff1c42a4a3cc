import { dataTable, heading, keepTogether, paragraph } from '../blocks.ts';
import { formatEstimate } from '../format.ts';
import type { ReportIndex } from '../lookup.ts';
import type { Priority, Recommendation, ReportModel } from '../model.ts';
import type { Content, ContentNode } from '../pdf-types.ts';
import { COLORS } from '../theme.ts';
import { SECTION_TITLES } from '../titles.ts';

const PRIORITY: Readonly<Record<Priority, { label: string; rank: number; color: string }>> = {
  high: { label: 'Haute', rank: 0, color: COLORS.worse },
  medium: { label: 'Moyenne', rank: 1, color: '#B7791F' },
  low: { label: 'Basse', rank: 2, color: COLORS.muted },
};

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Grouped by dimension (in the dimensions' order), then by standard; within a standard, most urgent first. */
export function recommendations(model: ReportModel, index: ReportIndex, number: number): Content[] {
  const content: Content[] = [
    heading(`${number}. ${SECTION_TITLES.recommendations}`, 1, { toc: true, pageBreak: true }),
  ];
  if (model.recommendations.length === 0) return [...content, paragraph('Aucune recommandation pour cette vague.')];
  const known = new Set(index.dimensions.map((dimension) => dimension.code));
  const groups = [
    ...index.dimensions.map((dimension) => ({ label: dimension.label, code: dimension.code })),
    { label: 'Recommandations transversales', code: '' },
  ];
  for (const group of groups) {
    const mine = model.recommendations.filter((entry) =>
      group.code === '' ? !known.has(entry.dimension) : entry.dimension === group.code,
    );
    if (mine.length === 0) continue;
    const standards = [...new Set(mine.map((entry) => entry.standard))].sort(compareText);
    const rows: Content[][] = [];
    for (const standard of standards) {
      const entries = mine
        .filter((entry) => entry.standard === standard)
        .sort((a, b) => PRIORITY[a.priority].rank - PRIORITY[b.priority].rank || compareText(a.text, b.text));
      rows.push([
        { text: standard, style: 'cell', bold: true, color: COLORS.accent, colSpan: 3, fillColor: '#F4FAF9' },
        '',
        '',
      ]);
      rows.push(...entries.map((entry) => recommendationRow(entry, index)));
    }
    content.push(
      keepTogether(
        heading(group.label, 2),
        dataTable(
          [
            { header: 'Priorité', width: 48 },
            { header: 'Recommandation', width: '*' },
            { header: 'Destinataire', width: 110 },
          ],
          rows,
        ),
      ),
    );
  }
  return content;
}

/** The wave's figures a recommendation answers: each linked indicator's estimate, "s" when withheld. */
function figures(entry: Recommendation, index: ReportIndex): string {
  const parts = (entry.indicators ?? []).flatMap((code) => {
    const indicator = index.indicator(code);
    const result = index.result(code);
    if (!indicator || !result) return [];
    return [`${indicator.label} : ${result.estimate === undefined ? 's' : formatEstimate(indicator, result.estimate)}`];
  });
  return parts.length === 0 ? '' : `\nChiffres de la vague : ${parts.join(' ; ')}`;
}

function recommendationRow(entry: Recommendation, index: ReportIndex): Content[] {
  const priority = PRIORITY[entry.priority];
  const badge: ContentNode = { text: priority.label, style: 'cell', bold: true, color: priority.color };
  const answered = figures(entry, index);
  return [
    badge,
    {
      text: [{ text: entry.text }, ...(answered ? [{ text: answered, color: COLORS.muted, fontSize: 7 }] : [])],
      style: 'cell',
      fontSize: 8,
    },
    { text: entry.addressee, style: 'cell', color: COLORS.muted },
  ];
}
