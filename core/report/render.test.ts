import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildReportDocument } from './document.ts';
import { buildFixtureModel } from './fixture/model.ts';
import { formatDecimal, formatEstimate, formatInteger, formatInterval } from './format.ts';
import type { DocDefinition } from './pdf-types.ts';
import { createArabicMeasure, renderPdf } from './render.ts';
import { renderReport } from './report.ts';
import { SECTION_TITLES } from './titles.ts';
import { bare, flat, mostlyEmptyPages, pageSpace, pdfOutline, poppler } from './fixture/pdf.ts';
import { PAGE } from './theme.ts';

const ARTIFACTS = join(process.cwd(), 'test-artifacts', 'report');
const PDF_PATH = join(ARTIFACTS, 'barometre-W2.pdf');

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

describe('renderPdf on the fixture report', () => {
  const model = buildFixtureModel();
  let pdf: Buffer;
  let text: string;
  /** With -layout a table row stays on one line. */
  let layout: string;

  beforeAll(async () => {
    const measureArabic = createArabicMeasure();
    const started = performance.now();
    const document = await buildReportDocument(model, { measureArabic });
    const built = performance.now();
    pdf = await renderPdf(document);
    const rendered = performance.now();
    // Warm: the second build and render, as a server would see them.
    const again = await renderPdf(await buildReportDocument(model, { measureArabic }));
    const warm = performance.now();
    rmSync(ARTIFACTS, { recursive: true, force: true });
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(PDF_PATH, pdf);
    writeFileSync(join(ARTIFACTS, 'barometre-W2-second-build.pdf'), again);
    poppler('pdftoppm', '-r', '50', '-png', PDF_PATH, join(ARTIFACTS, 'page'));
    text = poppler('pdftotext', '-enc', 'UTF-8', PDF_PATH, '-');
    layout = poppler('pdftotext', '-layout', '-enc', 'UTF-8', PDF_PATH, '-');
    const pages = /Pages:\s+(\d+)/u.exec(poppler('pdfinfo', PDF_PATH))?.[1];
    console.info(
      `report: ${pages} pages, ${pdf.length} bytes; cold build ${Math.round(built - started)} ms + render ${Math.round(rendered - built)} ms; warm build+render ${Math.round(warm - rendered)} ms`,
    );
  }, 120_000);

  test('two builds of the same model are byte-identical', async () => {
    const second = await renderReport(buildFixtureModel());
    expect(sha256(second)).toBe(sha256(pdf));
  }, 60_000);

  test('every section title is printed', () => {
    const printed = flat(text);
    for (const title of Object.values(SECTION_TITLES)) expect(printed, title).toContain(flat(title));
    for (const [position, dimension] of [...model.dimensions].sort((a, b) => a.sort - b.sort).entries()) {
      expect(printed).toContain(`${position + 4}. ${dimension.label}`);
    }
  });

  test('printed figures are the model’s, written the French way', () => {
    const printed = flat(layout);
    expect(printed).toContain(`${formatDecimal(model.score.overall.score)} / 100`);
    const pretrial = model.indicators.find((indicator) => indicator.code === 'LEG_PRETRIAL');
    const result = model.results.find(
      (entry) => entry.indicator === 'LEG_PRETRIAL' && 'domain' in entry && Object.keys(entry.domain).length === 0,
    );
    if (
      !pretrial ||
      !result ||
      !('estimate' in result) ||
      result.estimate === undefined ||
      result.ci_low === undefined ||
      result.ci_high === undefined
    ) {
      throw new Error('fixture lacks LEG_PRETRIAL overall');
    }
    expect(printed).toContain(
      flat(`${formatEstimate(pretrial, result.estimate)} ${formatInterval(pretrial, result.ci_low, result.ci_high)}`),
    );
    const { totals } = model.methodology;
    expect(printed).toContain(
      `Ensemble ${formatInteger(totals.population)} ${formatInteger(totals.target)} ${formatInteger(totals.achieved)}`,
    );
    expect(printed).toContain('non comparable');
    expect(printed).toContain('s : estimation non publiée');
    expect(printed).toContain('1er mars 2026');
  });

  test('the Arabic text layer gives the real letters, whole words in logical order', () => {
    expect(bare(text)).toContain(bare(model.title.ar));
    expect(bare(text)).toContain('الملخص التنفيذي');
    // Letters Noto Naskh draws on one dotless body each come back as themselves.
    expect(bare(text)).toContain('إدماج الأحداث');
    for (const paragraph of model.summaryAr.slice(0, 2)) {
      for (const word of bare(paragraph)
        .split(' ')
        .filter((entry) => /^[\u0621-\u064A]{3,}$/u.test(entry))) {
        expect(bare(text), word).toContain(word);
      }
    }
  });

  test('the PDF has an outline of its chapters and says it is in French', () => {
    const { titles, lang } = pdfOutline(pdf);
    expect(lang).toBe('fr-FR');
    expect(titles).toContain(`1. ${SECTION_TITLES.summary}`);
    expect(titles).toContain(SECTION_TITLES.annexDefinitions);
    expect(titles.length).toBeGreaterThanOrEqual(model.dimensions.length + 5);
  });

  test('the fonts are embedded, the Arabic one included', () => {
    const fonts = poppler('pdffonts', PDF_PATH);
    expect(fonts).toMatch(/NotoNaskhArabic-Regular\s+CID TrueType\s+Identity-H\s+yes/u);
    expect(fonts).toMatch(/NotoSans-Regular\s+CID TrueType\s+Identity-H\s+yes/u);
    expect(fonts).not.toContain('Roboto');
  });

  test('no page is mostly empty but the last of a chapter', () => {
    const spaces = pageSpace(PDF_PATH, join(ARTIFACTS, 'space'), {
      top: PAGE.marginTop,
      bottom: PAGE.marginBottom,
      side: PAGE.marginX,
    });
    expect(spaces.length).toBeGreaterThan(20);
    const chapters = [...pdfOutline(pdf).titles, SECTION_TITLES.contents];
    expect(mostlyEmptyPages(spaces, chapters)).toEqual([]);
  });

  test('page images are written for a person to look at', () => {
    expect(readdirSync(ARTIFACTS).filter((name) => name.endsWith('.png')).length).toBeGreaterThan(20);
  });

  test('a document can fetch no URL and read no file but the fonts', async () => {
    const base = await buildReportDocument(model, { arabicPage: false });
    const withUrl = { ...base, images: { logo: 'https://example.invalid/logo.png' } } as DocDefinition;
    await expect(renderPdf(withUrl)).rejects.toThrow(/Access to URL denied/u);
    const withFile = { ...base, content: [{ image: '/etc/hostname' }] } as unknown as DocDefinition;
    await expect(renderPdf(withFile)).rejects.toThrow(/Access to local file denied/u);
  }, 60_000);
});
