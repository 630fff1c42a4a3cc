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
/** Half the needle's width, in score points. */
const NEEDLE = 0.5;

type Layer = Extract<TopLevelSpec, { layer: unknown }>['layer'][number];

/**
 * A half-disc gauge on 0-100: filled up to the interval's lower bound, the 95% interval in a light
 * tint, a dark needle at the score. An interval narrower than the needle still shows as the tint.
 */
function gaugeSpec({ score, ciLow, ciHigh, size }: GaugeInput): TopLevelSpec {
  const outer = size * 0.46;
  const inner = outer * 0.68;
  const centreX = size / 2;
  const centreY = outer + 4;
  const height = centreY + size * 0.1;
  const arc = (name: string, start: number, end: number, radius: number, radius2: number, color: string): Layer => ({
    data: { name, values: [{ start, end }] },
    mark: { type: 'arc', radius, radius2, x: centreX, y: centreY, color, padAngle: 0 },
    encoding: {
      theta: { field: 'start', type: 'quantitative', scale: { domain: [0, 100], range: [-HALF_TURN, HALF_TURN] } },
      theta2: { field: 'end' },
    },
  });
  const label = (text: string, x: number, y: number, fontSize: number, color: string, bold: boolean): Layer => ({
    data: { values: [{ text }] },
    mark: {
      type: 'text',
      x,
      y,
      fontSize,
      color,
      fontWeight: bold ? 'bold' : 'normal',
      align: 'center',
      baseline: 'alphabetic',
    },
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
      arc('score', 0, ciLow, outer, inner, COLORS.accent),
      arc('interval', ciLow, ciHigh, outer, inner, COLORS.accentLight),
      arc(
        'needle',
        Math.max(0, score - NEEDLE),
        Math.min(100, score + NEEDLE),
        outer + size * 0.03,
        inner - size * 0.02,
        COLORS.ink,
      ),
      label(formatDecimal(score), centreX, centreY - 2, size * 0.16, COLORS.ink, true),
      label('0', centreX - (outer + inner) / 2, centreY + size * 0.08, size * 0.055, COLORS.muted, false),
      label('100', centreX + (outer + inner) / 2, centreY + size * 0.08, size * 0.055, COLORS.muted, false),
    ],
  };
}

export function gaugeSvg(input: GaugeInput): Promise<string> {
  return renderVegaLite(gaugeSpec(input));
}
