// A repeat on the offline entry page (issue 20): with the network cut, an enumerator starts an interview,
// adds three visits with "Ajouter", removes the third with "Supprimer", fills the two others, finishes,
// and once back online syncs: the server stores the two instances with the calculations it computes.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUser } from '../../seed/demo-users.ts';
import { repeatWave, TWO_VISITS_STORED, type RepeatWave } from '../fixtures/repeat-wave.ts';
import { as, asAdmin, instance } from '../helpers.ts';
import { launchBrowser, PATIENCE } from './browser.ts';

let browser: Browser;
let wave: RepeatWave;

beforeAll(async () => {
  browser = await launchBrowser();
  wave = await repeatWave(await asAdmin(), await as('coordinator'));
});
afterAll(async () => browser?.close());

describe('a repeat on the offline entry page', () => {
  it('adds and removes instances offline, and syncs the interview with its two visits', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, locale: 'fr-FR' });
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    const enumerator = demoUser('enumerator1');
    await page.goto(`${instance().url}/barometer/field/`);
    await page.locator('input[name="email"]').fill(enumerator.email);
    await page.locator('input[name="password"]').fill(enumerator.password);
    await page.locator('input[name="passphrase"]').fill('visites hors ligne 2026');
    await page.locator('input[name="passphrase-again"]').fill('visites hors ligne 2026');
    await page.locator('button[type="submit"]').click();
    const place = page.locator(`[data-wave="${wave.waveCode}"] [data-establishment="${wave.establishment}"]`);
    await place.waitFor(PATIENCE);
    expect(await page.evaluate(async () => Boolean(await navigator.serviceWorker.ready))).toBe(true);

    await context.setOffline(true);
    await expect.poll(() => page.locator('[data-testid="network"]').innerText(), PATIENCE).toBe('Hors ligne');
    await place.locator('input').fill(`PFREP-${wave.suffix}`);
    await place.locator('button', { hasText: 'Commencer' }).click();
    const screen = page.locator('.interview');
    await screen.waitFor();
    await screen.locator('input[name="consent_guardian"]').check();
    await screen.locator('input[name="assent_child"]').check();
    await screen.locator('[data-question="AGE"] input').fill('16');

    const repeat = screen.locator('[data-repeat="VISITE"]');
    for (let count = 1; count <= 3; count += 1) {
      await repeat.locator('[data-action="add-instance"]').click();
      await expect.poll(() => repeat.locator('.repeat-instance').count(), PATIENCE).toBe(count);
    }
    const visit = (number: number) => repeat.locator(`.repeat-instance[data-instance="${number}"]`);
    await visit(3).locator('[data-action="remove-instance"]').click();
    await expect.poll(() => repeat.locator('.repeat-instance').count(), PATIENCE).toBe(2);
    await visit(1).locator('[data-question="V_QUI"] label', { hasText: 'Parent' }).click();
    await visit(1).locator('[data-question="V_MINUTES"] input').fill('30');
    await visit(2).locator('[data-question="V_QUI"] label', { hasText: 'Avocat' }).click();
    await visit(2).locator('[data-question="V_MINUTES"] input').fill('45');
    await page.keyboard.press('Tab');
    await screen.locator('button', { hasText: 'Terminer l’entretien' }).click();
    await expect
      .poll(() => screen.locator('[data-testid="saved"]').innerText(), PATIENCE)
      .toContain('Entretien terminé');
    const code = String(await screen.getAttribute('data-code'));
    await screen.locator('button', { hasText: 'Retour à la liste' }).click();
    const state = page.locator(`.interview-row[data-code="${code}"] [data-testid="sync-state"]`);
    expect(await state.innerText()).toBe('Enregistré sur l’appareil');

    await context.setOffline(false);
    await page.locator('[data-testid="sync"]').click();
    await expect.poll(() => state.innerText(), PATIENCE).toBe('Envoyé (soumis)');
    const [saved] = await (
      await asAdmin()
    ).get<Array<{ status: string; answers: unknown }>>(
      `/items/interviews?filter[code][_eq]=${code}&fields=status,answers`,
    );
    expect(saved).toEqual({ status: 'submitted', answers: TWO_VISITS_STORED });
    await context.close();
  }, 300_000);
});
