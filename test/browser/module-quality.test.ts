// Issue 4, items 6 and 7, as a supervisor meets them: the demo supervisor opens W2 in the Baromètre
// module and finds the data quality checks and the panel attrition since W1, with the figures the
// endpoints answer it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { as } from '../helpers.ts';
import { launchBrowser, openAppAs, openWave, PATIENCE } from './browser.ts';

interface Quality {
  interviews: number;
  duplicates: Array<{ participant: string }>;
  short_interviews: Array<{ code: string }>;
  non_response: {
    questions: Array<{ question: string; missing: number }>;
    enumerators: Array<{ enumerator: { name: string } | null; interviews: number }>;
  };
}
interface Attrition {
  previous_wave: string | null;
  previous_respondents: number;
  reinterviewed: number;
  counts: { released: number; transferred: number; lost: number; detained: number };
  participants: Array<{ participant: string }>;
}

describe('Baromètre module: data quality', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it('shows the demo supervisor W2’s quality checks and attrition, as the endpoints answer them', async () => {
    const supervisor = await as('supervisor1');
    const quality = await supervisor.get<Quality>('/barometer/waves/W2/quality');
    const attrition = await supervisor.get<Attrition>('/barometer/waves/W2/attrition');
    // The demo has something to show: short interviews in W1 and W2, and W1 respondents who left.
    expect(quality.interviews).toBeGreaterThan(0);
    expect(quality.short_interviews.length).toBeGreaterThan(0);
    expect(attrition.previous_wave).toBe('W1');
    expect(attrition.participants.length).toBeGreaterThan(0);

    const { page, screenshot } = await openAppAs(browser, 'supervisor1', { width: 1440, height: 1000 });
    // The module is in the supervisor's module bar.
    await page.locator('.module-bar a[href$="/barometer"]').waitFor(PATIENCE);
    const section = await openWave(page, 'W2', 'quality');

    const figure = (key: string) => section.locator(`[data-figure="${key}"] .value`);
    await expect.poll(() => figure('interviews').innerText(), PATIENCE).toBe(String(quality.interviews));
    expect(await figure('short').innerText()).toBe(String(quality.short_interviews.length));
    expect(await figure('duplicates').innerText()).toBe(String(quality.duplicates.length));

    const shortRows = section.locator('[data-quality="short"] tbody tr');
    expect(await shortRows.count()).toBe(quality.short_interviews.length);
    expect(await shortRows.first().innerText()).toContain(quality.short_interviews[0]?.code ?? '?');
    expect(await section.locator('[data-quality="questions"] tbody tr').count()).toBe(
      quality.non_response.questions.filter((entry) => entry.missing > 0).length,
    );
    const enumerators = section.locator('[data-quality="enumerators"] tbody tr');
    expect(await enumerators.count()).toBe(quality.non_response.enumerators.length);
    const [first] = quality.non_response.enumerators;
    expect(await enumerators.first().innerText()).toMatch(
      new RegExp(`${first?.enumerator?.name ?? 'Import sans enquêteur'}\\s.*\\s${first?.interviews}\\s`),
    );
    await section.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await screenshot('module-quality-w2');

    const part = section.locator('[data-quality="attrition"]');
    expect(await part.locator('h3').innerText()).toContain('depuis W1');
    const counts = part.locator('.attrition-counts tbody tr');
    expect(await counts.nth(0).innerText()).toMatch(
      new RegExp(`Réinterrogés dans cette vague\\s+${attrition.reinterviewed}\\s`),
    );
    expect(await counts.nth(1).innerText()).toMatch(new RegExp(`Libéré\\s+${attrition.counts.released}\\s`));
    expect(await counts.nth(2).innerText()).toMatch(new RegExp(`Transféré\\s+${attrition.counts.transferred}\\s`));
    expect(await counts.nth(3).innerText()).toMatch(new RegExp(`Perdu de vue\\s+${attrition.counts.lost}\\s`));
    expect(await counts.nth(4).innerText()).toMatch(
      new RegExp(`Toujours détenu, non réinterrogé\\s+${attrition.counts.detained}\\s`),
    );
    // The list of who left is folded under its count, a long list in a wave still in the field.
    const list = part.locator('.attrition-participants');
    expect(await list.locator('.activator').innerText()).toContain(
      `${attrition.participants.length} participants non réinterrogés`,
    );
    await list.locator('.activator').click();
    const left = list.locator('tbody tr');
    await expect.poll(() => left.count(), PATIENCE).toBe(attrition.participants.length);
    expect(await left.first().innerText()).toContain(attrition.participants[0]?.participant ?? '?');
    await part.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await screenshot('module-quality-w2-attrition');

    // What a supervisor may not read is not offered: no figures, reports or journal.
    for (const hidden of ['results', 'report', 'history'])
      expect(await page.locator(`[data-section="${hidden}"]`).count(), hidden).toBe(0);
  }, 240_000);
});
