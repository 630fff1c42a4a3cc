import type { TopLevelSpec } from 'vega-lite';
import { formatDecimal } from '../format.ts';
import { COLORS } from '../theme.ts';
import { CHART_CONFIG, renderVegaLite } from './vega.ts';

export interface GaugeInput {
  readonly score: number;
  readonly ciLow: number;
  readonly ciHigh: number;
  /** Width in points; the height follows (a half disc). */
  readonly size: number;
}

const HALF_TURN = Math.PI / 2;

type Layer = Extract<TopLevelSpec, { layer: unknown }>['layer'][number];

/** A half-disc gauge on 0-100: the score as a filled arc, its 95% interval as an outer bracket. */
export function gaugeSpec({ score, ciLow, ciHigh, size }: GaugeInput): TopLevelSpec {
  const outer = size * 0.46;
  const inner = outer * 0.7;
  const centreX = size / 2;
  const centreY = outer + 6;
  const height = centreY + size * 0.12;
  const theta = { field: 'start', type: 'quantitative' } as const;
  const arc = (name: string, start: number, end: number, radius: number, radius2: number, color: string): Layer => ({
    data: { name, values: [{ start, end }] },
    mark: { type: 'arc', radius, radius2, x: centreX, y: centreY, color, padAngle: 0 },
    encoding: { theta: { ...theta, scale: { domain: [0, 100], range: [-HALF_TURN, HALF_TURN] } }, theta2: { field: 'end' } },
  });
  const label = (text: string, x: number, y: number, fontSize: number, color: string, bold: boolean): Layer => ({
    data: { values: [{ text }] },
    mark: { type: 'text', x, y, fontSize, color, fontWeight: bold ? 'bold' : 'normal', align: 'center', baseline: 'alphabetic' },
    encoding: { text: { field: 'text' } },
  });
  return {
    width: size,
    height,
    autosize: { type: 'none' },
    padding: 0,
    config: CHART_CONFIG,
    layer: [
      arc('track', 0, 100, outer, inner, COLORS.faint),
      arc('score', 0, score, outer, inner, COLORS.accent),
      arc('interval', ciLow, ciHigh, outer + size * 0.035, outer + size * 0.015, COLORS.ink),
      label(formatDecimal(score), centreX, centreY - 2, size * 0.17, COLORS.ink, true),
      label('0', centreX - (outer + inner) / 2, centreY + size * 0.09, size * 0.06, COLORS.muted, false),
      label('100', centreX + (outer + inner) / 2, centreY + size * 0.09, size * 0.06, COLORS.muted, false),
    ],
  };
}

export function gaugeSvg(input: GaugeInput): Promise<string> {
  return renderVegaLite(gaugeSpec(input));
}
