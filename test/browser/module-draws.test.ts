// Issue 9, the sample draw in the Baromètre module: a coordinator draws W2's sample from a CSV list with a
// seed (a bad list first) and reads the selection the endpoint recorded; an enumerator and a supervisor
// open W2 and find the draws they may see, on a page that shows them nothing they may not.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator } from 'playwright-core';
import { as } from '../helpers.ts';
import { launchBrowser, openAppAs, openWave, PATIENCE } from './browser.ts';

interface LatestDraws {
  draws: Array<{
    establishment: string;
    seed: string;
    list_sha256: string;
    selected: string[];
    replacements: string[];
  }>;
}

/** The establishments whose draw the page shows, once the first one is there. */
async function shownEstablishments(section: Locator): Promise<string[]> {
  await section.locator('[data-draw]').first().waitFor(PATIENCE);
  return section
    .locator('[data-draw]')
    .evaluateAll((articles) => articles.map((article) => article.getAttribute('data-draw') ?? ''));
}

const codesIn = (list: Locator) => list.locator('code').allInnerTexts();

describe('Baromètre module: sample draw', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it('lets a coordinator draw W2 from a list with a seed and shows the selection the server recorded', async () => {
    const suffix = randomBytes(3).toString('hex').toUpperCase();
    const seed = `Tirage public ${suffix}`;
    const list = (establishment: string, size: number) =>
      Array.from(
        { length: size },
        (_, index) => `${establishment},P-${suffix}-${establishment}-${String(index + 1).padStart(2, '0')}`,
      );

    const { page, screenshot } = await openAppAs(browser, 'coordinator', { width: 1440, height: 1000 });
    const section = await openWave(page, 'W2', 'draws');
    // The demo's draw: the establishments not visited yet.
    expect(await shownEstablishments(section)).toEqual(expect.arrayContaining(['E03', 'E07', 'E11']));

    const run = section.locator('[data-import="draw"]');
    await run.locator('.seed input').fill(seed);
    const choose = (name: string, rows: string[]) =>
      run.locator('input[type="file"]').setInputFiles({
        name,
        mimeType: 'text/csv',
        buffer: Buffer.from(['establishment_code,participant_code', ...rows].join('\n')),
      });

    // A list naming an establishment outside W2's frame and a minor twice: nothing is drawn, each row is said.
    await choose('liste-erronee.csv', [
      ...list('E09', 3),
      `E99,P-${suffix}-X`,
      list('E12', 1)[0] ?? '',
      list('E09', 1)[0] ?? '',
    ]);
    const problems = run.locator('.problems-table tbody tr');
    await expect.poll(() => problems.count(), PATIENCE).toBe(2);
    expect(await problems.nth(0).innerText()).toMatch(/5\s+establishment_code\s+.*E99/);
    expect(await problems.nth(1).innerText()).toMatch(/7\s+participant_code\s+.*ligne 2/);
    await run.scrollIntoViewIfNeeded();
    await screenshot('module-draw-refused');

    await choose('liste-presents.csv', [...list('E09', 10), ...list('E12', 5)]);
    await expect
      .poll(() => run.locator('.v-notice').innerText(), PATIENCE)
      .toContain(`« liste-presents.csv » : tirage enregistré pour 2 établissements, graine « ${seed} »`);

    const coordinator = await as('coordinator');
    const recorded = (await coordinator.get<LatestDraws>('/barometer/waves/W2/draws')).draws.filter(
      (draw) => draw.seed === seed,
    );
    expect(recorded.map((draw) => draw.establishment)).toEqual(['E09', 'E12']);
    for (const draw of recorded) {
      const article = section.locator(`[data-draw="${draw.establishment}"]`);
      await expect.poll(() => article.locator('[data-field="seed"]').innerText(), PATIENCE).toBe(seed);
      expect(await codesIn(article.locator('[data-list="selected"]'))).toEqual(draw.selected);
      expect(await codesIn(article.locator('[data-list="replacements"]'))).toEqual(draw.replacements);
      expect(await article.locator('[data-field="sha256"]').innerText()).toBe(`${draw.list_sha256.slice(0, 12)}…`);
    }
    // ceil(25 % × 10) and ceil(25 % × 5), in the order of the draw.
    expect(recorded.map((draw) => draw.selected.length)).toEqual([3, 2]);

    // The whole fingerprint on hover, to compare with `sha256sum` of the list.
    const e09 = section.locator('[data-draw="E09"]');
    await e09.scrollIntoViewIfNeeded();
    await e09.locator('[data-field="sha256"]').hover();
    await expect.poll(() => page.locator('#tooltip').innerText(), PATIENCE).toBe(recorded[0]?.list_sha256);
    await screenshot('module-draw-done');
  }, 240_000);

  it('shows the demo enumerator the draws of its own establishments only, and nothing it may not see', async () => {
    const enumerator = await as('enumerator1');
    const mine = (await enumerator.get<LatestDraws>('/barometer/waves/W2/draws')).draws;
    const assigned = new Set(
      (
        await enumerator.get<Array<{ establishment: { code: string } }>>(
          '/items/assignments?filter[wave][code][_eq]=W2&fields=establishment.code&limit=-1',
        )
      ).map((row) => row.establishment.code),
    );
    const everyone = (await (await as('coordinator')).get<LatestDraws>('/barometer/waves/W2/draws')).draws.map(
      (draw) => draw.establishment,
    );

    // The module is in the enumerator's module bar, and W2 opens from its list of waves.
    const { page, screenshot } = await openAppAs(browser, 'enumerator1');
    await page.locator('.module-bar .modules a[href$="/barometer"]').click();
    await page.locator('.barometer-home tbody tr', { hasText: 'W2' }).click();
    await page.waitForURL(/\/barometer\/waves\/W2$/);
    const section = page.locator('[data-section="draws"]');

    const shown = await shownEstablishments(section);
    expect(shown).toEqual(mine.map((draw) => draw.establishment));
    expect(shown).toContain('E03');
    expect(shown.every((code) => assigned.has(code))).toBe(true);
    // E07 is enumerator2's: the coordinator sees its draw, this enumerator does not.
    expect(everyone).toContain('E07');
    expect(shown).not.toContain('E07');
    const e03 = mine.find((draw) => draw.establishment === 'E03');
    expect(await codesIn(section.locator('[data-draw="E03"] [data-list="selected"]'))).toEqual(e03?.selected);

    // The page works: the wave's facts, no action, no draw to run, none of the sections the server refuses it.
    expect(await page.locator('.wave-summary .status-chip').first().innerText()).toBe('Ouverte');
    expect(await page.locator('.wave-page .v-notice.danger').count()).toBe(0);
    expect(await page.locator('.wave-summary [data-action]').count()).toBe(0);
    expect(await section.locator('[data-import="draw"]').count()).toBe(0);
    for (const hidden of ['coverage', 'results', 'report', 'recommendations', 'history']) {
      expect(await page.locator(`[data-section="${hidden}"]`).count(), hidden).toBe(0);
    }
    // Nor does the module's navigation link the indicators, which an enumerator may not read.
    expect(await page.locator('.module-nav-content a[href$="/content/interviews"]').count()).toBe(1);
    expect(await page.locator('.module-nav-content a[href$="/content/indicators"]').count()).toBe(0);
    await screenshot('module-draw-enumerator');
  }, 240_000);

  it('gives the Arabic-speaking enumerator the section in Arabic, with its own establishments', async () => {
    const mine = (await (await as('enumerator2')).get<LatestDraws>('/barometer/waves/W2/draws')).draws.map(
      (draw) => draw.establishment,
    );
    expect(mine).toEqual(expect.arrayContaining(['E07', 'E11']));
    expect(mine).not.toContain('E03');
    const { page, screenshot } = await openAppAs(browser, 'enumerator2');
    const section = await openWave(page, 'W2', 'draws');
    expect(await shownEstablishments(section)).toEqual(mine);
    expect(await section.locator('h2').innerText()).toBe('سحب العينة');
    expect(await section.locator('[data-draw="E07"] .list-title').first().innerText()).toBe('المختارون، بالترتيب');
    await screenshot('module-draw-enumerator-ar');
  }, 240_000);

  it('shows a supervisor every establishment’s draw and the coverage, without running a draw', async () => {
    const everyone = (await (await as('coordinator')).get<LatestDraws>('/barometer/waves/W2/draws')).draws.map(
      (draw) => draw.establishment,
    );
    const { page } = await openAppAs(browser, 'supervisor1');
    const section = await openWave(page, 'W2', 'draws');
    expect(await shownEstablishments(section)).toEqual(everyone);
    await page.locator('[data-section="coverage"] .establishments').waitFor(PATIENCE);
    expect(await section.locator('[data-import="draw"]').count()).toBe(0);
    expect(await page.locator('[data-section="history"]').count()).toBe(0);
    expect(await page.locator('.wave-summary [data-action]').count()).toBe(0);
    expect(await page.locator('.module-nav-content a[href$="/content/indicators"]').count()).toBe(1);
  }, 240_000);
});
