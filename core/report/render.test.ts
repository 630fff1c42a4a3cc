import { execFileSync } from 'node:child_process';
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

/** Poppler (Debian's poppler-utils) reads the PDF the way a person's viewer would. */
const poppler = (tool: string, ...args: string[]): string =>
  execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

const ARTIFACTS = join(process.cwd(), 'test-artifacts', 'report');
const PDF_PATH = join(ARTIFACTS, 'barometre-W2.pdf');

/** pdftotext prints U+202F and U+00A0 as spaces and breaks lines at will: compare on single spaces. */
const flat = (text: string): string => text.replace(/[\s\u00A0\u202F]+/gu, ' ');

/**
 * Noto Naskh draws dotted letters as a dotless body plus dot marks, so the text layer maps each body
 * to one letter of its family ("ج" and "ح" both come back as one of them). Comparing the letters'
 * skeletons (rasm) still proves the words are whole, joined and in logical order.
 */
const SKELETON: readonly (readonly [RegExp, string])[] = [
  [/[أإآٱ]/gu, 'ا'],
  [/[بتثنيىئ]/gu, 'ٮ'],
  [/[جحخ]/gu, 'ح'],
  [/[دذ]/gu, 'د'],
  [/[رز]/gu, 'ر'],
  [/[سش]/gu, 'س'],
  [/[صض]/gu, 'ص'],
  [/[طظ]/gu, 'ط'],
  [/[عغ]/gu, 'ع'],
  [/[فق]/gu, 'ف'],
  [/[هة]/gu, 'ه'],
  [/ؤ/gu, 'و'],
  [/[\u064B-\u065F\u200E\u200F\u202A-\u202E]/gu, ''],
];
const skeleton = (text: string): string =>
  SKELETON.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), flat(text));

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

  test('the Arabic title is in the text layer, whole words in logical order', () => {
    expect(skeleton(text)).toContain(skeleton(model.title.ar));
    expect(skeleton(text)).toContain(skeleton('الملخص التنفيذي'));
  });

  test('the fonts are embedded, the Arabic one included', () => {
    const fonts = poppler('pdffonts', PDF_PATH);
    expect(fonts).toMatch(/NotoNaskhArabic-Regular\s+CID TrueType\s+Identity-H\s+yes/u);
    expect(fonts).toMatch(/NotoSans-Regular\s+CID TrueType\s+Identity-H\s+yes/u);
    expect(fonts).not.toContain('Roboto');
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
