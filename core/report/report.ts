import type { ReportModel } from './model.ts';
import { buildReportDocument, EXTRA_STEPS, type BuildOptions } from './document.ts';
import { createArabicMeasure, renderPdf } from './render.ts';
import { buildStrategyDocument, type StrategyDocumentOptions } from './strategy.ts';
import type { StrategyPlan } from '../strategy/index.ts';

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
