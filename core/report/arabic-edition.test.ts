import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { AFTERCARE_ESTIMATE } from './fixture/followup.ts';
import { buildFixtureModel } from './fixture/model.ts';
import { arabicWords, mostlyEmptyPages, pageSpace, pdfOutline, poppler } from './fixture/pdf.ts';
import { renderReport } from './report.ts';
import { ARABIC_TITLES } from './sections/arabic-edition.ts';
import { PAGE } from './theme.ts';

const ARTIFACTS = join(process.cwd(), 'test-artifacts', 'report-ar-fixture');
const PDF_PATH = join(ARTIFACTS, 'barometre-W2-ar.pdf');

describe('the Arabic edition of the fixture report', () => {
  const model = buildFixtureModel();
  let pdf: Buffer;
  let text: string;

  beforeAll(async () => {
    pdf = await renderReport(model, { lang: 'ar' });
    rmSync(ARTIFACTS, { recursive: true, force: true });
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(PDF_PATH, pdf);
    poppler('pdftoppm', '-r', '50', '-png', PDF_PATH, join(ARTIFACTS, 'page'));
    text = arabicWords(poppler('pdftotext', '-enc', 'UTF-8', PDF_PATH, '-'));
  }, 120_000);

  test('extracts to the Arabic words written: indicators, dimensions, recommendations', () => {
    for (const dimension of model.dimensions) expect(text, dimension.code).toContain(arabicWords(dimension.labelAr));
    // Table cells wrap long texts: their first words, as a reader would search them.
    const opening = (written: string, count: number) => arabicWords(written).split(' ').slice(0, count).join(' ');
    for (const indicator of model.indicators) {
      expect(text, indicator.code).toContain(opening(indicator.labelAr ?? '', 2));
    }
    for (const recommendation of model.recommendations) {
      if (recommendation.textAr) expect(text, recommendation.textAr).toContain(opening(recommendation.textAr, 3));
    }
    // The letters Noto Naskh draws on one shared body each (ج ح خ, ب ت ث ن ي) come back as written.
    expect(text).toContain('إدماج الأحداث المحتجزين');
  });

  test('says it is in Arabic, with an outline of its Arabic chapters', () => {
    const { titles, lang } = pdfOutline(pdf);
    expect(lang).toBe('ar-MA');
    expect(titles[0]).toBe(`1. ${ARABIC_TITLES.summary}`);
    expect(titles).toContain(ARABIC_TITLES.definitions);
    expect(titles.filter((title) => title.endsWith(`. ${ARABIC_TITLES.followUp}`))).toHaveLength(1);
    expect(titles.at(-1)).toBe(ARABIC_TITLES.compliance);
    expect(titles).toHaveLength(model.dimensions.length + 8);
  });

  test('no page is mostly empty but the last of a chapter', () => {
    const spaces = pageSpace(PDF_PATH, join(ARTIFACTS, 'space'), {
      top: PAGE.marginTop,
      bottom: PAGE.marginBottom,
      side: PAGE.marginX,
    });
    expect(mostlyEmptyPages(spaces, pdfOutline(pdf).titles)).toEqual([]);
  });
});

describe('the Arabic edition of a wave with a follow-up cohort', () => {
  test('has the chapter "بعد الإفراج" with the tracing and the outcome indicators, before the recommendations', async () => {
    const base = buildFixtureModel();
    const model = {
      ...base,
      followup: {
        months: [6, 12],
        cohort: 60,
        eligible: 57,
        interviewed: 30,
        rate: 30 / 57,
        outcomes: {
          interviewed: 30,
          refused: 12,
          unreachable: 10,
          re_detained: 8,
          moved_abroad: 0,
          deceased: 0,
          consent_withdrawn: 0,
          re_detained_observed: 0,
          not_traced: 0,
        },
        hidden: ['re_detained', 'unreachable'] as const,
        estimates: [AFTERCARE_ESTIMATE],
      },
    };
    const pdf = await renderReport(model, { lang: 'ar' });
    const { titles } = pdfOutline(pdf);
    const chapter = titles.indexOf(`${base.dimensions.length + 3}. ${ARABIC_TITLES.afterRelease}`);
    expect(chapter).toBeGreaterThan(0);
    expect(titles[chapter + 1]).toBe(`${base.dimensions.length + 4}. ${ARABIC_TITLES.recommendations}`);
    mkdirSync(ARTIFACTS, { recursive: true });
    const path = join(ARTIFACTS, 'barometre-followup-ar.pdf');
    writeFileSync(path, pdf);
    const text = arabicWords(poppler('pdftotext', '-enc', 'UTF-8', path, '-'));
    expect(text).toContain(arabicWords('الاستفادة من المواكبة'));
    expect(text).toContain(arabicWords('معدل الاستجابة للمتابعة'));
  }, 120_000);
});
