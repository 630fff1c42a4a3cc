import { dataTable, heading, note, paragraph, svgNode, withArrow } from '../blocks.ts';
import { isImprovement, scoreChangeCell } from '../change.ts';
import { gaugeSvg } from '../charts/gauge.ts';
import { formatChange, formatDecimal, formatEstimate, formatScoreChange } from '../format.ts';
import type { ReportIndex } from '../lookup.ts';
import type { Indicator, ReportModel, TrendChange } from '../model.ts';
import type { Content, ContentNode } from '../pdf-types.ts';
import { COLORS } from '../theme.ts';
import { coverageOf, coverageSentence, isProvisional } from '../provisional.ts';
import { SECTION_TITLES } from '../titles.ts';
import { executiveSummary } from '../words.ts';

interface NotableChange {
  readonly indicator: Indicator;
  readonly change: TrendChange & { readonly estimate: number };
  readonly current?: number;
}

/** How many of the largest significant rises and falls the summary lists. */
const NOTABLE_COUNT = 4;

/** A change on the score's 0-100 scale, so proportions and means can be ranked together. */
function scaledSize(indicator: Indicator, delta: number): number {
  const { low, high } = indicator.goalposts ?? { low: 0, high: 1 };
  return Math.abs(delta / (high - low));
}

/** Comparable, significant changes since the previous wave, largest first (ties by code, for stable output). */
function notableChanges(model: ReportModel, index: ReportIndex): { rises: NotableChange[]; falls: NotableChange[] } {
  const changes: NotableChange[] = [];
  for (const indicator of model.indicators) {
    const change = index.trend(indicator.code)?.changeFromPrevious;
    if (!change || !change.comparable || !change.significant || change.estimate === undefined) continue;
    const current = index.result(indicator.code)?.estimate;
    changes.push({
      indicator,
      change: { ...change, estimate: change.estimate },
      ...(current === undefined ? {} : { current }),
    });
  }
  const bySize = (a: NotableChange, b: NotableChange): number =>
    scaledSize(b.indicator, b.change.estimate) - scaledSize(a.indicator, a.change.estimate) ||
    (a.indicator.code < b.indicator.code ? -1 : 1);
  return {
    rises: changes
      .filter((entry) => entry.change.estimate > 0)
      .sort(bySize)
      .slice(0, NOTABLE_COUNT),
    falls: changes
      .filter((entry) => entry.change.estimate < 0)
      .sort(bySize)
      .slice(0, NOTABLE_COUNT),
  };
}

function changeList(title: string, entries: readonly NotableChange[]): ContentNode {
  const items: Content[] = entries.map(({ indicator, change, current }) => {
    const color = isImprovement(indicator.direction, change.estimate) ? COLORS.better : COLORS.worse;
    const verdict = isImprovement(indicator.direction, change.estimate) ? 'amélioration' : 'dégradation';
    return {
      columns: [
        {
          ...withArrow(
            { text: formatChange(indicator, change.estimate), bold: true, color, fontSize: 8.5 },
            { up: change.estimate > 0, color },
          ),
          width: 62,
        },
        {
          width: '*',
          stack: [
            { text: indicator.label, fontSize: 8.5 },
            {
              text: `${current === undefined ? '' : `${formatEstimate(indicator, current)} · `}${verdict}`,
              fontSize: 7.5,
              color: COLORS.muted,
            },
          ],
        },
      ],
      columnGap: 6,
      margin: [0, 0, 0, 5],
    };
  });
  return {
    stack: [
      { text: title, style: 'h3', margin: [0, 0, 0, 6] },
      ...(items.length > 0 ? items : [{ text: 'Aucune évolution significative.', fontSize: 8.5, color: COLORS.muted }]),
    ],
  };
}

export async function summary(model: ReportModel, index: ReportIndex, number: number): Promise<Content[]> {
  const { overall } = model.score;
  const gauge = await gaugeSvg({ score: overall.score, ciLow: overall.ci_low, ciHigh: overall.ci_high, size: 170 });
  const provisional = isProvisional(model.wave);
  const verdict = (significant: boolean | null) =>
    significant === null
      ? ' (vague provisoire : écart non testé)'
      : significant
        ? ', évolution significative'
        : ', évolution non significative';
  const changeText = overall.change
    ? `${formatScoreChange(overall.change.delta)} point(s) depuis ${index.waveLabel(overall.change.from)}${verdict(overall.change.significant)}.`
    : 'Première mesure : pas de comparaison possible.';
  const { rises, falls } = notableChanges(model, index);
  const previous = model.trends.find((trend) => trend.changeFromPrevious)?.changeFromPrevious?.from;
  const dimensionRows = index.dimensions.map((dimension) => {
    const score = model.score.dimensions.find((entry) => entry.dimension === dimension.code);
    return score
      ? [
          dimension.label,
          formatDecimal(score.score),
          `${formatDecimal(score.ci_low)}\u00A0–\u00A0${formatDecimal(score.ci_high)}`,
          scoreChangeCell(score.change),
        ]
      : [dimension.label, '—', '—', '—'];
  });
  return [
    heading(`${number}. ${SECTION_TITLES.summary}`, 1, { toc: true, pageBreak: true }),
    ...(provisional
      ? [
          paragraph(coverageSentence(coverageOf(model.methodology)).fr, {
            bold: true,
            color: COLORS.worse,
            margin: [0, 0, 0, 8],
          }),
        ]
      : []),
    {
      columns: [
        { ...svgNode(gauge, 170), width: 180 },
        {
          width: '*',
          margin: [8, 6, 0, 0],
          stack: [
            { text: 'SCORE DU BAROMÈTRE', style: 'kicker' },
            {
              text: [
                { text: formatDecimal(overall.score), fontSize: 30, bold: true, color: COLORS.ink },
                { text: ' / 100', fontSize: 12, color: COLORS.muted },
              ],
            },
            {
              text: `Intervalle de confiance à 95 % : ${formatDecimal(overall.ci_low)} – ${formatDecimal(overall.ci_high)}`,
              fontSize: 9,
              color: COLORS.text,
            },
            {
              text: changeText,
              fontSize: 9,
              color: overall.change?.significant
                ? overall.change.delta > 0
                  ? COLORS.better
                  : COLORS.worse
                : COLORS.text,
              margin: [0, 4, 0, 0],
            },
            {
              text: 'Le score résume les indicateurs sur une échelle de 0 à 100 (bornes fixes, inversées quand une valeur basse est souhaitable) ; chaque dimension pèse autant dans le score global.',
              fontSize: 7.5,
              color: COLORS.muted,
              margin: [0, 8, 0, 0],
            },
          ],
        },
      ],
      margin: [0, 0, 0, 6],
    },
    heading('Score par dimension', 2),
    dataTable(
      [
        { header: 'Dimension', width: '*' },
        { header: 'Score', width: 45, align: 'right' },
        { header: 'IC 95 %', width: 70, align: 'right' },
        { header: previous ? `Évolution depuis ${index.waveLabel(previous)}` : 'Évolution', width: 95, align: 'right' },
      ],
      dimensionRows,
    ),
    ...(provisional
      ? [
          heading('Évolutions', 2),
          paragraph(
            'La vague est encore sur le terrain : ses écarts avec les vagues précédentes sont imprimés à titre indicatif, sans test ni flèche, et ne doivent pas être lus comme des évolutions.',
          ),
        ]
      : [
          heading(
            previous ? `Évolutions significatives depuis ${index.waveLabel(previous)}` : 'Évolutions significatives',
            2,
          ),
          {
            columns: [changeList('Plus fortes hausses', rises), changeList('Plus fortes baisses', falls)],
            columnGap: 18,
          },
          note(
            "Seules les évolutions dont l'intervalle de confiance à 95 % exclut zéro et dont la définition n'a pas changé sont retenues. Vert : évolution favorable aux mineurs ; rouge : défavorable.",
          ),
        ]),
    heading("L'essentiel", 2),
    ...executiveSummary(model, index).fr.map((text) => paragraph(text)),
    ...(model.summaryFr ?? []).map((text) => paragraph(text)),
    ...redLines(model, index),
  ];
}

/**
 * The indicators whose rule is an absolute prohibition, on their own with their values: a score
 * averages them away, the rules allow no value but zero.
 */
function redLines(model: ReportModel, index: ReportIndex): Content[] {
  const indicators = model.indicators.filter((indicator) => indicator.redLine);
  if (indicators.length === 0) return [];
  const rows = indicators.map((indicator) => {
    const result = index.result(indicator.code);
    if (result?.estimate === undefined)
      return [
        indicator.label,
        result?.suppressed ? 's' : '—',
        '—',
        { text: 'non mesurée', style: 'cell', color: COLORS.muted },
      ];
    const crossed = result.estimate > 0;
    return [
      indicator.label,
      formatEstimate(indicator, result.estimate),
      result.ci_low === undefined || result.ci_high === undefined
        ? '—'
        : `${formatEstimate(indicator, result.ci_low)} – ${formatEstimate(indicator, result.ci_high)}`,
      {
        text: crossed ? 'franchie' : 'respectée',
        style: 'cell',
        bold: true,
        color: crossed ? COLORS.worse : COLORS.better,
      },
    ];
  });
  return [
    heading('Lignes rouges : interdictions absolues', 2),
    dataTable(
      [
        { header: 'Indicateur', width: '*' },
        { header: 'Valeur', width: 50, align: 'right' },
        { header: 'IC 95 %', width: 80, align: 'right' },
        { header: 'Ligne rouge', width: 60 },
      ],
      rows,
    ),
    note(
      'Les règles (Règles de La Havane, CIDE) interdisent ces situations sans exception : toute valeur non nulle est une ligne rouge franchie, quel que soit le score de la dimension.',
    ),
  ];
}
