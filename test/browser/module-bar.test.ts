// The module bar's "Saisie hors ligne" link, clicked as an enumerator would, opens the offline page
// (issue 19: it used to open the app's "Page non trouvée" at /admin/barometer/field/).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { instance } from '../helpers.ts';
import { launchBrowser, openAppAs } from './browser.ts';

describe('module bar', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it('takes an enumerator who clicks "Saisie hors ligne" to the offline page', async () => {
    const { page, screenshot } = await openAppAs(browser, 'enumerator1');
    const link = page.locator('.module-bar .modules a', {
      has: page.locator('[data-icon="cloud_off"], i:text("cloud_off")'),
    });
    await link.first().waitFor();
    const opened = page
      .context()
      .waitForEvent('page', { timeout: 60_000 })
      .catch(() => null);
    await link.first().click();
    const target =
      (await Promise.race([opened, page.waitForURL(/\/barometer\/field\//, { timeout: 60_000 }).then(() => page)])) ??
      page;
    await target.waitForURL(/\/barometer\/field\//, { timeout: 60_000 });
    expect(new URL(target.url()).pathname).toBe('/barometer/field/');
    expect(new URL(target.url()).origin).toBe(new URL(instance().url).origin);
    await target.locator('input[name="passphrase"]').waitFor();
    expect(await target.locator('body').innerText()).not.toContain('Page non trouvée');
    await screenshot('module-bar-field-link');
  });
});
