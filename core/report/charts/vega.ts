import { parse, View } from 'vega';
import { compile, type Config, type TopLevelSpec } from 'vega-lite';
import { COLORS, FONTS } from '../theme.ts';

/**
 * Shared chart config. No canvas on the server, so vega estimates text widths: `labelLimit: 0`
 * stops it truncating labels on a wrong estimate. The font must be one pdfmake has registered,
 * because pdfmake draws the SVG's text with its own fonts.
 */
export const CHART_CONFIG: Config = {
  font: FONTS.latin,
  background: 'transparent',
  view: { stroke: null },
  padding: 4,
  axis: {
    labelLimit: 0,
    labelFontSize: 8,
    labelColor: COLORS.muted,
    titleFontSize: 8,
    titleColor: COLORS.muted,
    titleFontWeight: 'normal',
    domainColor: COLORS.rule,
    tickColor: COLORS.rule,
    gridColor: COLORS.faint,
  },
  title: { fontSize: 8.5, fontWeight: 'bold', color: COLORS.text, anchor: 'start', offset: 4 },
  // French number format in axes, as Intl writes it in format.ts (ICU 78: U+202F between digit
  // groups, U+00A0 before "%").
  locale: {
    number: { decimal: ',', thousands: '\u202F', grouping: [3], currency: ['', '\u00A0€'], percent: '\u00A0%' },
  },
};

/** Compiles a vega-lite spec and renders it headless to an SVG string. */
export async function renderVegaLite(spec: TopLevelSpec): Promise<string> {
  const view = new View(parse(compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
