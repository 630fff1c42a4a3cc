import { estimateArabicWidth, type TextMeasure } from './arabic.ts';
import { indexReport } from './lookup.ts';
import type { ReportModel } from './model.ts';
import type { Content, DocDefinition } from './pdf-types.ts';
import { afterRelease } from './sections/after-release.ts';
import { annexes } from './sections/annexes.ts';
import { arabicPage } from './sections/arabic-page.ts';
import { complianceAnnex } from './sections/compliance.ts';
import { cover, coverBackground } from './sections/cover.ts';
import { dashboard } from './sections/dashboard.ts';
import { dimensionChapter } from './sections/dimension.ts';
import { followUpChapter } from './sections/follow-up.ts';
import { methodology } from './sections/methodology.ts';
import { coverageOf, isProvisional, PROVISIONAL_MARK } from './provisional.ts';
import { arabicParagraph } from './sections/arabic-text.ts';
import { arabicEdition, arabicFooter } from './sections/arabic-edition.ts';
import { arabicWaveName } from './words.ts';
import { recommendations } from './sections/recommendations.ts';
import { summary } from './sections/summary.ts';
import { COLORS, FONTS, PAGE, STYLES } from './theme.ts';
import { SECTION_TITLES } from './titles.ts';

export type ReportLang = 'fr' | 'ar';

export interface BuildOptions {
  /** The edition: French (default, with an Arabic summary page) or the full Arabic edition. */
  readonly lang?: ReportLang;
  /** Print the Arabic title and executive summary page (default true). */
  readonly arabicPage?: boolean;
  /**
   * Width of Arabic text, used to break Arabic paragraphs into lines before bidi reordering.
   * `createArabicMeasure()` (render.ts) measures with the real font; without it a conservative
   * estimate is used and Arabic lines come out shorter than the page allows.
   */
  readonly measureArabic?: TextMeasure;
  /** Told after each chapter is laid out and once the PDF is rendered (report.ts), out of `total`. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** Keep-with-next: a heading that would be the last thing on its page starts the next one. */
export const keepHeadingsWithNext: NonNullable<DocDefinition['pageBreakBefore']> = (node, nodes) =>
  node.headlineLevel !== undefined && nodes.getFollowingNodesOnPage().length === 0;

/** Progress steps besides the dimension chapters: the opening sections, then the PDF bytes. */
export const EXTRA_STEPS = 2;

/** Chapters are numbered: summary, methodology, dashboard, one per dimension, recommendations. */
const FIRST_CHAPTER = 4;

/**
 * The report as a pdfmake document definition. Deterministic: every date comes from the model,
 * every list is printed in a fixed order, charts are rendered headless from the same data.
 * Async only because vega renders SVG asynchronously.
 */
export async function buildReportDocument(model: ReportModel, options: BuildOptions = {}): Promise<DocDefinition> {
  const index = indexReport(model);
  const measure = options.measureArabic ?? estimateArabicWidth;
  if (options.lang === 'ar') {
    const content = arabicEdition(model, index, measure);
    options.onProgress?.(index.dimensions.length + 1, index.dimensions.length + EXTRA_STEPS);
    return arabicDocument(model, measure, content);
  }
  const types = new Map(
    model.breakdowns
      .find((breakdown) => breakdown.variable === 'establishment_type')
      ?.categories.map((category) => [category.value, category.label]) ?? [],
  );
  const total = index.dimensions.length + EXTRA_STEPS;
  const opening = [
    ...(await summary(model, index, 1)),
    ...methodology(model, (type) => types.get(type) ?? type, 2),
    ...(await dashboard(model, index, 3)),
  ];
  options.onProgress?.(1, total);
  const chapters: Content[] = [];
  for (const [position, dimension] of index.dimensions.entries()) {
    chapters.push(...(await dimensionChapter(model, index, dimension, FIRST_CHAPTER + position, measure)));
    options.onProgress?.(position + 2, total);
  }
  const date = new Date(model.generatedAt);
  const runningTitle = `${model.organisation.acronym} · ${model.title.fr} · ${model.wave.label}`;
  const provisional = isProvisional(model.wave);
  const coverage = coverageOf(model.methodology);
  // A wave still in the field is marked on every page, in both languages, with its coverage.
  const provisionalBanner: Content = {
    columns: [
      {
        width: '*',
        text: [
          { text: `${PROVISIONAL_MARK.fr}  `, bold: true },
          {
            text: `collecte en cours : ${coverage.establishmentsCovered} établissements sur ${coverage.establishments}, ${coverage.interviews} entretiens`,
          },
        ],
      },
      {
        width: 60,
        ...arabicParagraph(PROVISIONAL_MARK.ar, { measure, fontSize: 9, width: 60, bold: true, color: COLORS.worse }),
      },
    ],
    fontSize: 8,
    color: COLORS.worse,
    margin: [PAGE.marginX, 16, PAGE.marginX, 0],
  };
  return {
    info: {
      title: `${model.title.fr} (${model.wave.label})`,
      author: model.organisation.name,
      subject: `Baromètre ${model.wave.code}`,
      keywords: 'mineurs détenus, réinsertion, baromètre, Maroc',
      creator: `${model.organisation.acronym} barometer`,
      producer: `${model.organisation.acronym} barometer (pdfmake)`,
      creationDate: date,
      modDate: date,
    },
    language: 'fr-FR',
    pageSize: 'A4',
    pageMargins: [PAGE.marginX, PAGE.marginTop, PAGE.marginX, PAGE.marginBottom],
    defaultStyle: { font: FONTS.latin, fontSize: 9, color: COLORS.text, lineHeight: 1.2 },
    styles: STYLES,
    ...(provisional
      ? {
          header: () => provisionalBanner,
          watermark: { text: PROVISIONAL_MARK.fr, color: COLORS.worse, opacity: 0.07, bold: true, fontSize: 90 },
        }
      : {}),
    background: (page) => (page === 1 ? coverBackground() : { text: '' }),
    pageBreakBefore: keepHeadingsWithNext,
    footer: (page, pages) =>
      page === 1
        ? { text: '' }
        : {
            columns: [
              { text: runningTitle, width: '*' },
              { text: `${page} / ${pages}`, width: 'auto', alignment: 'right' },
            ],
            fontSize: 7,
            color: COLORS.muted,
            margin: [PAGE.marginX, 20, PAGE.marginX, 0],
          },
    content: [
      ...cover(model, measure),
      { toc: { title: { text: SECTION_TITLES.contents, style: 'h1' }, outlines: true }, pageBreak: 'before' },
      ...opening,
      ...chapters,
      ...afterRelease(model, FIRST_CHAPTER + index.dimensions.length),
      ...recommendations(model, index, FIRST_CHAPTER + index.dimensions.length + (model.followup ? 1 : 0)),
      ...followUpChapter(model, index, FIRST_CHAPTER + index.dimensions.length + (model.followup ? 1 : 0) + 1, measure),
      ...annexes(model, index, measure),
      ...complianceAnnex(model, measure),
      ...(options.arabicPage === false ? [] : arabicPage(model, measure)),
    ],
  };
}

/** The Arabic edition's document: same page, cover band and watermark rule, Arabic furniture and language. */
function arabicDocument(model: ReportModel, measure: TextMeasure, content: Content[]): DocDefinition {
  const date = new Date(model.generatedAt);
  const coverage = coverageOf(model.methodology);
  const banner: Content = {
    ...arabicParagraph(
      `${PROVISIONAL_MARK.ar}: البحث الميداني جارٍ، ${coverage.establishmentsCovered} مؤسسة من أصل ${coverage.establishments}، ${coverage.interviews} مقابلة`,
      { measure, fontSize: 8.5, width: PAGE.width - 2 * PAGE.marginX, bold: true, color: COLORS.worse },
    ),
    margin: [PAGE.marginX, 16, PAGE.marginX, 0],
  };
  return {
    info: {
      title: `${model.title.ar} (${arabicWaveName(model.wave)})`,
      author: model.organisation.nameAr,
      subject: `البارومتر ${model.wave.code}`,
      keywords: 'الأحداث المحتجزون، إعادة الإدماج، بارومتر، المغرب',
      creator: `${model.organisation.acronym} barometer`,
      producer: `${model.organisation.acronym} barometer (pdfmake)`,
      creationDate: date,
      modDate: date,
    },
    language: 'ar-MA',
    pageSize: 'A4',
    pageMargins: [PAGE.marginX, PAGE.marginTop, PAGE.marginX, PAGE.marginBottom],
    defaultStyle: { font: FONTS.latin, fontSize: 9, color: COLORS.text, lineHeight: 1.2 },
    styles: STYLES,
    ...(isProvisional(model.wave)
      ? {
          header: () => banner,
          watermark: {
            text: PROVISIONAL_MARK.ar,
            font: FONTS.arabic,
            color: COLORS.worse,
            opacity: 0.07,
            bold: true,
            fontSize: 110,
          },
        }
      : {}),
    background: (page) => (page === 1 ? coverBackground() : { text: '' }),
    pageBreakBefore: keepHeadingsWithNext,
    footer: (page, pages) => (page === 1 ? { text: '' } : arabicFooter(model, measure, page, pages)),
    content,
  };
}
