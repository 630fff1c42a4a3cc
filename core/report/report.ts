import type { ReportModel } from './model.ts';
import { buildReportDocument, EXTRA_STEPS, type BuildOptions } from './document.ts';
import { createArabicMeasure, renderPdf } from './render.ts';

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
