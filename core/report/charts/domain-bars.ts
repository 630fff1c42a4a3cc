import type { TopLevelSpec } from 'vega-lite';
import { formatEstimate } from '../format.ts';
import type { Indicator } from '../model.ts';
import { COLORS } from '../theme.ts';
import { CHART_CONFIG, renderVegaLite } from './vega.ts';

export interface DomainBar {
  readonly label: string;
  /** Interviews behind the bar, printed beside its label; absent when withheld (suppressed or small). */
  readonly n?: number;
  readonly estimate?: number;
  readonly ciLow?: number;
  readonly ciHigh?: number;
  readonly suppressed: boolean;
}

export interface DomainGroup {
  readonly title: string;
  readonly bars: readonly DomainBar[];
}

export interface DomainBarsInput {
  readonly indicator: Pick<Indicator, 'type' | 'unit'>;
  readonly groups: readonly DomainGroup[];
  /** The wave's overall estimate, drawn as a dashed reference line. */
  readonly overall?: number;
  readonly width: number;
}

const STEP = 12;

const barLabel = (bar: DomainBar): string => (bar.n === undefined ? bar.label : `${bar.label} (n = ${bar.n})`);
/** Fixed room for category labels, so the blocks' bars start at the same x. */
const LABEL_EXTENT = 128;

/** Horizontal bars with 95% error bars, one block per breakdown; a suppressed cell shows "s". */
function domainBarsSpec({ indicator, groups, overall, width }: DomainBarsInput): TopLevelSpec {
  const maxHigh = Math.max(
    0,
    overall ?? 0,
    ...groups.flatMap((group) => group.bars.map((bar) => bar.ciHigh ?? bar.estimate ?? 0)),
  );
  const domain = indicator.type === 'proportion' ? [0, 1] : [0, maxHigh * 1.1 || 1];
  const x = { type: 'quantitative', scale: { domain, nice: false }, axis: null } as const;
  // One axis under the last block (the scale is shared): percent, or the mean's unit.
  const axis = {
    ...(indicator.type === 'proportion' ? { format: '.0%' } : {}),
    tickCount: 4,
    grid: false,
    labelFontSize: 6.5,
    title: indicator.type === 'mean' ? (indicator.unit ?? null) : null,
    titleFontSize: 6.5,
    titleFontWeight: 'normal',
  } as const;
  return {
    config: { ...CHART_CONFIG, concat: { spacing: 6 } },
    resolve: { scale: { x: 'shared' } },
    vconcat: groups.map((group, position) => {
      // Every layer of a block names the same axis: vega-lite draws it only if none of them drops it.
      const xs = position === groups.length - 1 ? { ...x, axis } : x;
      const values = group.bars.map((bar) => ({
        label: barLabel(bar),
        estimate: bar.estimate ?? 0,
        low: bar.ciLow ?? bar.estimate ?? 0,
        high: bar.ciHigh ?? bar.estimate ?? 0,
        suppressed: bar.suppressed || bar.estimate === undefined,
        text: bar.estimate === undefined || bar.suppressed ? 's' : formatEstimate(indicator, bar.estimate),
      }));
      const y = {
        field: 'label',
        type: 'nominal',
        sort: group.bars.map(barLabel),
        axis: {
          title: null,
          ticks: false,
          domain: false,
          labelPadding: 4,
          labelFontSize: 7.5,
          minExtent: LABEL_EXTENT,
          maxExtent: LABEL_EXTENT,
        },
      } as const;
      const shown = { filter: '!datum.suppressed' };
      return {
        // Anchored on the plot, then moved over the fixed label room: every block's title lines up.
        title: { text: group.title, frame: 'group', anchor: 'start', dx: -LABEL_EXTENT },
        width,
        height: { step: STEP },
        data: { values },
        layer: [
          {
            transform: [shown],
            mark: { type: 'bar', color: COLORS.accentLight, height: STEP * 0.62 },
            encoding: { y, x: { field: 'estimate', ...xs } },
          },
          {
            transform: [shown],
            mark: { type: 'rule', color: COLORS.ink, strokeWidth: 0.9 },
            encoding: { y, x: { field: 'low', ...xs }, x2: { field: 'high' } },
          },
          {
            transform: [shown],
            mark: { type: 'tick', color: COLORS.ink, thickness: 0.9, size: STEP * 0.45, orient: 'vertical' },
            encoding: { y, x: { field: 'low', ...xs } },
          },
          {
            transform: [shown],
            mark: { type: 'tick', color: COLORS.ink, thickness: 0.9, size: STEP * 0.45, orient: 'vertical' },
            encoding: { y, x: { field: 'high', ...xs } },
          },
          // No y: the reference line spans the whole block.
          ...(overall === undefined
            ? []
            : [
                {
                  data: { values: [{ overall }] },
                  mark: { type: 'rule', color: COLORS.muted, strokeDash: [2, 2], strokeWidth: 0.7 },
                  encoding: { x: { field: 'overall', ...xs } },
                } as const,
              ]),
          {
            // Right of the interval's cap, clear of it.
            mark: { type: 'text', align: 'left', dx: 5, fontSize: 7, color: COLORS.text },
            encoding: {
              y,
              x: { field: 'high', ...xs },
              text: { field: 'text' },
              color: { condition: { test: 'datum.suppressed', value: COLORS.worse }, value: COLORS.text },
            },
          },
        ],
      };
    }),
  } as TopLevelSpec;
}

export function domainBarsSvg(input: DomainBarsInput): Promise<string> {
  return renderVegaLite(domainBarsSpec(input));
}
