import { heading, note, svgNode } from '../blocks.ts';
import { scoreChangeCell } from '../change.ts';
import { gaugeSvg } from '../charts/gauge.ts';
import { formatDecimal } from '../format.ts';
import type { ReportIndex } from '../lookup.ts';
import type { ReportModel, ScoreValue } from '../model.ts';
import type { Content, ContentNode } from '../pdf-types.ts';
import { COLORS, CONTENT_WIDTH } from '../theme.ts';
import { isProvisional } from '../provisional.ts';
import { SECTION_TITLES } from '../titles.ts';

const PER_ROW = 4;
const GAUGE_SIZE = 104;

const interval = (score: ScoreValue): string =>
  `IC 95 % : ${formatDecimal(score.ci_low)} – ${formatDecimal(score.ci_high)}`;

async function tile(
  label: string,
  score: ScoreValue & { change?: Parameters<typeof scoreChangeCell>[0] },
): Promise<ContentNode> {
  const svg = await gaugeSvg({ score: score.score, ciLow: score.ci_low, ciHigh: score.ci_high, size: GAUGE_SIZE });
  return {
    stack: [
      { ...svgNode(svg, GAUGE_SIZE), alignment: 'center' },
      { text: label, fontSize: 8, bold: true, color: COLORS.ink, alignment: 'center', margin: [0, 2, 0, 1] },
      { text: interval(score), fontSize: 7, color: COLORS.muted, alignment: 'center' },
      scoreChangeCell(score.change, 'center', 7.5),
    ],
    margin: [0, 0, 0, 14],
  };
}

/** One gauge for the overall score and one per dimension, in the dimensions' order. */
export async function dashboard(model: ReportModel, index: ReportIndex, number: number): Promise<Content[]> {
  const { overall } = model.score;
  const overallSvg = await gaugeSvg({
    score: overall.score,
    ciLow: overall.ci_low,
    ciHigh: overall.ci_high,
    size: 210,
  });
  const tiles: ContentNode[] = [];
  for (const dimension of index.dimensions) {
    const score = model.score.dimensions.find((entry) => entry.dimension === dimension.code);
    if (score) tiles.push(await tile(dimension.label, score));
  }
  const rows: Content[] = [];
  for (let start = 0; start < tiles.length; start += PER_ROW) {
    const row: Content[] = tiles.slice(start, start + PER_ROW).map((entry) => ({ ...entry, width: '*' }));
    while (row.length < PER_ROW) row.push({ text: '', width: '*' });
    rows.push({ columns: row, columnGap: 8 });
  }
  return [
    heading(`${number}. ${SECTION_TITLES.dashboard}`, 1, { toc: true, pageBreak: true }),
    {
      stack: [
        { ...svgNode(overallSvg, 210), alignment: 'center' },
        {
          text: 'Score global du baromètre',
          fontSize: 10,
          bold: true,
          color: COLORS.ink,
          alignment: 'center',
          margin: [0, 2, 0, 1],
        },
        { text: interval(overall), fontSize: 8, color: COLORS.muted, alignment: 'center' },
        scoreChangeCell(overall.change, 'center', 9),
      ],
      margin: [0, 0, 0, 18],
    },
    {
      canvas: [{ type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 0.5, lineColor: COLORS.rule }],
      margin: [0, 0, 0, 12],
    },
    ...rows,
    note(
      `Chaque jauge va de 0 à 100 : le trait foncé marque le score, la zone claire son intervalle de confiance à 95 %. L'évolution est comptée en points depuis la vague précédente ; ${
        isProvisional(model.wave)
          ? 'elle n’est pas testée tant que la vague est sur le terrain.'
          : 'une flèche signale une évolution significative.'
      }`,
    ),
  ];
}
