import { dataTable, heading, muted, note, paragraph, svgNode } from '../blocks.ts';
import { changeCell, scoreChangeCell } from '../change.ts';
import { domainBarsSvg, type DomainGroup } from '../charts/domain-bars.ts';
import { trendSvg } from '../charts/trend.ts';
import { formatDecimal, formatEstimate, formatInteger, formatInterval } from '../format.ts';
import type { TextMeasure } from '../arabic.ts';
import type { ReportIndex } from '../lookup.ts';
import type { Dimension, Indicator, ReportModel } from '../model.ts';
import type { Content, ContentNode } from '../pdf-types.ts';
import { COLORS, CONTENT_WIDTH } from '../theme.ts';
import { isProvisional } from '../provisional.ts';
import { SUPPRESSION_NOTE } from '../titles.ts';
import { dimensionSentences } from '../words.ts';
import { arabicParagraph } from './arabic-text.ts';

const COLUMN_GAP = 14;
/** The trend needs less room than the bars, whose category labels are long (regions, types). */
const TREND_WIDTH = 200;
const BARS_WIDTH = CONTENT_WIDTH - TREND_WIDTH - COLUMN_GAP;
const DIRECTION_TEXT = {
  higher_is_better: 'une valeur élevée est souhaitable',
  lower_is_better: 'une valeur basse est souhaitable',
} as const;

function estimateCells(
  indicator: Indicator,
  index: ReportIndex,
  threshold: number,
): { cells: Content[]; suppressed: boolean } {
  const result = index.result(indicator.code);
  if (!result) return { cells: [muted('—'), muted('—'), muted('—')], suppressed: false };
  if (result.suppressed || result.estimate === undefined || result.n === undefined) {
    // The n of a suppressed cell is never printed: even "< threshold" would help recompute it.
    return {
      cells: [{ text: 's', style: 'cell', alignment: 'right', color: COLORS.worse }, muted('—'), muted('—')],
      suppressed: true,
    };
  }
  const n = result.n < threshold ? `<\u00A0${threshold}` : formatInteger(result.n);
  const interval =
    result.ci_low === undefined || result.ci_high === undefined
      ? '—'
      : formatInterval(indicator, result.ci_low, result.ci_high);
  return {
    cells: [
      { text: formatEstimate(indicator, result.estimate), style: 'number', bold: true },
      { text: interval, style: 'number' },
      { text: n, style: 'number' },
    ],
    suppressed: false,
  };
}

function indicatorTable(
  indicators: readonly Indicator[],
  index: ReportIndex,
  threshold: number,
): { table: ContentNode; suppressed: boolean } {
  const sample = indicators
    .map((indicator) => index.trend(indicator.code))
    .find((trend) => trend?.changeFromPrevious || trend?.changeFromBaseline);
  const previous = sample?.changeFromPrevious
    ? `Depuis ${index.waveLabel(sample.changeFromPrevious.from)}`
    : 'Depuis la vague préc.';
  const baseline = sample?.changeFromBaseline
    ? `Depuis ${index.waveLabel(sample.changeFromBaseline.from)}`
    : 'Depuis la référence';
  // When the previous wave is the baseline itself, one column says it: the second would repeat it.
  const twoChanges = sample?.changeFromPrevious?.from !== sample?.changeFromBaseline?.from;
  let suppressed = false;
  const rows = indicators.map((indicator): Content[] => {
    const label: ContentNode = {
      text: [{ text: indicator.label }, { text: `  ${indicator.code}`, color: COLORS.muted, fontSize: 6.5 }],
      style: 'cell',
    };
    const standard: ContentNode = { text: indicator.standard, style: 'cell', fontSize: 6.8, color: COLORS.muted };
    if (!index.applicable(indicator.code)) {
      return [
        label,
        {
          text: "Non mesuré : question absente de l'instrument de cette vague",
          style: 'cell',
          italics: true,
          color: COLORS.muted,
          colSpan: twoChanges ? 5 : 4,
        },
        '',
        '',
        '',
        ...(twoChanges ? [''] : []),
        standard,
      ];
    }
    const estimate = estimateCells(indicator, index, threshold);
    suppressed ||= estimate.suppressed;
    const trend = index.trend(indicator.code);
    return [
      label,
      ...estimate.cells,
      changeCell(indicator, trend?.changeFromPrevious),
      ...(twoChanges ? [changeCell(indicator, trend?.changeFromBaseline)] : []),
      standard,
    ];
  });
  const table = dataTable(
    [
      { header: 'Indicateur', width: '*' },
      { header: 'Estimation', width: 44, align: 'right' },
      { header: 'IC 95 %', width: 54, align: 'right' },
      { header: 'n', width: 24, align: 'right' },
      { header: previous, width: 62, align: 'right' },
      ...(twoChanges ? [{ header: baseline, width: 62, align: 'right' } as const] : []),
      { header: 'Norme', width: 74 },
    ],
    rows,
  );
  return { table, suppressed };
}

function domainGroups(model: ReportModel, index: ReportIndex, indicator: Indicator): DomainGroup[] {
  const threshold = model.methodology.suppressionThreshold;
  return model.breakdowns.flatMap((breakdown) => {
    const bars = breakdown.categories.flatMap((category) => {
      const result = index.result(indicator.code, { [breakdown.variable]: category.value });
      if (!result) return [];
      const shown = !result.suppressed && result.n !== undefined && result.n >= threshold;
      return [
        {
          label: category.label,
          ...(shown ? { n: result.n } : {}),
          suppressed: result.suppressed || result.estimate === undefined,
          ...(result.estimate === undefined ? {} : { estimate: result.estimate }),
          ...(result.ci_low === undefined ? {} : { ciLow: result.ci_low }),
          ...(result.ci_high === undefined ? {} : { ciHigh: result.ci_high }),
        },
      ];
    });
    return bars.length > 0 ? [{ title: breakdown.label, bars }] : [];
  });
}

async function indicatorBlock(model: ReportModel, index: ReportIndex, indicator: Indicator): Promise<ContentNode> {
  const trend = index.trend(indicator.code);
  const notComparable = new Set(
    [trend?.changeFromPrevious, trend?.changeFromBaseline].flatMap((change) =>
      change && !change.comparable ? [change.from] : [],
    ),
  );
  const trendChart =
    trend && trend.series.some((point) => point.estimate !== undefined)
      ? svgNode(
          await trendSvg({ indicator, series: trend.series, notComparable, width: TREND_WIDTH - 4, height: 120 }),
          TREND_WIDTH,
        )
      : muted('Pas de série disponible.');
  const groups = domainGroups(model, index, indicator);
  const overall = index.result(indicator.code)?.estimate;
  const barsChart =
    groups.length > 0
      ? svgNode(
          await domainBarsSvg({ indicator, groups, width: 110, ...(overall === undefined ? {} : { overall }) }),
          BARS_WIDTH,
        )
      : muted('Pas de résultat par sous-groupe.');
  const suppressed = groups.some((group) => group.bars.some((bar) => bar.suppressed));
  const caption = (text: string): ContentNode => ({
    text,
    fontSize: 7,
    bold: true,
    color: COLORS.muted,
    margin: [0, 0, 0, 3],
  });
  return {
    unbreakable: true,
    margin: [0, 6, 0, 8],
    stack: [
      {
        text: [
          { text: indicator.label, bold: true },
          { text: `  ${indicator.code}`, color: COLORS.muted, fontSize: 7.5 },
        ],
        fontSize: 9.5,
        color: COLORS.ink,
      },
      {
        text: `Norme : ${indicator.standard} · ${DIRECTION_TEXT[indicator.direction]}`,
        fontSize: 7.5,
        color: COLORS.muted,
        margin: [0, 1, 0, 5],
      },
      {
        columns: [
          { width: TREND_WIDTH, stack: [caption('Évolution et intervalle de confiance à 95 %'), trendChart] },
          {
            width: BARS_WIDTH,
            stack: [caption(`Par sous-groupe, ${model.wave.label} (pointillé : ensemble ; n : entretiens)`), barsChart],
          },
        ],
        columnGap: COLUMN_GAP,
      },
      ...(suppressed ? [note(SUPPRESSION_NOTE(model.methodology.suppressionThreshold))] : []),
    ],
  };
}

export async function dimensionChapter(
  model: ReportModel,
  index: ReportIndex,
  dimension: Dimension,
  number: number,
  measure: TextMeasure,
): Promise<Content[]> {
  const indicators = index.indicatorsOf(dimension.code);
  const threshold = model.methodology.suppressionThreshold;
  const score = model.score.dimensions.find((entry) => entry.dimension === dimension.code);
  const { table, suppressed: tableSuppressed } = indicatorTable(indicators, index, threshold);
  // As narrow as the Arabic label allows, so the French title keeps the line.
  const arabicWidth = Math.min(200, Math.ceil(measure(dimension.labelAr, 13, false)) + 8);
  const blocks: ContentNode[] = [];
  for (const indicator of indicators.filter((entry) => index.applicable(entry.code))) {
    blocks.push(await indicatorBlock(model, index, indicator));
  }
  return [
    {
      columns: [
        { ...heading(`${number}. ${dimension.label}`, 1, { toc: true }), width: '*' },
        {
          ...arabicParagraph(dimension.labelAr, { measure, fontSize: 13, width: arabicWidth, color: COLORS.muted }),
          width: arabicWidth,
          margin: [0, 2, 0, 0],
        },
      ],
      pageBreak: 'before',
    },
    paragraph(dimensionSentences(model, dimension.code, index).join(' ')),
    ...(score
      ? [
          {
            columns: [
              {
                text: [
                  { text: 'Score de la dimension : ', color: COLORS.muted },
                  { text: `${formatDecimal(score.score)} / 100`, bold: true, color: COLORS.ink },
                  {
                    text: `   IC 95 % : ${formatDecimal(score.ci_low)} – ${formatDecimal(score.ci_high)}`,
                    color: COLORS.muted,
                  },
                ],
                fontSize: 9,
                width: 'auto',
              },
              ...(score.change
                ? [
                    {
                      text: `Depuis ${index.waveLabel(score.change.from)} :`,
                      fontSize: 9,
                      color: COLORS.muted,
                      width: 'auto',
                      margin: [14, 0, 4, 0],
                    } as const,
                    { ...scoreChangeCell(score.change, 'left', 9), width: 60 },
                  ]
                : []),
            ],
            margin: [0, 0, 0, 8],
          } as const,
        ]
      : []),
    table,
    ...(tableSuppressed ? [note(SUPPRESSION_NOTE(threshold))] : []),
    note(
      isProvisional(model.wave)
        ? "Écarts en points de pourcentage pour les proportions, non testés : la vague est encore sur le terrain. « non comparable » : définition modifiée entre les versions de l'instrument."
        : "Évolutions en points de pourcentage pour les proportions. Flèche : évolution significative (IC 95 % de la différence excluant zéro), verte si favorable aux mineurs, rouge sinon ; « non comparable » : définition modifiée entre les versions de l'instrument.",
    ),
    ...blocks,
  ];
}
