// Issue 7, the barometer PDF in one click, tried as a coordinator would: from the wave's item page in the
// content module (the "Générer le baromètre" flow, with its confirmation), then from the Baromètre
// module's wave page, whose link downloads the very PDF the `reports` row fingerprints.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { as, asAdmin, idOf } from '../helpers.ts';
import { goToApp, launchBrowser, openAppAs, openWave, PATIENCE } from './browser.ts';

interface ReportRow {
  readonly id: number;
  readonly file: string;
  readonly kind: string;
  readonly sha256: string;
}

// A build waits in the report queue behind others and runs in a worker that shares two cores.
const BUILD_PATIENCE = { timeout: 180_000, interval: 500 };

describe('Baromètre module: report', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it('builds the W1 report from the flow button and downloads it from the module', async () => {
    const coordinator = await as('coordinator');
    const w1 = await idOf(coordinator, 'waves', 'W1');
    const reportsOfW1 = () =>
      coordinator.get<ReportRow[]>(
        `/items/reports?filter[wave][_eq]=${w1}&fields=id,file,kind,sha256,created_at&sort=-created_at`,
      );
    // A locked wave rebuilds to the same bytes and the server reuses the row it has: earlier tests' rows
    // are removed so that the flow's run is seen as a row appearing.
    const admin = await asAdmin();
    for (const row of await reportsOfW1()) await admin.delete(`/items/reports/${row.id}`);

    // Wide enough for the app to show its sidebar open, as on a coordinator's desktop.
    const { page, screenshot } = await openAppAs(browser, 'coordinator', { width: 1600, height: 1000 });

    // (a) The flow on W1's item page: the sidebar's Flows section, its button, the confirmation.
    await goToApp(page, `/content/waves/${w1}`);
    const flowButton = page.locator('#sidebar .v-button', { hasText: 'Générer le baromètre' });
    const flows = page.locator('#sidebar .accordion-trigger', { has: page.locator('[data-icon="bolt"]') });
    await flows.waitFor(PATIENCE);
    if ((await flows.getAttribute('aria-expanded')) !== 'true') await flows.click();
    await flowButton.waitFor({ state: 'visible', ...PATIENCE });
    await screenshot('module-report-flow-sidebar');
    await flowButton.click();
    const confirm = page.locator('#dialog-outlet .v-card', { hasText: 'Générer le rapport PDF du baromètre' });
    await confirm.waitFor(PATIENCE);
    await screenshot('module-report-flow-confirm');
    await confirm.locator('.v-card-actions .v-button').last().click();
    await expect.poll(async () => (await reportsOfW1()).length, BUILD_PATIENCE).toBe(1);
    const [fromFlow] = await reportsOfW1();
    expect(fromFlow).toMatchObject({ kind: 'draft', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    await screenshot('module-report-flow-done');

    // (b) The module's button on W1's page: progress, then a link to the PDF.
    const section = await openWave(page, 'W1', 'report');
    await section.locator('[data-build-report]').waitFor(PATIENCE);
    await section.scrollIntoViewIfNeeded();
    await expect.poll(() => section.locator('tbody tr').count(), PATIENCE).toBe(1);
    await section.locator('[data-build-report]').click();
    const link = section.locator('[data-report-link]');
    await link.waitFor(BUILD_PATIENCE);
    await screenshot('module-report-link');

    const [download] = await Promise.all([page.waitForEvent('download', BUILD_PATIENCE), link.click()]);
    const path = await download.path();
    const pdf = await readFile(path);
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    const [stored] = await reportsOfW1();
    expect(createHash('sha256').update(pdf).digest('hex')).toBe(stored?.sha256);
    expect(await link.innerText()).toContain(stored?.sha256.slice(0, 12));
    expect(await section.locator('tbody tr').first().innerText()).toMatch(/Provisoire/);

    // The recommendations of W1, grouped by dimension, each with a way to edit it.
    const recommendations = page.locator('[data-section="recommendations"]');
    await expect.poll(() => recommendations.locator('.recommendation').count(), PATIENCE).toBeGreaterThan(0);
    expect(await recommendations.locator('.recommendation .edit').first().getAttribute('href')).toMatch(
      /\/admin\/content\/recommendations\/\d+$/,
    );
    await recommendations.scrollIntoViewIfNeeded();
    await screenshot('module-report-recommendations');
  }, 240_000);

  it('gives an analyst the wave’s exports at the top of its page, each saying what it holds', async () => {
    const { page, screenshot } = await openAppAs(browser, 'analyst', { width: 1440, height: 900 });
    const exports = await openWave(page, 'W1', 'exports');
    // The table of contents leads the page, with the report first.
    const contents = await page.locator('[data-section="toc"] button').allInnerTexts();
    expect(contents.slice(0, 2)).toEqual(['Rapport', 'Exports']);
    const links = exports.locator('[data-export] a');
    expect(await links.count()).toBe(4);
    expect(await exports.locator('[data-export="csv"]').innerText()).toContain('Une ligne par entretien analysé');
    for (const format of ['csv', 'codebook', 'spss', 'stata']) {
      const href = String(await exports.locator(`[data-export="${format}"] a`).getAttribute('href'));
      expect(new URL(href).pathname).toBe('/barometer/waves/W1/export');
      // The session cookie is enough: the link works as the analyst clicks it.
      const answer = await page.request.get(href);
      expect(answer.status(), format).toBe(200);
      expect((await answer.text()).length, format).toBeGreaterThan(20);
    }
    await exports.scrollIntoViewIfNeeded();
    await screenshot('module-wave-exports-analyst');
    await page.context().close();
  });
});
