// Offline entry (issue 9): the network is cut, an enumerator fills interviews on the offline page,
// reloads it still offline and finds them, reconnects and syncs; each accepted interview is on the
// server once, a refused one shows why, and what the device stores cannot be read without the passphrase.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../scripts/lib/api.ts';
import { demoUser } from '../../seed/demo-users.ts';
import { buildWorld, type World } from '../fixtures/world.ts';
import { as, asAdmin, count } from '../helpers.ts';
import { artifactsFolder, launchBrowser, PATIENCE } from './browser.ts';
import { answer, setUpFieldPage } from './field-page.ts';

const PASSPHRASE = 'cellule bleue 2026';

/** Starts an interview from the home list, gives consent and answers the world's questionnaire. */
async function fillInterview(
  page: Page,
  start: () => Promise<void>,
  answers: { sex: string; age: string; school?: string },
  beforeFinish: () => Promise<unknown> = async () => undefined,
): Promise<string> {
  await start();
  const screen = page.locator('.interview');
  await screen.waitFor();
  await screen.locator('input[name="consent_guardian"]').check();
  await screen.locator('input[name="assent_child"]').check();
  await answer(page, 'SEX', { choice: answers.sex });
  await answer(page, 'AGE', { text: answers.age });
  if (answers.school) await answer(page, 'SCHOOL', { choice: answers.school });
  else expect(await page.locator('[data-question="SCHOOL"]').count()).toBe(0);
  await beforeFinish();
  await screen.locator('button', { hasText: 'Terminer l’entretien' }).click();
  await expect.poll(() => screen.locator('[data-testid="saved"]').innerText(), PATIENCE).toContain('Entretien terminé');
  const code = String(await screen.getAttribute('data-code'));
  await screen.locator('button', { hasText: 'Retour à la liste' }).click();
  return code;
}

function stateOf(page: Page, code: string) {
  return page.locator(`.interview-row[data-code="${code}"] [data-testid="sync-state"]`).innerText();
}

describe('offline entry page', () => {
  let browser: Browser;
  let admin: Api;
  let world: World;
  let drawn: string[];
  let otherAssignment: number;

  beforeAll(async () => {
    browser = await launchBrowser();
    admin = await asAdmin();
    world = await buildWorld(admin, 'offline');
    const codes = [1, 2, 3, 4, 5, 6, 7, 8].map((index) => `D${index}-${world.suffix}`.slice(0, 64));
    const list = codes.map((code) => `${world.establishmentCode},${code}`).join('\n');
    await admin.request(
      'POST',
      `/barometer/waves/${world.wave}/draws?seed=offline-test`,
      `establishment_code,participant_code\n${list}\n`,
      { 'content-type': 'text/csv' },
    );
    const draws = await admin.get<{ draws: Array<{ selected: string[] }> }>(`/barometer/waves/${world.wave}/draws`);
    drawn = draws.draws[0]?.selected ?? [];
    // Assigned to a second establishment when the enumerator downloads, no longer when it syncs.
    otherAssignment = (
      await admin.post<{ id: number }>('/items/assignments', {
        user: demoUser('enumerator1').id,
        wave: world.wave,
        establishment: world.otherEstablishment,
      })
    ).id;
  });
  afterAll(async () => browser?.close());

  it('keeps interviews typed offline through a reload, encrypted, and syncs them once each', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, locale: 'fr-FR' });
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    const shots = join(artifactsFolder, 'field');
    mkdirSync(shots, { recursive: true });
    const screenshot = (name: string) => page.screenshot({ path: join(shots, `${name}.png`) });

    const enumerator = demoUser('enumerator1');
    await setUpFieldPage(page, enumerator, PASSPHRASE);
    await screenshot('1-connexion');
    await page.locator('button[type="submit"]').click();
    const waveCard = page.locator(`[data-wave="${world.waveCode}"]`);
    await waveCard.waitFor();
    expect(
      await waveCard.locator(`[data-establishment="${world.establishmentCode}"] .participant-list`).first().innerText(),
    ).toContain(String(drawn[0]));
    // The page's files must be in the service worker's cache before the network goes.
    expect(await page.evaluate(async () => Boolean(await navigator.serviceWorker.ready))).toBe(true);

    await context.setOffline(true);
    await expect.poll(() => page.locator('[data-testid="network"]').innerText(), PATIENCE).toBe('Hors ligne');
    const first = await fillInterview(
      page,
      () => waveCard.locator(`li[data-participant="${drawn[0]}"] button`).click(),
      { sex: 'Fille', age: '15', school: 'Oui' },
      () => screenshot('2-entretien'),
    );
    const second = await fillInterview(
      page,
      () => waveCard.locator(`li[data-participant="${drawn[1]}"] button`).click(),
      { sex: 'Garçon', age: '17' },
    );
    const typedParticipant = `T-${world.suffix}`.slice(0, 64);
    const third = await fillInterview(
      page,
      async () => {
        const other = waveCard.locator(`[data-establishment="${world.otherEstablishmentCode}"]`);
        await other.locator('input').fill(typedParticipant);
        await other.locator('button', { hasText: 'Commencer' }).click();
      },
      { sex: 'Fille', age: '13', school: 'Non' },
    );
    for (const code of [first, second, third]) expect(await stateOf(page, code)).toBe('Enregistré sur l’appareil');
    await screenshot('3-liste-hors-ligne');

    // Still offline: the page comes back from the service worker, the interviews from the vault.
    await page.reload();
    await page.locator('input[name="passphrase"]').fill('mauvaise phrase');
    await page.locator('button[type="submit"]').click();
    await expect.poll(() => page.locator('.v-notice.danger').innerText(), PATIENCE).toBe('Phrase secrète incorrecte.');
    await page.locator('input[name="passphrase"]').fill(PASSPHRASE);
    await page.locator('button[type="submit"]').click();
    for (const code of [first, second, third])
      await expect.poll(() => stateOf(page, code), PATIENCE).toBe('Enregistré sur l’appareil');

    const stored: string = await page.evaluate(
      () =>
        new Promise<string>((resolve, reject) => {
          const request = indexedDB.open('omp-barometre-terrain');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const read = request.result.transaction('vault').objectStore('vault').getAll();
            read.onsuccess = () => resolve(JSON.stringify(read.result));
            read.onerror = () => reject(read.error);
          };
        }),
    );
    expect(stored.length).toBeGreaterThan(1_000);
    for (const secret of [
      first,
      second,
      drawn[0] ?? '?',
      typedParticipant,
      'Fille',
      '"AGE"',
      enumerator.email,
      PASSPHRASE,
    ])
      expect(stored).not.toContain(secret);

    // Offline, a sync leaves everything on the device.
    await page.locator('[data-testid="sync"]').click();
    await expect.poll(() => stateOf(page, first), PATIENCE).toBe('Enregistré sur l’appareil');

    await admin.delete(`/items/assignments/${otherAssignment}`);
    await context.setOffline(false);
    await page.locator('[data-testid="sync"]').click();
    await expect
      .poll(() => page.locator('[data-testid="sync-summary"]').innerText(), PATIENCE)
      .toBe('2 envoyé(s), 1 refusé(s), 0 en conflit, 0 en attente.');
    expect(await stateOf(page, first)).toBe('Envoyé (soumis)');
    expect(await stateOf(page, third)).toContain('Refusé');
    await screenshot('4-synchronisation');
    await page.locator(`.interview-row[data-code="${third}"] button`).click();
    await expect
      .poll(() => page.locator('[data-testid="refusal"]').innerText(), PATIENCE)
      .toContain('Vous n’êtes pas affecté(e) à cet établissement');
    await screenshot('5-refus');
    await page.locator('button', { hasText: 'Retour à la liste' }).click();

    // A second sync sends nothing again: each accepted interview is on the server once.
    await page.locator('[data-testid="sync"]').click();
    await expect
      .poll(() => page.locator('[data-testid="sync-summary"]').innerText(), PATIENCE)
      .toBe('2 envoyé(s), 1 refusé(s), 0 en conflit, 0 en attente.');
    for (const code of [first, second]) expect(await count(admin, 'interviews', { code: { _eq: code } })).toBe(1);
    expect(await count(admin, 'interviews', { code: { _eq: third } })).toBe(0);
    const [saved] = await admin.get<
      Array<{
        status: string;
        answers: Record<string, unknown>;
        participant: { code: string };
        device_id: string | null;
      }>
    >(`/items/interviews?filter[code][_eq]=${first}&fields=status,answers,device_id,participant.code`);
    expect(saved).toMatchObject({
      status: 'submitted',
      answers: { SEX: 'f', AGE: 15, SCHOOL: 'yes' },
      participant: { code: drawn[0] },
    });
    expect(saved?.device_id).toMatch(/^[0-9a-f-]{36}$/);

    // A supervisor rejects the first interview: the next download brings the comment to the device.
    const supervisor = await as('supervisor1');
    const [firstRow] = await admin.get<Array<{ id: number }>>(`/items/interviews?filter[code][_eq]=${first}&fields=id`);
    await supervisor.patch(`/items/interviews/${firstRow?.id}`, {
      status: 'rejected',
      review_comment: 'Âge à vérifier avec le registre',
    });
    await page.locator('button', { hasText: 'Mettre à jour les listes' }).click();
    await expect.poll(() => stateOf(page, first), PATIENCE).toBe('Envoyé (rejeté)');
    await page.locator(`.interview-row[data-code="${first}"] button`).click();
    await expect
      .poll(() => page.locator('.interview').innerText(), PATIENCE)
      .toContain('Âge à vérifier avec le registre');
    await answer(page, 'AGE', { text: '14' });
    await page.locator('button', { hasText: 'Retour à la liste' }).click();
    expect(await stateOf(page, first)).toBe('Enregistré sur l’appareil');
    // ...and, before the device syncs its correction, validates it after all: a conflict the enumerator settles.
    await supervisor.patch(`/items/interviews/${firstRow?.id}`, { status: 'validated' });
    await page.locator('[data-testid="sync"]').click();
    await expect.poll(() => stateOf(page, first), PATIENCE).toBe('Modifié sur le serveur');
    await page.locator(`.interview-row[data-code="${first}"] button`).click();
    const conflict = page.locator('[data-testid="conflict"]');
    await expect.poll(() => conflict.innerText(), PATIENCE).toContain('validé');
    await screenshot('6-conflit');
    await conflict.locator('button', { hasText: 'Reprendre celle du serveur' }).click();
    await expect.poll(() => page.locator('.interview [data-testid="sync-state"]').innerText(), PATIENCE).toBe('Envoyé');
    expect(await page.locator('[data-question="AGE"] input').inputValue()).toBe('15');
    await page.locator('button', { hasText: 'Retour à la liste' }).click();
    expect(await count(admin, 'interviews', { code: { _eq: first }, status: { _eq: 'validated' } })).toBe(1);

    // The same page in Arabic, right to left, for the enumerators who read it.
    await page.locator('button', { hasText: 'العربية' }).click();
    await expect.poll(() => page.locator('.field-app').getAttribute('dir'), PATIENCE).toBe('rtl');
    expect(await page.locator('[data-testid="sync"]').innerText()).toBe('مزامنة');
    await screenshot('7-arabe');
    await context.close();
  });
});
