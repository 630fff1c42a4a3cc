// Every link of the module bar (the app's left bar), clicked as each role would, opens a page that works
// (issue 19: "Saisie hors ligne" opened the app's "Page non trouvée" at /admin/barometer/field/).
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { instance } from '../helpers.ts';
import { artifactsFolder, launchBrowser, openAppAs, PATIENCE, settled } from './browser.ts';

const MODULE_LINKS = '.module-bar .modules a';

/** Clicks a link of the module bar and gives back the page it opened: the same tab, or a new one. */
async function follow(page: Page, link: Locator): Promise<Page> {
  const before = page.url();
  // Whichever comes first: a new tab, or this one leaving its address (a link to the page already shown
  // does neither, and both waits end after 5 s).
  const opened = page
    .context()
    .waitForEvent('page', { timeout: 5_000 })
    .catch(() => null);
  const moved = page
    .waitForURL((url) => url.href !== before, { timeout: 5_000 })
    .then(() => page)
    .catch(() => null);
  await link.click();
  const target = await new Promise<Page>((resolve) => {
    let pending = 2;
    const settle = (result: Page | null) => {
      pending -= 1;
      if (result) resolve(result);
      else if (pending === 0) resolve(page);
    };
    void opened.then(settle);
    void moved.then(settle);
  });
  await target.waitForLoadState('domcontentloaded');
  return target;
}

async function expectWorkingPage(target: Page, label: string): Promise<void> {
  // The app's router renders its "not found" view inside the app; the offline page is outside it.
  await target.locator('.private-view, #app .field-app, input[name="passphrase"]').first().waitFor(PATIENCE);
  await settled(target);
  const text = await target.locator('body').innerText();
  expect(text, label).not.toMatch(/Page non trouvée|Page not found|الصفحة غير موجودة/);
  expect(await target.locator('.v-error:visible').count(), label).toBe(0);
  expect(new URL(target.url()).origin, label).toBe(new URL(instance().url).origin);
}

describe('module bar', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it.each(['coordinator', 'supervisor1', 'enumerator1', 'enumerator2', 'analyst'] as const)(
    'opens a working page for each link %s clicks',
    async (key) => {
      const { page } = await openAppAs(browser, key);
      await page.locator(MODULE_LINKS).first().waitFor(PATIENCE);
      const count = await page.locator(MODULE_LINKS).count();
      expect(count).toBeGreaterThanOrEqual(4);
      const visited: string[] = [];
      for (let index = 0; index < count; index += 1) {
        const target = await follow(page, page.locator(MODULE_LINKS).nth(index));
        const path = new URL(target.url()).pathname;
        visited.push(path);
        await expectWorkingPage(target, `${key}: link ${index + 1} → ${path}`);
        if (key === 'enumerator1' && path === '/barometer/field/')
          await target.screenshot({ path: join(artifactsFolder, 'module-bar-field-link.png') });
        if (target !== page) await target.close();
      }
      expect(visited).toContain('/admin/barometer');
      expect(visited).toContain('/barometer/field/');
      expect(visited).not.toContain('/admin/barometer/field/');
      await page.context().close();
    },
  );
});
