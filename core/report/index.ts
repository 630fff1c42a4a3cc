/**
 * Barometer report: a pure function from a report model to a pdfmake document, charts as SVG,
 * and a renderer to PDF bytes. No Directus here: the extension builds the model and calls these.
 */
export type * from './model.ts';
export type { DocDefinition } from './pdf-types.ts';
export { buildReportDocument, type BuildOptions, type ReportLang } from './document.ts';
export { createArabicMeasure, renderPdf } from './render.ts';
export { renderReport, renderStrategy } from './report.ts';
export { buildStrategyDocument, STRATEGY_TITLE, type StrategyDocumentOptions } from './strategy.ts';
export type { TextMeasure } from './arabic.ts';
export { gaugeSvg, type GaugeInput } from './charts/gauge.ts';
export { trendSvg, type TrendInput } from './charts/trend.ts';
export { domainBarsSvg, type DomainBarsInput, type DomainGroup, type DomainBar } from './charts/domain-bars.ts';
export { SECTION_TITLES } from './titles.ts';
