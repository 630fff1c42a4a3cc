import type { TopLevelSpec } from 'vega-lite';
import { formatEstimate } from '../format.ts';
import type { Indicator, TrendPoint } from '../model.ts';
import { COLORS } from '../theme.ts';
import { CHART_CONFIG, renderVegaLite } from './vega.ts';

export interface TrendInput {
  readonly indicator: Pick<Indicator, 'type' | 'unit'>;
  readonly series: readonly TrendPoint[];
  /** Waves whose definition differs from the report wave's: drawn apart, never joined by the line. */
  readonly notComparable: ReadonlySet<string>;
  readonly width: number;
  readonly height: number;
}

/** Axis labels' size in points, and the average width of one of their characters (Noto Sans). */
const AXIS_FONT = 7;
const CHARACTER_WIDTH = AXIS_FONT * 0.62;

/**
 * Breaks a label at spaces into lines that fit the room one wave has on the axis, so that labels
 * of a baseline and three waves ("Vague 3 — printemps 2027") never run into each other; a longer
 * word keeps its own line.
 */
function wrapLabel(label: string, lineLength: number): string {
  const lines: string[] = [];
  // A dash between a wave's name and its season says what a line break says: dropped.
  for (const word of label.split(/\s+/).filter((entry) => entry !== '' && !/^[—–-]$/u.test(entry))) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= lineLength) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.join('\n');
}

/** The estimate over the waves, its 95% interval as a band, each point labelled. */
function trendSpec({ indicator, series, notComparable, width, height }: TrendInput): TopLevelSpec {
  // The plot is the width less the y axis ("100 %" and its ticks); each wave gets an equal band of it.
  const band = (width - 45) / Math.max(series.length, 1);
  const lineLength = Math.max(6, Math.floor(band / CHARACTER_WIDTH));
  const wrap = (label: string) => wrapLabel(label, lineLength);
  const points = series.flatMap((point) =>
    point.estimate === undefined
      ? []
      : [
          {
            label: wrap(point.label),
            estimate: point.estimate,
            low: point.ci_low ?? point.estimate,
            high: point.ci_high ?? point.estimate,
            // A mean's unit is on the axis: the point keeps its number, short enough not to collide.
            text:
              indicator.type === 'mean'
                ? formatEstimate({ type: 'mean' }, point.estimate)
                : formatEstimate(indicator, point.estimate),
            comparable: !notComparable.has(point.wave),
          },
        ],
  );
  const maxHigh = Math.max(0, ...points.map((point) => point.high));
  const y =
    indicator.type === 'proportion'
      ? { scale: { domain: [0, 1] }, axis: { format: '.0%', tickCount: 5, title: null } }
      : {
          scale: { domain: [0, niceCeiling(maxHigh * 1.15)] },
          // A mean's axis says its unit ("jours", "h"): the figures alone could be anything.
          axis: { tickCount: 5, title: indicator.unit ?? null, titleFontSize: 7, titleFontWeight: 'normal' as const },
        };
  const x = {
    field: 'label',
    type: 'ordinal',
    sort: series.map((point) => wrap(point.label)),
    scale: { domain: series.map((point) => wrap(point.label)), padding: 0.4 },
    // An array of lines makes a multi-line axis label.
    axis: {
      title: null,
      labelAngle: 0,
      labelPadding: 4,
      labelFontSize: AXIS_FONT,
      labelExpr: "split(datum.value, '\\n')",
    },
  } as const;
  const comparable = { filter: 'datum.comparable' };
  return {
    width,
    height,
    autosize: { type: 'fit', contains: 'padding' },
    config: CHART_CONFIG,
    data: { values: points },
    encoding: { x },
    layer: [
      {
        transform: [comparable],
        mark: { type: 'area', color: COLORS.accentLight, opacity: 0.45 },
        encoding: { y: { field: 'low', type: 'quantitative', ...y }, y2: { field: 'high' } },
      },
      {
        transform: [comparable],
        mark: { type: 'line', color: COLORS.accent, strokeWidth: 1.8 },
        encoding: { y: { field: 'estimate', type: 'quantitative' } },
      },
      {
        mark: { type: 'rule', strokeWidth: 1, color: COLORS.neutral },
        transform: [{ filter: '!datum.comparable' }],
        encoding: { y: { field: 'low', type: 'quantitative' }, y2: { field: 'high' } },
      },
      {
        mark: { type: 'point', filled: true, size: 30, opacity: 1 },
        encoding: {
          y: { field: 'estimate', type: 'quantitative' },
          color: {
            field: 'comparable',
            type: 'nominal',
            scale: { domain: [true, false], range: [COLORS.accent, COLORS.neutral] },
            legend: null,
          },
        },
      },
      {
        mark: { type: 'text', dy: -9, fontSize: 7.5, color: COLORS.text },
        encoding: { y: { field: 'estimate', type: 'quantitative' }, text: { field: 'text' } },
      },
    ],
  };
}

function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  return Math.ceil(value / magnitude) * magnitude;
}

export function trendSvg(input: TrendInput): Promise<string> {
  return renderVegaLite(trendSpec(input));
}
