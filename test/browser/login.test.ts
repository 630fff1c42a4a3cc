// The admin app loads with the bundle: a coordinator logs in and finds the Baromètre module.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { goToApp, launchBrowser, openAppAs } from './browser.ts';

describe('Directus app', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it('shows the Baromètre module with the demo waves to a coordinator', async () => {
    const { page, screenshot } = await openAppAs(browser, 'coordinator');
    await goToApp(page, '/barometer');
    const firstWave = page.locator('.barometer-home tbody tr').filter({ has: page.locator('td', { hasText: /^W1$/ }) });
    await firstWave.waitFor({ timeout: 60_000 });
    expect(await firstWave.innerText()).toContain('Verrouillée');
    await screenshot('coordinator-module-home');
  });
});
