import type { ReportModel } from './model.ts';
import { buildReportDocument, type BuildOptions } from './document.ts';
import { createArabicMeasure, renderPdf } from './render.ts';

/** The usual path on the server: build with Arabic measured by the real font, then render. */
export async function renderReport(model: ReportModel, options: Omit<BuildOptions, 'measureArabic'> = {}): Promise<Buffer> {
  return renderPdf(await buildReportDocument(model, { ...options, measureArabic: createArabicMeasure() }));
}
