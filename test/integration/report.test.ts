// The barometer PDF through HTTP: the demo W1 report read back as text (pdftotext) against the
// endpoints' figures and as page images for a person (pdftoppm, test-artifacts/report-w1/), a rebuild
// that gives the same bytes and no new file, the access rule, the "Générer le baromètre" flow, and the
// final report filed when a wave is published.
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECTION_TITLES } from '../../core/report/titles.ts';
import type { Api } from '../../scripts/lib/api.ts';
import { REPORT_FLOW_ID, REPORT_OPERATION_ID, REPORTS_FOLDER_ID } from '../../extensions/barometer/src/shared/ids.ts';
import { buildWorld, interviewPayload } from '../fixtures/world.ts';
import { as, asAdmin, count, idOf } from '../helpers.ts';

interface ReportAnswer {
  wave: string;
  report: number;
  file: string;
  sha256: string;
  kind: 'draft' | 'final';
  reused: boolean;
  duration_ms: number;
}
interface ScoreEntry {
  code: string;
  score: number | null;
}
interface Result {
  indicator: string;
  domain: Record<string, string>;
  estimate?: number;
  suppressed?: boolean;
}

const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/report-w1/', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'barometre-report-'));

let admin: Api;
let coordinator: Api;

beforeAll(async () => {
  admin = await asAdmin();
  coordinator = await as('coordinator');
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function download(api: Api, file: string): Promise<Buffer> {
  const response = await fetch(`${api.url}/assets/${file}?download`, {
    headers: { authorization: `Bearer ${api.token ?? ''}` },
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('application/pdf');
  return Buffer.from(await response.arrayBuffer());
}

/** The PDF's text as pdftotext lays it out, French spaces (U+00A0, U+202F) read as plain ones. */
function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/[\u00A0\u202F]/g, ' ');
}

const french = (value: number, digits = 1) =>
  new Intl.NumberFormat('fr-FR', { minimumFractionDigits: digits, maximumFractionDigits: digits })
    .format(value)
    .replace(/[\u00A0\u202F]/g, ' ');

describe('the W1 barometer report', () => {
  let first: ReportAnswer;
  let pdfPath: string;

  it('is built through HTTP by a coordinator and filed in directus_files and reports', async () => {
    const started = performance.now();
    first = await coordinator.post<ReportAnswer>('/barometer/waves/W1/report', {});
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `W1 report: ${seconds.toFixed(2)} s over HTTP (server: ${first.duration_ms} ms, ${first.reused ? 'reused' : 'new'})`,
    );
    expect(first.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(first.kind).toBe('draft');
    const file = await admin.get<{ folder: string; type: string; filename_download: string }>(
      `/files/${first.file}?fields=folder,type,filename_download`,
    );
    expect(file).toMatchObject({ folder: REPORTS_FOLDER_ID, type: 'application/pdf' });
    const row = await coordinator.get<{
      wave: number;
      file: string;
      sha256: string;
      kind: string;
      created_at: string | null;
    }>(`/items/reports/${first.report}`);
    expect(row).toMatchObject({
      wave: await idOf(admin, 'waves', 'W1'),
      file: first.file,
      sha256: first.sha256,
      kind: 'draft',
    });
    expect(row.created_at).toBeTruthy();

    const pdf = await download(coordinator, first.file);
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const entry of readdirSync(ARTIFACTS)) rmSync(join(ARTIFACTS, entry));
    pdfPath = join(ARTIFACTS, 'barometre-W1.pdf');
    writeFileSync(pdfPath, pdf);
    expect(createHash('sha256').update(pdf).digest('hex')).toBe(first.sha256);
  });

  it('prints every section and the figures the endpoints serve, the French way', async () => {
    const text = pdfText(pdfPath);
    for (const title of Object.values(SECTION_TITLES)) expect(text, title).toContain(title);
    expect(text).toContain('Observatoire Marocain des Prisons');

    const score = await coordinator.get<{ overall: { score: number }; dimensions: ScoreEntry[] }>(
      '/barometer/waves/W1/score',
    );
    expect(text).toContain(french(score.overall.score));
    const dimensions = await admin.get<Array<{ code: string; label: string }>>(
      '/items/dimensions?fields=code,label&limit=-1',
    );
    for (const entry of score.dimensions) {
      expect(text, entry.code).toContain(
        dimensions.find((dimension) => dimension.code === entry.code)?.label ?? entry.code,
      );
      if (entry.score !== null) expect(text, entry.code).toContain(french(entry.score));
    }

    const { results } = await coordinator.get<{ results: Result[] }>('/barometer/waves/W1/indicators');
    const published = results.filter(
      (result) => Object.keys(result.domain ?? {}).length === 0 && result.estimate !== undefined,
    );
    expect(published.length).toBeGreaterThan(10);
    const indicators = await admin.get<Array<{ code: string; type: string }>>(
      '/items/indicators?fields=code,type&limit=-1',
    );
    const proportions = published.filter(
      (result) => indicators.find((indicator) => indicator.code === result.indicator)?.type === 'proportion',
    );
    for (const result of proportions.slice(0, 3))
      expect(text, result.indicator).toContain(`${french((result.estimate ?? 0) * 100)} %`);

    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))?.[1]);
    console.log(`W1 report: ${pages} pages, page images in ${ARTIFACTS}`);
    expect(pages).toBeGreaterThan(10);
    // Not synchronous: seconds of a blocked event loop leave the client a kept-alive socket the server
    // has closed meanwhile, and the next request fails with "other side closed".
    await promisify(execFile)('pdftoppm', ['-r', '50', '-png', pdfPath, join(ARTIFACTS, 'page')]);
    expect(readdirSync(ARTIFACTS).filter((name) => name.endsWith('.png'))).toHaveLength(pages);
  });

  it('gives the same bytes when rebuilt, and no new file or row', async () => {
    const files = await count(admin, 'directus_files');
    const reports = await count(admin, 'reports');
    const again = await coordinator.post<ReportAnswer>('/barometer/waves/W1/report', {});
    expect(again).toMatchObject({ sha256: first.sha256, file: first.file, report: first.report, reused: true });
    expect(await count(admin, 'directus_files')).toBe(files);
    expect(await count(admin, 'reports')).toBe(reports);
  });

  it('is refused to an enumerator and an analyst, answers 404 for an unknown wave and 400 for a bad body', async () => {
    expect((await (await as('enumerator1')).raw('POST', '/barometer/waves/W1/report', {})).status).toBe(403);
    expect((await (await as('analyst')).raw('POST', '/barometer/waves/W1/report', {})).status).toBe(403);
    expect((await coordinator.raw('POST', '/barometer/waves/NOPE/report', {})).status).toBe(404);
    expect((await coordinator.raw('POST', '/barometer/waves/W1/report', { final: 'yes' })).status).toBe(400);
    expect((await coordinator.raw('POST', '/barometer/waves/W1/report', { final: true })).status).toBe(409);
  });
});

describe('the "Générer le baromètre" flow', () => {
  it('is seeded as a manual flow on waves whose first operation builds the report', async () => {
    const flow = await admin.get<{
      name: string;
      trigger: string;
      status: string;
      operation: string;
      options: Record<string, unknown>;
    }>(`/flows/${REPORT_FLOW_ID}`);
    expect(flow).toMatchObject({
      name: 'Générer le baromètre',
      trigger: 'manual',
      status: 'active',
      operation: REPORT_OPERATION_ID,
    });
    expect(flow.options).toMatchObject({ collections: ['waves'], location: 'item', requireConfirmation: true });
    expect(String(flow.options['confirmationDescription'])).toMatch(/rapport PDF/);
    const operation = await admin.get<{ type: string }>(`/operations/${REPORT_OPERATION_ID}`);
    expect(operation.type).toBe('barometer-report');
    // The coordinator sees the button: it may read manual flows.
    expect((await coordinator.get<Array<{ id: string }>>('/flows?fields=id')).map((row) => row.id)).toContain(
      REPORT_FLOW_ID,
    );
  });

  it('builds (or reuses) the W1 report with the clicking user’s rights', async () => {
    const w1 = await idOf(admin, 'waves', 'W1');
    const answer = await coordinator.raw<{ data: ReportAnswer[] }>('POST', `/flows/trigger/${REPORT_FLOW_ID}`, {
      collection: 'waves',
      keys: [w1],
    });
    expect(answer.status).toBe(200);
    const [report] = answer.body.data;
    expect(report).toMatchObject({ wave: 'W1', kind: 'draft' });
    const byEndpoint = await coordinator.post<ReportAnswer>('/barometer/waves/W1/report', {});
    expect(report?.sha256).toBe(byEndpoint.sha256);
    expect(report?.file).toBe(byEndpoint.file);
    const refused = await (
      await as('supervisor1')
    ).raw('POST', `/flows/trigger/${REPORT_FLOW_ID}`, { collection: 'waves', keys: [w1] });
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(refused.status).toBeLessThan(500);
  });
});

interface ReportRow {
  id: number;
  kind: string;
  lang: string;
  sha256: string | null;
  file: string | null;
  failure: string | null;
}

/** The wave's report rows once its Arabic final edition is filed or its failure recorded, after the publication's answer. */
async function settledReports(wave: number): Promise<ReportRow[]> {
  for (;;) {
    const rows = await coordinator.get<ReportRow[]>(
      `/items/reports?filter[wave][_eq]=${wave}&fields=id,kind,lang,sha256,file,failure&sort=id`,
    );
    if (rows.some((row) => row.lang === 'ar')) return rows;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const sha256Of = (pdf: Buffer) => createHash('sha256').update(pdf).digest('hex');

/** A wave of 14 interviews with one indicator of its own in a dimension (so that it has a score), locked then published. */
async function publishedWave(label: string) {
  const world = await buildWorld(admin, label);
  const dimension = await admin.post<{ id: number }>('/items/dimensions', {
    code: `D-${world.suffix}`.slice(0, 32),
    label: 'Dimension de test',
    label_ar: 'محور اختبار',
    sort: 99,
  });
  const indicator = await admin.post<{ id: number }>('/items/indicators', {
    code: `T-${world.suffix}`.slice(0, 32),
    label: 'Moins de 16 ans',
    type: 'proportion',
    numerator: '${AGE} < 16',
    denominator: '',
    direction: 'higher_is_better',
    dimension: dimension.id,
    standard: 'Test',
  });
  const interviews = Array.from({ length: 14 }, (_, position) => position);
  const participants = await admin.post<Array<{ id: number }>>(
    '/items/participants',
    interviews.map((position) => ({ code: `P-${world.suffix}-${position}`.slice(0, 64) })),
  );
  await admin.post(
    '/items/interviews',
    interviews.map((position) =>
      interviewPayload(world, `R${position}-${world.suffix}`, {
        status: 'validated',
        participant: participants[position]?.id,
        duration_minutes: 30 + position,
        // SCHOOL is asked under 16 only.
        answers: {
          SEX: position % 3 === 0 ? 'f' : 'm',
          AGE: 12 + (position % 6),
          ...(12 + (position % 6) < 16 ? { SCHOOL: 'yes' } : {}),
        },
      }),
    ),
  );
  await coordinator.post(`/barometer/waves/${world.wave}/lock`);
  const published = await coordinator.post<{ status: string; report: ReportAnswer | null; report_ar: string | null }>(
    `/barometer/waves/${world.wave}/publish`,
  );
  const cleanUp = async () => {
    await admin.delete(`/items/indicators/${indicator.id}`);
    await admin.delete(`/items/dimensions/${dimension.id}`);
  };
  return { world, published, cleanUp };
}

describe('publishing a wave', () => {
  it('answers with the French final report filed and files the Arabic one after the answer', async () => {
    const { world, published, cleanUp } = await publishedWave('report');
    try {
      expect(published.status).toBe('published');
      expect(published.report).toMatchObject({ kind: 'final', reused: false });
      expect(published.report_ar).toBe('queued');
      const rows = await settledReports(world.wave);
      expect(rows.map(({ kind, lang, failure }) => ({ kind, lang, failure }))).toEqual([
        { kind: 'final', lang: 'fr', failure: null },
        { kind: 'final', lang: 'ar', failure: null },
      ]);
      const [french, arabic] = rows;
      expect(french?.sha256).toBe(published.report?.sha256);
      const frenchPdf = await download(coordinator, french?.file ?? '');
      const arabicPdf = await download(coordinator, arabic?.file ?? '');
      expect(sha256Of(frenchPdf)).toBe(french?.sha256);
      expect(sha256Of(arabicPdf)).toBe(arabic?.sha256);
      const text = pdfText(saved(frenchPdf, 'final.pdf'));
      expect(text).toContain('Moins de 16 ans');
      expect(text).not.toContain('Document provisoire');
      expect(pdfText(saved(arabicPdf, 'final-ar.pdf'))).toContain('إدماج الأحداث المحتجزين');
    } finally {
      await cleanUp();
    }
  });

  it('records a failed build of the Arabic edition, which a retry files in the same row', async () => {
    // The server fails the queued edition of W-FAILQ-* waves once (test/setup/instance.ts).
    const { world, published, cleanUp } = await publishedWave('failq');
    try {
      expect(world.waveCode.startsWith('W-FAILQ-')).toBe(true);
      expect(published.report).toMatchObject({ kind: 'final', reused: false });
      const [french, failed, ...others] = await settledReports(world.wave);
      expect(others).toEqual([]);
      expect(french).toMatchObject({ kind: 'final', lang: 'fr', failure: null, sha256: published.report?.sha256 });
      expect(failed).toMatchObject({ kind: 'final', lang: 'ar', file: null, sha256: null });
      expect(failed?.failure).toContain(world.waveCode);
      // The reports list says so to an analyst as well.
      const seen = await (
        await as('analyst')
      ).get<Array<{ failure: string | null }>>(`/items/reports/${failed?.id ?? 0}?fields=failure`);
      expect(seen).toMatchObject({ failure: failed?.failure });

      const retried = await coordinator.post<ReportAnswer>(`/barometer/waves/${world.wave}/report`, {
        final: true,
        lang: 'ar',
      });
      expect(retried).toMatchObject({ kind: 'final', reused: false, report: failed?.id });
      const rows = await settledReports(world.wave);
      expect(rows).toHaveLength(2);
      expect(rows[1]).toMatchObject({ id: failed?.id, lang: 'ar', failure: null, sha256: retried.sha256 });
      expect(sha256Of(await download(coordinator, retried.file))).toBe(retried.sha256);
    } finally {
      await cleanUp();
    }
  });
});

function saved(pdf: Buffer, name: string): string {
  const path = join(scratch, name);
  writeFileSync(path, pdf);
  return path;
}
