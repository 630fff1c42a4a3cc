// A repeat in the questionnaire interface (issue 20): an enumerator adds two visits with "Ajouter",
// removes a third with "Supprimer", sees an instance's broken constraint named by its instance, and
// saves (and the same in Arabic on a tablet); the server stores the two instances with their
// calculations and refuses a submission whose instance breaks its constraint, naming the instance.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Api } from '../../scripts/lib/api.ts';
import { expectBrokenVisitRefused, repeatWave, TWO_VISITS_STORED, type RepeatWave } from '../fixtures/repeat-wave.ts';
import { as, asAdmin } from '../helpers.ts';
import { closeTabletNavigation, goToApp, launchBrowser, openAppAs, PATIENCE } from './browser.ts';
import { question, questionnaire, saveItem } from './item-form.ts';

let browser: Browser;
let admin: Api;
let wave: RepeatWave;

beforeAll(async () => {
  browser = await launchBrowser();
  admin = await asAdmin();
  wave = await repeatWave(admin, await as('coordinator'));
});
afterAll(async () => browser?.close());

describe('a repeat in the questionnaire interface', () => {
  it('adds and removes instances, names the instance of a broken constraint, and saves two instances', async () => {
    const { page, screenshot } = await openAppAs(browser, 'enumerator1', { width: 1440, height: 900 });
    await goToApp(page, `/content/interviews/${wave.interviewId}`);
    const repeat = questionnaire(page).locator('[data-repeat="VISITE"]');
    await repeat.waitFor(PATIENCE);
    expect(await repeat.innerText()).toContain('Aucune instance pour l’instant.');

    const add = repeat.locator('[data-action="add-instance"]');
    for (let count = 1; count <= 3; count += 1) {
      await add.click();
      await expect.poll(() => repeat.locator('.repeat-instance').count(), PATIENCE).toBe(count);
    }
    const instance = (number: number) => repeat.locator(`.repeat-instance[data-instance="${number}"]`);
    await instance(3).locator('[data-action="remove-instance"]').click();
    await expect.poll(() => repeat.locator('.repeat-instance').count(), PATIENCE).toBe(2);

    await instance(1).locator('[data-question="V_QUI"] .v-radio', { hasText: 'Parent' }).click();
    await instance(1).locator('[data-question="V_MINUTES"] input').fill('30');
    await instance(2).locator('[data-question="V_QUI"] .v-radio', { hasText: 'Avocat' }).click();
    await instance(2).locator('[data-question="V_MINUTES"] input').fill('500');
    await page.keyboard.press('Tab');
    const message = instance(2).locator('[data-question="V_MINUTES"] .message');
    await expect
      .poll(() => message.innerText(), PATIENCE)
      .toContain('Répétition « VISITE », instance 2 : Entre 1 et 240 minutes');
    expect(await instance(1).locator('[data-question="V_MINUTES"] .message').count()).toBe(0);
    await expect.poll(() => instance(2).locator('[data-question="V_RANG"] input').inputValue(), PATIENCE).toBe('2');
    await repeat.scrollIntoViewIfNeeded();
    await screenshot('repeat-fr-constraint');

    await instance(2).locator('[data-question="V_MINUTES"] input').fill('45');
    await page.keyboard.press('Tab');
    await expect.poll(() => message.count(), PATIENCE).toBe(0);
    await expect.poll(() => question(page, 'MINUTES').locator('input').inputValue(), PATIENCE).toBe('75');
    await saveItem(page);
    await expect
      .poll(
        async () =>
          (await admin.get<{ answers: unknown }>(`/items/interviews/${wave.interviewId}?fields=answers`)).answers,
        PATIENCE,
      )
      .toEqual(TWO_VISITS_STORED);
  });

  it('reads right to left in Arabic on a tablet, with إضافة and حذف, and saves the instance', async () => {
    const arabic = await repeatWave(admin, await as('coordinator'), 'enumerator2');
    const { page, screenshot } = await openAppAs(browser, 'enumerator2', { width: 800, height: 1280 });
    await goToApp(page, `/content/interviews/${arabic.interviewId}`);
    const repeat = questionnaire(page).locator('[data-repeat="VISITE"]');
    await repeat.waitFor(PATIENCE);
    await closeTabletNavigation(page);
    expect(await repeat.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
    expect(await repeat.locator('legend').innerText()).toBe('زيارة');
    await repeat.locator('[data-action="add-instance"]', { hasText: 'إضافة' }).click();
    const instance = repeat.locator('.repeat-instance[data-instance="1"]');
    await instance.waitFor(PATIENCE);
    expect(await instance.locator('.instance-header').innerText()).toContain('النسخة 1');
    expect(await instance.locator('[data-action="remove-instance"]').innerText()).toBe('حذف');
    await instance.locator('[data-question="V_QUI"] .v-radio', { hasText: 'والد' }).click();
    await instance.locator('[data-question="V_MINUTES"] input').fill('20');
    await page.keyboard.press('Tab');
    await repeat.scrollIntoViewIfNeeded();
    await screenshot('repeat-ar-tablet');
    await saveItem(page);
    await expect
      .poll(
        async () =>
          (await admin.get<{ answers: { VISITE?: unknown } }>(`/items/interviews/${arabic.interviewId}?fields=answers`))
            .answers.VISITE,
        PATIENCE,
      )
      .toEqual([{ V_QUI: 'parent', V_MINUTES: 20, V_RANG: 1 }]);
  });

  it('is refused by the server when an instance breaks its constraint, with the instance named', async () => {
    await expectBrokenVisitRefused(await as('enumerator1'), wave.interviewId);
  });
});
