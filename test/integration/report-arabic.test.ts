// Issue 18 (5): the Arabic edition through HTTP. W1's report with `{ "lang": "ar" }` read back with
// pdftotext: the real Arabic words (the dimensions' and the recommendations' Arabic texts as stored),
// the catalog's language and the outline's Arabic chapters; pages written to test-artifacts/report-ar/
// for a person to look at. A language the server does not print is refused. W2's Arabic edition has the
// chapter "تتبع التوصيات" (W1's recommendations in Arabic, their status) and the compliance annex.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { arabicWords, pdfOutline } from '../../core/report/fixture/pdf.ts';
import { ARABIC_TITLES } from '../../core/report/sections/arabic-edition.ts';
import { FOLLOW_UP_LABELS } from '../../core/recommendations/index.ts';
import { followUps, recommendations, standardRules } from '../../seed/demo/data.ts';
import type { Api } from '../../scripts/lib/api.ts';
import { as, asAdmin } from '../helpers.ts';

const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/report-ar/', import.meta.url));

describe('the Arabic edition of the W1 report', () => {
  let admin: Api;
  let coordinator: Api;
  let pdf: Buffer;
  let text: string;
  let filename: string;

  beforeAll(async () => {
    admin = await asAdmin();
    coordinator = await as('coordinator');
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const entry of readdirSync(ARTIFACTS)) rmSync(join(ARTIFACTS, entry));
    const { file } = await coordinator.post<{ file: string }>('/barometer/waves/W1/report', { lang: 'ar' });
    const response = await fetch(`${coordinator.url}/assets/${file}?download`, {
      headers: { authorization: `Bearer ${coordinator.token ?? ''}` },
    });
    expect(response.status).toBe(200);
    pdf = Buffer.from(await response.arrayBuffer());
    const path = join(ARTIFACTS, 'barometre-W1-ar.pdf');
    writeFileSync(path, pdf);
    text = arabicWords(execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }));
    execFileSync('pdftoppm', ['-r', '60', '-png', path, join(ARTIFACTS, 'page')]);
    filename = (await admin.get<{ filename_download: string }>(`/files/${file}?fields=filename_download`))
      .filename_download;
  }, 120_000);

  it('extracts to the real Arabic words: title, dimensions, recommendations as stored', async () => {
    expect(text).toContain('بارومتر إعادة إدماج الأحداث المحتجزين');
    expect(text).toContain(arabicWords(ARABIC_TITLES.summary));
    const dimensions = await admin.get<Array<{ label_ar: string | null }>>('/items/dimensions?fields=label_ar');
    const labels = dimensions.flatMap((entry) => (entry.label_ar ? [entry.label_ar] : []));
    expect(labels.length).toBeGreaterThan(3);
    for (const label of labels) expect(text, label).toContain(arabicWords(label));
    const w1 = await admin.get<Array<{ id: number }>>('/items/waves?filter[code][_eq]=W1&fields=id');
    const recommendations = await admin.get<Array<{ text_ar: string | null }>>(
      `/items/recommendations?filter[_or][0][wave][_eq]=${w1[0]?.id}&filter[_or][1][wave][_null]=true&fields=text_ar`,
    );
    const written = recommendations.flatMap((entry) => (entry.text_ar ? [entry.text_ar] : []));
    expect(written.length).toBeGreaterThan(0);
    // A recommendation wraps over lines: its first words, as a reader would search them.
    for (const recommendation of written) {
      const opening = arabicWords(recommendation).split(' ').slice(0, 3).join(' ');
      expect(text, opening).toContain(opening);
    }
  });

  it('says it is in Arabic and has an outline of its Arabic chapters', () => {
    const { titles, lang } = pdfOutline(pdf);
    expect(lang).toBe('ar-MA');
    expect(titles).toContain(`1. ${ARABIC_TITLES.summary}`);
    expect(titles).toContain(`2. ${ARABIC_TITLES.methodology}`);
    expect(titles).toContain(ARABIC_TITLES.definitions);
  });

  it('is filed under a name that says its language', () => {
    expect(filename).toMatch(/^barometre-omp-W1-ar-[0-9a-f]{8}\.pdf$/);
  });

  it('refuses a language it does not print, naming the field', async () => {
    const refused = await coordinator.raw('POST', '/barometer/waves/W1/report', { lang: 'en' });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('lang');
  });
});

describe('the Arabic edition of the W2 report', () => {
  let text: string;

  beforeAll(async () => {
    const coordinator = await as('coordinator');
    mkdirSync(ARTIFACTS, { recursive: true });
    const { file } = await coordinator.post<{ file: string }>('/barometer/waves/W2/report', { lang: 'ar' });
    const response = await fetch(`${coordinator.url}/assets/${file}?download`, {
      headers: { authorization: `Bearer ${coordinator.token ?? ''}` },
    });
    expect(response.status).toBe(200);
    const path = join(ARTIFACTS, 'barometre-W2-ar.pdf');
    writeFileSync(path, Buffer.from(await response.arrayBuffer()));
    text = arabicWords(execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }));
  }, 240_000);

  const opening = (written: string) => arabicWords(written).split(' ').slice(0, 3).join(' ');

  it('follows W1’s recommendations in Arabic, with their status as recorded for W2', () => {
    expect(text).toContain(arabicWords(ARABIC_TITLES.followUp));
    const w1 = recommendations.filter((recommendation) => recommendation.wave === 'W1');
    expect(w1.length).toBeGreaterThan(0);
    for (const recommendation of w1) expect(text, recommendation.text_ar).toContain(opening(recommendation.text_ar));
    for (const status of new Set(followUps.map((followUp) => followUp.status)))
      expect(text, status).toContain(arabicWords(FOLLOW_UP_LABELS[status].ar));
  });

  it('has the compliance matrix: red lines apart, the rules’ Arabic text, the administrative figures named', () => {
    expect(text).toContain(arabicWords(ARABIC_TITLES.compliance));
    expect(text).toContain('الخطوط الحمراء المحظورات المطلقة');
    const separation = standardRules.find((rule) => rule.code === 'HAVANA-r.29');
    if (!separation) throw new Error('no HAVANA-r.29 in the catalogue');
    expect(text).toContain(opening(separation.text_ar));
    expect(text).toContain('غير مقيسة');
    expect(text).toContain('معطى إداري');
  });
});
