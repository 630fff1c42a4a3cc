import type { ReportModel } from './model.ts';
import { buildReportDocument, EXTRA_STEPS, type BuildOptions } from './document.ts';
import { createArabicMeasure, renderPdf } from './render.ts';
import { buildStrategyDocument, type StrategyDocumentOptions } from './strategy.ts';
import type { StrategyPlan } from '../strategy/index.ts';
import { gaugeSvg } from './charts/gauge.ts';
import { COLORS, FONTS, PAGE, STYLES } from './theme.ts';

/** The usual path on the server: build with Arabic measured by the real font, then render. */
export async function renderReport(
  model: ReportModel,
  options: Omit<BuildOptions, 'measureArabic'> = {},
): Promise<Buffer> {
  const document = await buildReportDocument(model, { ...options, measureArabic: createArabicMeasure() });
  const pdf = await renderPdf(document);
  const steps = model.dimensions.length;
  options.onProgress?.(steps + EXTRA_STEPS, steps + EXTRA_STEPS);
  return pdf;
}

/** The strategy guidelines' PDF, Arabic measured by the real font. */
export function renderStrategy(
  plan: StrategyPlan,
  options: Omit<StrategyDocumentOptions, 'measureArabic'>,
): Promise<Buffer> {
  return renderPdf(buildStrategyDocument(plan, { ...options, measureArabic: createArabicMeasure() }));
}

/**
 * Renders a one-page document that uses what a report uses (both fonts in their faces, Arabic
 * measured and shaped, a chart, a data table) and throws it away: run when the worker starts, it
 * leaves the modules loaded and compiled, so that the first real build does not pay for them.
 */
export async function warmRenderer(): Promise<void> {
  const arabic = 'إدماج الأحداث المحتجزين';
  const measure = createArabicMeasure();
  measure(arabic, 10, true);
  measure(arabic, 10, false);
  const gauge = await gaugeSvg({ score: 62.5, ciLow: 58, ciHigh: 67, size: 160 });
  const epoch = new Date(0);
  await renderPdf({
    info: {
      title: '',
      author: '',
      subject: '',
      keywords: '',
      creator: '',
      producer: '',
      creationDate: epoch,
      modDate: epoch,
    },
    language: 'fr',
    pageSize: 'A4',
    pageMargins: [PAGE.marginX, PAGE.marginTop, PAGE.marginX, PAGE.marginBottom],
    content: [
      { text: 'Baromètre 12 345,6 %', style: 'h1' },
      {
        text: [
          { text: 'gras ', bold: true },
          { text: 'italique', italics: true },
        ],
        style: 'body',
      },
      { text: arabic, font: FONTS.arabic, alignment: 'right', bold: true },
      { text: arabic, font: FONTS.arabic, alignment: 'right' },
      { svg: gauge, width: 160 },
      {
        table: {
          headerRows: 1,
          widths: ['*', 'auto'],
          body: [
            ['Indicateur', 'Valeur'],
            ['École', '48,2 %'],
          ],
        },
        layout: 'data',
      },
    ],
    styles: STYLES,
    defaultStyle: { font: FONTS.latin, fontSize: 9, color: COLORS.text, lineHeight: 1.2 },
  });
}
