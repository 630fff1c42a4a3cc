// The enumerator's journey through the questionnaire interface: a new interview in the open wave, skip
// logic and constraints live, answers saved as the interface emits them; then the same form in Arabic.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { DemoUser } from '../../seed/demo-users.ts';
import { as, asAdmin } from '../helpers.ts';
import { closeTabletNavigation, goToApp, launchBrowser, openAppAs, PATIENCE, settled } from './browser.ts';
import { consent, formField, pickRelated, question, questionnaire, saveItem } from './item-form.ts';

interface SavedInterview {
  code: string;
  status: string;
  consent_guardian: boolean;
  assent_child: boolean;
  answers: Record<string, unknown> | null;
  wave: { code: string };
  establishment: { code: string };
  participant: { code: string };
  instrument_version: { version: number; instrument: { code: string } };
}

function uniqueCode(prefix: string): string {
  return `${prefix}-${randomBytes(3).toString('hex').toUpperCase()}`;
}

/** The enumerator's own new participant, created as the app would when none is listed yet. */
async function newParticipant(key: DemoUser['key']): Promise<string> {
  const code = uniqueCode('P-UI');
  await (await as(key)).post('/items/participants', { code });
  return code;
}

/** Fills the interview's identification fields, up to the questionnaire showing its first section. */
async function startInterview(
  page: Page,
  interview: { code: string; participant: string; establishment: string; tablet?: boolean },
): Promise<void> {
  await goToApp(page, '/content/interviews/+');
  await formField(page, 'code').waitFor();
  // On a tablet the app opens with its navigation drawn over the form, as a person would see it.
  if (interview.tablet) await closeTabletNavigation(page);
  await formField(page, 'code').locator('input').fill(interview.code);
  await pickRelated(page, 'wave', 'W2');
  await pickRelated(page, 'participant', interview.participant, interview.participant);
  await pickRelated(page, 'establishment', interview.establishment);
  await pickRelated(page, 'instrument_version', 'BARO');
  await consent(page, 'consent_guardian');
  await consent(page, 'assent_child');
  await question(page, 'SEX').waitFor({ timeout: 60_000 });
}

async function savedInterview(key: DemoUser['key'], code: string): Promise<SavedInterview | undefined> {
  const fields =
    'code,status,consent_guardian,assent_child,answers,wave.code,establishment.code,participant.code,instrument_version.version,instrument_version.instrument.code';
  const rows = await (
    await as(key)
  ).get<SavedInterview[]>(`/items/interviews?filter[code][_eq]=${code}&fields=${fields}`);
  return rows[0];
}

describe('questionnaire interface', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it('lets an enumerator fill a new W2 interview with live skip logic and constraints, and saves clean answers', async () => {
    const participant = await newParticipant('enumerator1');
    const code = uniqueCode('UI-FR');
    const { page, screenshot } = await openAppAs(browser, 'enumerator1');

    await goToApp(page, '/content/waves');
    const openWave = page.locator('tbody tr', { hasText: 'W2' });
    expect(await openWave.innerText()).toContain('Ouverte');
    await openWave.click();
    await page.waitForURL(/\/content\/waves\/\d+/);

    await startInterview(page, { code, participant, establishment: 'E02' });
    const form = questionnaire(page);
    await expect.poll(() => form.innerText()).toMatch(/0\/\d+ questions répondues/);
    expect(await form.locator('.questionnaire-section h3').first().innerText()).toBe('Profil du mineur');

    await question(page, 'SEX').locator('.v-radio', { hasText: 'Garçon' }).click();
    // The label is bound to its input: a person (or a screen reader) finds the field by its question.
    await page.getByLabel('Quel âge avez-vous ?').fill('25');
    await page.keyboard.press('Tab');
    const ageMessage = question(page, 'AGE').locator('.message');
    await expect.poll(() => ageMessage.innerText()).toContain('L’âge doit être compris entre 12 et 20 ans.');
    await question(page, 'AGE').scrollIntoViewIfNeeded();
    await screenshot('questionnaire-fr-constraint');

    await question(page, 'LEGAL_STATUS').locator('.v-radio', { hasText: 'détention préventive' }).click();
    await question(page, 'PRETRIAL_OVER_6M').locator('.v-radio', { hasText: 'Non' }).click();
    await question(page, 'LEGAL_STATUS').locator('.v-radio', { hasText: 'Condamné' }).click();
    await expect.poll(() => question(page, 'PRETRIAL_OVER_6M').count()).toBe(0);
    await question(page, 'LEGAL_STATUS').scrollIntoViewIfNeeded();
    await screenshot('questionnaire-fr-skip-logic');

    await page.getByLabel('Quel âge avez-vous ?').fill('15');
    await page.keyboard.press('Tab');
    await expect.poll(() => ageMessage.count()).toBe(0);
    // Under 16, the schooling question appears.
    await question(page, 'SCHOOLING').locator('.v-radio', { hasText: 'Non' }).click();

    await question(page, 'ACTIVITIES').locator('.v-checkbox', { hasText: 'Sport' }).click();
    await question(page, 'ACTIVITIES').locator('.v-checkbox', { hasText: 'bibliothèque' }).click();
    await expect.poll(() => question(page, 'N_ACTIVITIES').locator('input').inputValue()).toBe('2');
    await expect.poll(() => form.innerText()).toMatch(/5\/\d+ questions répondues/);
    await question(page, 'ACTIVITIES').scrollIntoViewIfNeeded();
    await screenshot('questionnaire-fr-calculation');

    await saveItem(page);
    await page.waitForURL((url) => !url.pathname.endsWith('/+'), { timeout: 60_000 });

    const saved = await savedInterview('enumerator1', code);
    expect(saved).toMatchObject({
      code,
      status: 'draft',
      consent_guardian: true,
      assent_child: true,
      wave: { code: 'W2' },
      establishment: { code: 'E02' },
      participant: { code: participant },
      instrument_version: { version: 1, instrument: { code: 'BARO' } },
    });
    // The pretrial answer given before the status changed is gone with its question.
    expect(saved?.answers).toEqual({
      SEX: 'm',
      AGE: 15,
      LEGAL_STATUS: 'convicted',
      SCHOOLING: 'no',
      ACTIVITIES: ['sport', 'library'],
      N_ACTIVITIES: 2,
    });
  });

  it('shows the questionnaire right to left with the Arabic labels to an Arabic-speaking enumerator on a tablet', async () => {
    const participant = await newParticipant('enumerator2');
    const code = uniqueCode('UI-AR');
    const { page, screenshot } = await openAppAs(browser, 'enumerator2', { width: 768, height: 1024 });

    await startInterview(page, { code, participant, establishment: 'E01', tablet: true });
    const form = questionnaire(page);
    expect(await form.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
    expect(await form.locator('.questionnaire-section h3').first().innerText()).toBe('الملف الشخصي للقاصر');
    expect(await question(page, 'AGE').locator('label').innerText()).toContain('كم عمرك؟');
    await expect.poll(() => form.innerText()).toContain('تمت الإجابة عن 0 من أصل');

    await question(page, 'SEX').locator('.v-radio', { hasText: 'أنثى' }).click();
    await page.getByLabel('كم عمرك؟').fill('25');
    await page.keyboard.press('Tab');
    await expect
      .poll(() => question(page, 'AGE').locator('.message').innerText())
      .toContain('يجب أن يكون العمر بين 12 و20 سنة.');
    await form.scrollIntoViewIfNeeded();
    await question(page, 'SEX').scrollIntoViewIfNeeded();
    await screenshot('questionnaire-ar-tablet');

    await page.getByLabel('كم عمرك؟').fill('14');
    await saveItem(page);
    await page.waitForURL((url) => !url.pathname.endsWith('/+'), { timeout: 60_000 });
    expect((await savedInterview('enumerator2', code))?.answers).toEqual({ SEX: 'f', AGE: 14, N_ACTIVITIES: 0 });
  });

  it('tells an enumerator whose save is refused the reason the server gave, in words', async () => {
    const enumerator = await as('enumerator1');
    const admin = await asAdmin();
    const fieldPackage = await enumerator.get<{
      waves: Array<{ id: number; code: string; versions: number[]; establishments: Array<{ id: number }> }>;
    }>('/barometer/field/api/package');
    const wave = fieldPackage.waves.find((candidate) => candidate.code === 'W2');
    const assigned = new Set(wave?.establishments.map((establishment) => establishment.id));
    const frame = await admin.get<Array<{ establishment: number }>>(
      `/items/population_frames?filter[wave][_eq]=${wave?.id}&fields=establishment&limit=-1`,
    );
    const elsewhere = frame.find((row) => !assigned.has(row.establishment))?.establishment;
    const participant = await newParticipant('enumerator1');
    const code = uniqueCode('UI-REFUS');
    const put = await enumerator.raw('PUT', `/barometer/field/api/interviews/${code}`, {
      wave: wave?.id,
      establishment: wave?.establishments[0]?.id,
      instrument_version: wave?.versions[0],
      participant,
      consent_guardian: true,
      assent_child: true,
      interview_date: '2026-12-01',
      duration_minutes: null,
      answers: {},
      status: 'draft',
      device_id: 'app',
      base_updated: null,
    });
    expect(put.status).toBeLessThan(300);
    const [created] = await admin.get<Array<{ id: number }>>(`/items/interviews?filter[code][_eq]=${code}&fields=id`);
    // The coordinator moved the interview to an establishment the enumerator is not assigned to.
    await admin.patch(`/items/interviews/${created?.id}`, { establishment: elsewhere });
    try {
      const { page, screenshot } = await openAppAs(browser, 'enumerator1');
      await goToApp(page, `/content/interviews/${created?.id}`);
      await question(page, 'SEX').locator('.v-radio', { hasText: 'Garçon' }).click();
      await saveItem(page);
      const dialog = page.locator('#dialog-outlet .v-card.error');
      await dialog.waitFor(PATIENCE).catch(async (cause: unknown) => {
        await screenshot('questionnaire-refusal-missing');
        throw cause;
      });
      await settled(page);
      const text = await dialog.innerText();
      expect(text).toContain('Entretien refusé');
      expect(text).toContain('Vous n’êtes pas affecté(e) à cet établissement pour la vague W2.');
      expect(text).not.toMatch(/errors\.|\[VALIDATION_FAILED\]|\(1 problème\)/);
      await screenshot('questionnaire-refusal-reason');
      await page.context().close();
    } finally {
      await admin.raw('DELETE', `/items/interviews/${created?.id}`);
    }
  });
});
