// Issue 17, the normative framework as a coordinator uses it, by clicks: the strategy guidelines' links
// on the module's home; from the module bar to an indicator's page, a link to a rule with its target;
// from a wave's page to a W1 recommendation, its follow-up in the wave; the wave locked and published
// from its page; the report the publication files, read back with pdftotext, holds the follow-up table,
// the compliance matrix and the red lines. The wave is one of this test's own, after W2: the other
// browser tests need the demo's W2 open.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { SECTION_TITLES } from '../../core/report/titles.ts';
import { demoUser } from '../../seed/demo-users.ts';
import { interviewImportCsv } from '../fixtures/import-csv.ts';
import { as, asAdmin, idOf } from '../helpers.ts';
import { artifactsFolder, launchBrowser, openAppAs, PATIENCE, settled } from './browser.ts';
import { formField, pickRelated, saveItem } from './item-form.ts';

// Publication builds the final report in the worker, behind any other build.
const BUILD_PATIENCE = { timeout: 240_000, interval: 500 };

/** A wave after W2 with a frame and a few validated interviews (answers of W2's), open. */
async function scratchWave(code: string): Promise<void> {
  const admin = await asAdmin();
  const [baro] = await admin.get<Array<{ id: number }>>(
    '/items/instrument_versions?filter[instrument][code][_eq]=BARO&filter[version][_eq]=1&fields=id',
  );
  const wave = await admin.post<{ id: number }>('/barometer/waves', {
    code,
    label: `Vague cadre ${code}`,
    kind: 'wave',
    reference_date: '2027-09-30',
    sampling_rate: 0.25,
    instrument_versions: [baro?.id],
  });
  const send = (path: string, body: string) =>
    fetch(`${admin.url}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin.token ?? ''}`, 'content-type': 'text/csv' },
      body,
    }).then(async (response) => {
      if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    });
  await send(`/barometer/waves/${wave.id}/frame`, 'establishment_code,population\nE01,40\nE02,20\n');
  await admin.post(`/barometer/waves/${wave.id}/open`);
  await admin.post('/items/assignments', {
    user: demoUser('enumerator1').id,
    wave: wave.id,
    establishment: await idOf(admin, 'establishments', 'E01'),
  });
  const validated = await admin.get<Array<{ answers: Record<string, unknown> }>>(
    '/items/interviews?filter[wave][code][_eq]=W2&filter[status][_eq]=validated&filter[establishment][code][_eq]=E01&fields=answers&limit=6',
  );
  // Skip logic leaves different questions unasked: the columns are every answered one.
  const questions = [...new Set(validated.flatMap(({ answers }) => Object.keys(answers)))];
  await send(
    `/barometer/waves/${wave.id}/interviews/import`,
    interviewImportCsv(
      questions,
      validated.map(({ answers }, position) => ({
        interview_code: `${code}-${position + 1}`,
        participant_code: `P-${code}-${position + 1}`,
        establishment_code: 'E01',
        status: 'validated',
        enumerator_email: demoUser('enumerator1').email,
        answers,
      })),
    ),
  );
}

/** Clicks an option of a dropdown field (select-dropdown) inside `scope`. */
async function choose(page: Page, scope: Locator, field: string, option: string): Promise<void> {
  await scope.locator(`.field[data-field="${field}"] .v-select`).click();
  // Exactly the option: "Mise en œuvre" is also inside "Partiellement mise en œuvre".
  await page
    .locator('.v-menu-content .v-list-item', { has: page.getByText(option, { exact: true }) })
    .first()
    .click();
}

/** The drawer's own save button (the check in its header). */
async function saveDrawer(drawer: Locator): Promise<void> {
  await drawer.locator('.header-bar button:has(i[data-icon="check"])').first().click();
  await drawer.waitFor({ state: 'detached', ...PATIENCE });
}

describe('Baromètre module: the normative framework', () => {
  let browser: Browser;
  const code = `F${randomBytes(2).toString('hex').toUpperCase()}`;
  // Short enough for one line of the report's status column, where pdftotext reads it whole.
  const evidence = `Parents avisés (${code}).`;

  beforeAll(async () => {
    browser = await launchBrowser();
    await scratchWave(code);
  }, 240_000);
  afterAll(async () => browser?.close());

  it('links an indicator to a rule with a target, follows a W1 recommendation, publishes, and the report shows them', async () => {
    const { page, screenshot } = await openAppAs(browser, 'coordinator', { width: 1440, height: 900 });

    // (0) The module's home offers the strategy guidelines; the session cookie is enough for its links.
    await page.locator('.module-bar .modules a[href$="/barometer"]').click();
    const strategy = page.locator('[data-strategy]');
    await strategy.waitFor(PATIENCE);
    for (const [format, type] of [
      ['xlsx', 'spreadsheetml'],
      ['pdf', 'application/pdf'],
    ] as const) {
      const href = String(await strategy.locator(`[data-strategy-format="${format}"] a`).getAttribute('href'));
      expect(new URL(href).pathname).toBe('/barometer/strategy');
      const answer = await page.request.get(href, { timeout: BUILD_PATIENCE.timeout });
      expect(answer.status(), format).toBe(200);
      expect(answer.headers()['content-type'], format).toContain(type);
    }
    await strategy.scrollIntoViewIfNeeded();
    await screenshot('framework-strategy-downloads');

    // (1) Module bar → Baromètre → Indicateurs → "Parents informés" → "Règles suivies" → Créer.
    await page.locator('.module-nav a[href$="/content/indicators"], a[href$="/content/indicators"]').first().click();
    await page.locator('tbody tr', { hasText: 'LEG_PARENTS_INFORMED' }).first().click();
    await page.waitForURL(/\/content\/indicators\/\d+$/);
    const standards = formField(page, 'standards');
    await standards.waitFor(PATIENCE);
    await standards
      .locator('.v-skeleton-loader')
      .first()
      .waitFor({ state: 'detached', ...PATIENCE });
    const before = await standards.locator('.v-list-item').count();
    await standards.locator('.actions button', { hasText: 'Nouveau' }).first().click();
    const linkDrawer = page.locator('.v-drawer').last();
    await linkDrawer.locator('.field[data-field="rule"]').waitFor(PATIENCE);
    await pickRelated(page, 'rule', 'MA-CONST', 'MA-CONST', linkDrawer);
    await choose(page, linkDrawer, 'nature', 'S’en approche');
    await linkDrawer.locator('.field[data-field="target"] input').fill('1');
    await screenshot('framework-link-rule');
    await saveDrawer(linkDrawer);
    await expect.poll(() => standards.locator('.v-list-item').count(), PATIENCE).toBe(before + 1);
    await saveItem(page);
    await page.waitForURL(/\/content\/indicators$/, PATIENCE);
    const coordinator = await as('coordinator');
    const links = await coordinator.get<Array<{ nature: string; target: string | number }>>(
      '/items/indicator_standards?filter[indicator][code][_eq]=LEG_PARENTS_INFORMED&filter[rule][code][_eq]=MA-CONST-art.23&fields=nature,target',
    );
    expect(links.map((link) => [link.nature, Number(link.target)])).toEqual([['approximates', 1]]);

    // (2) Module bar → Baromètre → the wave → its follow-up section → "Saisir le suivi" of a W1 recommendation.
    await page.locator('.module-bar .modules a[href$="/barometer"]').click();
    await page.locator('.barometer-home tbody tr', { hasText: code }).click();
    await page.waitForURL(new RegExp(`/barometer/waves/${code}$`));
    const followUps = page.locator('[data-section="follow-ups"]');
    await followUps.waitFor(PATIENCE);
    await followUps.scrollIntoViewIfNeeded();
    const firstLine = followUps.locator('tbody tr', { hasText: 'W1' }).first();
    const recommendationText = await firstLine.locator('td').nth(1).innerText();
    await firstLine.locator('a.edit').click();
    await page.waitForURL(/\/content\/recommendations\/\d+$/);
    const rows = formField(page, 'followups');
    await rows.waitFor(PATIENCE);
    await rows.locator('.actions button', { hasText: 'Nouveau' }).first().click();
    const followUpDrawer = page.locator('.v-drawer').last();
    await followUpDrawer.locator('.field[data-field="wave"]').waitFor(PATIENCE);
    await pickRelated(page, 'wave', code, code, followUpDrawer);
    await choose(page, followUpDrawer, 'status', 'Mise en œuvre');
    await followUpDrawer.locator('.field[data-field="evidence"] textarea').fill(evidence);
    await followUpDrawer.locator('.field[data-field="source"] input').fill('Visites de l’OMP');
    await screenshot('framework-follow-up');
    await saveDrawer(followUpDrawer);
    await saveItem(page);
    await page.waitForURL(/\/content\/recommendations$/, PATIENCE);

    // (3) Back to the wave: its follow-up shows; lock, then publish, through their dialogs.
    await page.locator('.module-bar .modules a[href$="/barometer"]').click();
    await page.locator('.barometer-home tbody tr', { hasText: code }).click();
    await page.waitForURL(new RegExp(`/barometer/waves/${code}$`));
    await expect.poll(() => followUps.innerText(), PATIENCE).toContain('Mise en œuvre');
    const summary = page.locator('.wave-summary');
    const dialog = page.locator('.transition-dialog');
    await summary.scrollIntoViewIfNeeded();
    await summary.locator('[data-action="lock"]').click();
    await expect.poll(() => dialog.innerText(), PATIENCE).toContain(`Verrouiller la vague ${code} ?`);
    const coverageConfirm = dialog.locator('[data-coverage-confirm]');
    if (await coverageConfirm.isVisible()) await coverageConfirm.click();
    await dialog.locator('[data-confirm]').click();
    await expect.poll(() => summary.locator('.status-chip').first().innerText(), BUILD_PATIENCE).toBe('Verrouillée');
    await summary.locator('[data-action="publish"]').click();
    await dialog.locator('[data-confirm]').waitFor(PATIENCE);
    await dialog.locator('[data-confirm]').click();
    await expect.poll(() => summary.locator('.status-chip').first().innerText(), BUILD_PATIENCE).toBe('Publiée');

    // (4) The report the publication filed, from the wave's report section.
    await page.reload();
    const report = page.locator('[data-section="report"]');
    await report.waitFor(PATIENCE);
    // Publication files the French edition, then the Arabic one: the French row is the one read here.
    const download = report.locator('.reports tr', { hasText: 'Édition française' }).locator('a[download]').first();
    await download.waitFor(BUILD_PATIENCE);
    await report.scrollIntoViewIfNeeded();
    await settled(page);
    await screenshot('framework-published-report');
    const [file] = await Promise.all([page.waitForEvent('download', BUILD_PATIENCE), download.click()]);
    const layout = execFileSync('pdftotext', ['-layout', await file.path(), '-'], { encoding: 'utf8' });
    writeFileSync(join(artifactsFolder, 'framework-report.txt'), layout);
    const text = layout.replace(/[\u00A0\u202F]/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain(SECTION_TITLES.followUp);
    expect(text).toContain('Mise en œuvre');
    expect(text).toContain(evidence);
    expect(text).toContain(recommendationText.slice(0, 24));
    expect(text).toContain(SECTION_TITLES.annexCompliance);
    expect(text).toContain('Lignes rouges (interdictions absolues)');
    // The rule linked above, with its indicator (its label wraps in the column) and the target set.
    expect(text).toMatch(/MA-CONST art\. 23 Parents informés de .{1,40}cible 100,0 %/);
    expect(text).toContain('s’en approche');
  }, 900_000);
});
