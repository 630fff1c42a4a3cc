// The Insights dashboard "Baromètre" (seed/system/seed-dashboards.ts): an analyst opens it from the
// Insights list and reads the locked wave's score, its indicators and the open wave's coverage, drawn
// by the bundle's `barometer-score` and `barometer-coverage` panels.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { as } from '../helpers.ts';
import { goToApp, launchBrowser, openAppAs, PATIENCE } from './browser.ts';

interface Score {
  readonly overall: { readonly score: number } | null;
  readonly dimensions: ReadonlyArray<{ readonly code: string }>;
}
interface Coverage {
  readonly establishments: ReadonlyArray<{ readonly code: string; readonly warning: boolean }>;
}

describe('Insights: the Baromètre dashboard', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it('shows an analyst the W1 score as the API gives it, its indicators and the W2 coverage bars', async () => {
    const analyst = await as('analyst');
    const score = await analyst.get<Score>('/barometer/waves/W1/score');
    const coverage = await analyst.get<Coverage>('/barometer/waves/W2/coverage');
    const indicators = await analyst.get<Array<{ code: string }>>('/items/indicators?fields=code&limit=-1');
    if (!score.overall) throw new Error('The demo W1 has no overall score');
    const expectedScore = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
      score.overall.score,
    );

    // Wide enough for the dashboard's 52 grid columns beside the navigation and the open sidebar.
    const { page, screenshot } = await openAppAs(browser, 'analyst', { width: 1600, height: 1000 });
    await goToApp(page, '/insights');
    await page.locator('.v-table tbody tr').filter({ hasText: 'Baromètre' }).click(PATIENCE);
    await page.waitForURL(/\/admin\/insights\/[0-9a-f-]{36}/, PATIENCE);

    const overall = page.locator('.barometer-score .overall-score');
    await expect.poll(() => overall.textContent(), PATIENCE).toBe(expectedScore);
    expect(await page.locator('.barometer-score .dimensions .score-gauge').count()).toBe(score.dimensions.length);
    expect(await page.locator('.barometer-score').first().innerText()).toContain('figé au verrouillage');
    await expect.poll(() => page.locator('.indicator-table tbody tr').count(), PATIENCE).toBe(indicators.length);

    const bars = page.locator('.barometer-coverage .coverage-row');
    await expect.poll(() => bars.count(), PATIENCE).toBe(coverage.establishments.length);
    const warned = coverage.establishments
      .filter((establishment) => establishment.warning)
      .map((establishment) => establishment.code);
    const shownWarned = await page.locator('.barometer-coverage .coverage-row.warning .code').allTextContents();
    expect(shownWarned).toEqual(warned);
    await screenshot('analyst-insights-barometre');
  });
});
