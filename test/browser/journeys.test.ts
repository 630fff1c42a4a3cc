// Each person lands on their task (issue 19): an enumerator on its interviews, where one tap on a drawn
// minor opens a new interview's questionnaire; a supervisor on its review queue, where "Rejeter" with a
// comment sends the interview back and the enumerator finds the comment first. French and Arabic,
// desktop and tablet.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../scripts/lib/api.ts';
import { as, asAdmin } from '../helpers.ts';
import { closeTabletNavigation, launchBrowser, openAppAs, PATIENCE, settled } from './browser.ts';

const TABLET = { width: 800, height: 1280 };

describe('landing and journeys by role', () => {
  let browser: Browser;
  let admin: Api;
  beforeAll(async () => {
    browser = await launchBrowser();
    admin = await asAdmin();
  });
  afterAll(async () => browser?.close());

  it.each([
    ['coordinator', '/admin/barometer'],
    ['analyst', '/admin/barometer'],
    ['supervisor1', '/admin/barometer/review'],
    ['enumerator1', '/admin/barometer/interviews'],
  ] as const)('lands %s on %s after signing in', async (key, path) => {
    const { page } = await openAppAs(browser, key);
    await page.waitForURL((url) => url.pathname === path, PATIENCE);
    expect(new URL(page.url()).pathname).toBe(path);
    await page.context().close();
  });

  it('lets an enumerator on a tablet open a new interview of a drawn minor in one tap', async () => {
    const { page, screenshot } = await openAppAs(browser, 'enumerator1', TABLET);
    await page.waitForURL(/\/admin\/barometer\/interviews$/, PATIENCE);
    const first = page.locator('[data-section="start"] [data-participant]').first();
    await first.waitFor(PATIENCE);
    await closeTabletNavigation(page);
    const participant = String(await first.getAttribute('data-participant'));
    await screenshot('journey-enumerator-start-tablet');
    await first.click();
    await page.waitForURL(/\/admin\/content\/interviews\/\d+$/, PATIENCE);
    const form = page.locator('.barometer-questionnaire');
    await form.waitFor(PATIENCE);
    // Consent is the questionnaire's own first step: two taps, and the first question shows (three in all).
    await form.locator('[data-consent="consent_guardian"]').click();
    await form.locator('[data-consent="assent_child"]').click();
    await form.locator('[data-question]').first().waitFor(PATIENCE);
    // The questionnaire takes the tablet's width: no side panel beside it.
    const width = await form.evaluate((element) => element.getBoundingClientRect().width);
    expect(width).toBeGreaterThan(TABLET.width * 0.8);
    const id = Number(new URL(page.url()).pathname.split('/').pop());
    const enumerator = await as('enumerator1');
    const created = await enumerator.get<{
      status: string;
      participant: { code: string };
      wave: { code: string; status: string };
    }>(`/items/interviews/${id}?fields=status,participant.code,wave.code,wave.status`);
    expect(created).toMatchObject({ status: 'draft', participant: { code: participant }, wave: { status: 'open' } });
    await page.locator('.header-bar button:has(i[data-icon="check"])').first().click();
    await expect
      .poll(
        async () =>
          await enumerator.get<{ consent_guardian: boolean; assent_child: boolean }>(
            `/items/interviews/${id}?fields=consent_guardian,assent_child`,
          ),
        PATIENCE,
      )
      .toEqual({ consent_guardian: true, assent_child: true });
    await screenshot('journey-enumerator-questionnaire-tablet');
    await page.context().close();
    await admin.raw('DELETE', `/items/interviews/${id}`);
  });

  it('shows the Arabic-speaking enumerator its page in Arabic, right to left', async () => {
    const { page, screenshot } = await openAppAs(browser, 'enumerator2');
    await page.waitForURL(/\/admin\/barometer\/interviews$/, PATIENCE);
    const body = page.locator('.journey-page');
    await body.waitFor(PATIENCE);
    expect(await body.getAttribute('dir')).toBe('rtl');
    expect(await page.locator('[data-section="start"] h2').innerText()).toBe('مقابلة جديدة');
    await screenshot('journey-enumerator-arabic');
    // The module's other page an enumerator sees, the waves, and its navigation are Arabic too.
    await page.locator('.module-nav-item, .v-list-item', { hasText: 'الموجات' }).first().click();
    await page.waitForURL((url) => url.pathname === '/admin/barometer', PATIENCE);
    const home = page.locator('.barometer-home');
    await home.waitFor(PATIENCE);
    expect(await home.getAttribute('dir')).toBe('rtl');
    await expect.poll(() => home.locator('.status-chip').allInnerTexts(), PATIENCE).toContain('مفتوحة');
    expect(await home.locator('th').allInnerTexts()).toEqual(expect.arrayContaining(['الرمز', 'الموجة', 'الحالة']));
    // Wave labels are data, written by the coordinator in French; the page's own words are Arabic.
    expect(await home.innerText()).not.toMatch(/Statut|Couverture|Date de référence|Pas de base/);
    await screenshot('journey-enumerator-arabic-waves');
    await page.context().close();
  });

  it('lets a supervisor reject from its queue with a comment that the enumerator then reads first', async () => {
    const { page, screenshot } = await openAppAs(browser, 'supervisor1');
    await page.waitForURL(/\/admin\/barometer\/review$/, PATIENCE);
    const row = page.locator('[data-section="review-queue"] tbody tr').first();
    await row.waitFor(PATIENCE);
    const headers = await page.locator('[data-section="review-queue"] th').allInnerTexts();
    expect(headers.map((text) => text.trim()).filter((text) => text !== '')).toEqual([
      'Code de l’entretien',
      'Vague',
      'Établissement',
      'Code participant',
      'Date de l’entretien',
      'Durée (min)',
      'Enquêteur',
    ]);
    await screenshot('journey-supervisor-queue');
    await row.click();
    await page.waitForURL(/\/admin\/content\/interviews\/\d+$/, PATIENCE);
    const id = Number(new URL(page.url()).pathname.split('/').pop());
    const before = await admin.get<{ user_created: string; review_comment: string | null }>(
      `/items/interviews/${id}?fields=user_created,review_comment`,
    );
    const bar = page.locator('[data-review-bar]');
    await bar.waitFor(PATIENCE);
    await bar.locator('[data-review="reject"]').click();
    expect(await bar.innerText()).toContain('Écrivez ce qu’il faut corriger avant de rejeter.');
    const comment = 'Question AGE : vérifier l’âge avec le registre.';
    await bar.locator('[data-review-comment] textarea').fill(comment);
    await bar.locator('[data-review="reject"]').click();
    await page.waitForURL((url) => url.pathname !== `/admin/content/interviews/${id}`, PATIENCE);
    const after = await admin.get<{ status: string; review_comment: string; reviewed_by: string | null }>(
      `/items/interviews/${id}?fields=status,review_comment,reviewed_by`,
    );
    expect(after).toMatchObject({ status: 'rejected', review_comment: comment });
    await page.context().close();

    try {
      const enumeratorKey =
        before.user_created ===
        (await admin.get<Array<{ id: string }>>('/users?filter[email][_eq]=enqueteur2@example.com&fields=id'))[0]?.id
          ? 'enumerator2'
          : 'enumerator1';
      const enumerator = await openAppAs(browser, enumeratorKey);
      await enumerator.page.waitForURL(/\/admin\/barometer\/interviews$/, PATIENCE);
      const correction = enumerator.page.locator('[data-section="to-correct"] li', { hasText: comment });
      await correction.waitFor(PATIENCE);
      await correction.locator('a, button').first().click();
      await enumerator.page.waitForURL(new RegExp(`/admin/content/interviews/${id}$`), PATIENCE);
      const notice = enumerator.page.locator('[data-rejection]');
      await notice.waitFor(PATIENCE);
      expect(await notice.innerText()).toContain(comment);
      // Nothing on the page asks what the enumerator may not read (the reviewer's user record).
      await settled(enumerator.page);
      expect(await enumerator.page.locator('#dialog-outlet .v-card.error').count()).toBe(0);
      expect(await enumerator.page.locator('body').innerText()).not.toContain('FORBIDDEN');
      await enumerator.screenshot('journey-enumerator-rejected');
      await enumerator.page.context().close();
    } finally {
      await admin.patch(`/items/interviews/${id}`, { status: 'submitted', review_comment: before.review_comment });
      expect((await admin.get<{ status: string }>(`/items/interviews/${id}?fields=status`)).status).toBe('submitted');
    }
  });
});
