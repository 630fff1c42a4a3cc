// Issue 16, a released minor's journey in the app (French, desktop): the minor is on the enumerator's
// "to follow up" list with its window; the contact details are revealed to the tracing role (over HTTP
// and on its own page, where it also erases a contact and records an outcome) and to the assigned
// enumerator, refused to the enumerator of another follow-up; the enumerator enters the
// follow-up interview from its list, which records the outcome, and others on the offline page, where a
// follow-up closed meanwhile is refused at sync in French and Arabic; the coordinator finds W2's
// tracing and outcome estimates in the module.
import type { Browser, Page } from 'playwright-core';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../scripts/lib/api.ts';
import { demoUser } from '../../seed/demo-users.ts';
import { addCohortMember } from '../fixtures/followup.ts';
import { buildWorld, interviewPayload, type World } from '../fixtures/world.ts';
import { as, asAdmin, rawDatabase } from '../helpers.ts';
import { artifactsFolder, closeTabletNavigation, launchBrowser, openAppAs, PATIENCE } from './browser.ts';
import { answer, setUpFieldPage } from './field-page.ts';
import { consent, formField, question, saveItem } from './item-form.ts';

const CONTACT = { contact_name: 'Fatima Tuteure', relationship: 'mère', phone: '+212 6 55 44 33 22' };
const PASSPHRASE = 'suivi hors ligne 2026';

let browser: Browser;
let admin: Api;
let database: Knex;
let world: World;
let participantCode: string;
let mine: number;
let others: number;
let otherParticipant: number;
/** Followed up on the offline page: one interviewed there, one whose follow-up the tracer closes before the sync. */
const offline: Record<'entered' | 'closed', { code: string; participant: number; followup: number }> = {} as never;

/** Starts a member's follow-up interview from the offline page's list and answers SUIVI; returns its code. */
async function enterSuiviOffline(page: Page, participant: string): Promise<string> {
  await page.locator(`[data-followup="${participant}"] [data-start-followup]`).click();
  const screen = page.locator('.interview');
  await screen.waitFor(PATIENCE);
  expect(await screen.locator('h2').innerText()).toContain(`${participant} · Suivi après la sortie`);
  await screen.locator('input[name="consent_guardian"]').check();
  await screen.locator('input[name="assent_child"]').check();
  await answer(page, 'MONTHS_SINCE_RELEASE', { text: '7' });
  await answer(page, 'AFTERCARE_RECEIVED', { choice: 'Non' });
  await answer(page, 'SERVICE_CONTACT_MONTH', { choice: 'Non' });
  await answer(page, 'HOUSING_NOW', { choice: 'Chez mes parents' });
  await answer(page, 'ACTIVITY_NOW', { choice: 'Formation professionnelle' });
  await answer(page, 'NEW_JUSTICE_CONTACT', { choice: 'Non' });
  await answer(page, 'FU_WELLBEING', { text: '4' });
  await screen.locator('button', { hasText: 'Terminer l’entretien' }).click();
  await expect.poll(() => screen.locator('[data-testid="saved"]').innerText(), PATIENCE).toContain('Entretien terminé');
  const code = String(await screen.getAttribute('data-code'));
  await screen.locator('button', { hasText: 'Retour à la liste' }).click();
  return code;
}

beforeAll(async () => {
  browser = await launchBrowser();
  admin = await asAdmin();
  database = rawDatabase();
  world = await buildWorld(admin, 'FUBR');
  const [suivi] = await admin.get<Array<{ id: number }>>(
    '/items/instrument_versions?filter[instrument][code][_eq]=SUIVI&filter[version][_eq]=1&fields=id',
  );
  await admin.patch(`/items/waves/${world.wave}`, { followup_instrument_version: suivi?.id });
  // In detention the minor and its guardian agreed to be contacted after release.
  await (
    await as('enumerator1')
  ).post('/items/interviews', interviewPayload(world, `FUBR-${world.suffix}`, { consent_contact: true }));
  const participant = await admin.get<{ code: string }>(`/items/participants/${world.participant}?fields=code`);
  participantCode = participant.code;
  const member = (enumerator: 'enumerator1' | 'enumerator2', participantId: number) =>
    admin.post<{ id: number }>('/items/followups', {
      wave: world.wave,
      participant: participantId,
      released_on: '2026-05-02',
      from_establishment: world.establishment,
      window_start: '2026-09-02',
      window_end: '2027-05-02',
      enumerator: demoUser(enumerator).id,
      place_region: 'Oriental',
    });
  mine = (await member('enumerator1', world.participant)).id;
  const other = await admin.post<{ id: number }>('/items/participants', { code: `Q-${world.suffix}`.slice(0, 64) });
  others = (await member('enumerator2', other.id)).id;
  otherParticipant = other.id;
  await admin.post(
    '/items/interviews',
    interviewPayload(world, `FUBQ-${world.suffix}`, { participant: other.id, consent_contact: true }),
  );
  for (const key of ['entered', 'closed'] as const) {
    const code = `FO-${key}-${world.suffix}`.slice(0, 64);
    offline[key] = {
      code,
      ...(await addCohortMember(admin, world, { code, establishment: world.establishment, enumerator: 'enumerator1' })),
    };
  }
  const tracer = await as('followup');
  for (const id of [world.participant, other.id]) {
    const stored = await tracer.raw('PUT', `/barometer/participants/${id}/contact`, CONTACT);
    if (stored.status !== 204) throw new Error(`contact not stored: ${stored.status}`);
  }
});

afterAll(async () => {
  await browser?.close();
  await database('interviews').where('followup', mine).delete();
  await database('contact_reveals').whereIn('followup', [mine, others]).delete();
  await database('interviews').where('participant', otherParticipant).delete();
  await database('contact_reveals').whereIn('participant', [world.participant, otherParticipant]).delete();
  await database('followup_contacts').whereIn('participant', [world.participant, otherParticipant]).delete();
  const offlineFollowups = Object.values(offline).map((member) => member.followup);
  await database('interviews').whereIn('followup', offlineFollowups).delete();
  await database('followups')
    .whereIn('id', [mine, others, ...offlineFollowups])
    .delete();
  await database.destroy();
});

describe('a released minor’s follow-up', () => {
  it('reveals the contact to the tracing role and the assigned enumerator only', async () => {
    const tracer = await as('followup');
    expect(await tracer.get(`/barometer/followups/${mine}/contact`)).toEqual(CONTACT);
    const stranger = await (await as('enumerator2')).raw('GET', `/barometer/followups/${mine}/contact`);
    expect(stranger.status).toBe(403);
    const refused = await database('contact_reveals').where({ followup: mine, action: 'refused' }).count({ n: '*' });
    expect(Number(refused[0]?.['n'])).toBeGreaterThan(0);
  });

  it('lands the tracing role on its page of the cohort, where it reveals the contact, audited', async () => {
    const { page, screenshot } = await openAppAs(browser, 'followup', { width: 1440, height: 900 });
    await page.waitForURL(/\/admin\/barometer\/followups$/, PATIENCE);
    await page.locator('[data-audit-notice]').waitFor(PATIENCE);
    expect(await page.locator('[data-audit-notice]').innerText()).toContain('journal des accès');
    const row = page.locator('tr', { has: page.locator(`[data-tracing="${participantCode}"]`) });
    await row.waitFor(PATIENCE);
    const cells = await row.innerText();
    expect(cells).toContain(`${world.establishmentCode} — `);
    expect(cells).toMatch(/2026-09-02 → \d{4}-\d{2}-\d{2} \(ouverte\)/);
    expect(cells).toContain('À rechercher');
    expect(cells).toContain(`${demoUser('enumerator1').firstName} ${demoUser('enumerator1').lastName}`);
    const before = await database('contact_reveals').where({ followup: mine, action: 'reveal' }).count({ n: '*' });
    await row.getByRole('button', { name: 'Voir le contact' }).click();
    await expect.poll(() => row.locator('[data-contact]').innerText(), PATIENCE).toContain(CONTACT.phone);
    await screenshot('followup-tracer-page');
    const reveals = await admin.get<Array<{ user_created: string }>>(
      `/items/contact_reveals?filter[followup][_eq]=${mine}&filter[action][_eq]=reveal&fields=user_created&limit=-1`,
    );
    expect(reveals.length).toBe(Number(before[0]?.['n']) + 1);
    expect(reveals.map((reveal) => reveal.user_created)).toContain(demoUser('followup').id);
    await page.context().close();
  });

  it('lets the tracing role erase a contact after confirming, and record a tracing outcome with its date', async () => {
    const { page } = await openAppAs(browser, 'followup', { width: 1440, height: 900 });
    await page.waitForURL(/\/admin\/barometer\/followups$/, PATIENCE);
    const otherCode = `Q-${world.suffix}`.slice(0, 64);
    const row = page.locator('tr', { has: page.locator(`[data-tracing="${otherCode}"]`) });
    await row.getByRole('button', { name: 'Effacer le contact' }).click();
    const dialog = page.locator('[data-erase-dialog]');
    await dialog.waitFor(PATIENCE);
    expect(await dialog.innerText()).toContain(`Effacer les coordonnées de ${otherCode} ?`);
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await dialog.waitFor({ state: 'detached', ...PATIENCE });
    expect(await database('followup_contacts').where('participant', otherParticipant).first('id')).toBeDefined();
    await row.getByRole('button', { name: 'Effacer le contact' }).click();
    await dialog.locator('[data-confirm-erase]').click();
    await expect
      .poll(
        async () => await database('followup_contacts').where('participant', otherParticipant).first('id'),
        PATIENCE,
      )
      .toBeUndefined();
    const erasures = await database('contact_reveals').where({ followup: others, action: 'delete' }).count({ n: '*' });
    expect(Number(erasures[0]?.['n'])).toBe(1);

    await row.locator('[data-outcome]').click();
    await page.locator('.v-menu-content .v-list-item', { hasText: 'Injoignable' }).first().click();
    await row.locator('input[type="date"]').fill('2026-10-01');
    await row.getByRole('button', { name: 'Enregistrer le résultat' }).click();
    await expect
      .poll(async () => {
        const followup = await admin.get<{ outcome: string | null; outcome_date: string | null }>(
          `/items/followups/${others}?fields=outcome,outcome_date`,
        );
        return followup;
      }, PATIENCE)
      .toEqual({ outcome: 'unreachable', outcome_date: '2026-10-01' });
    await expect.poll(() => row.innerText(), PATIENCE).toContain('Injoignable (2026-10-01)');
    await page.context().close();
  });

  it('lists the minor for its enumerator with its window, who reveals the contact and enters the interview', async () => {
    const { page, screenshot } = await openAppAs(browser, 'enumerator1', { width: 1440, height: 900 });
    await page.waitForURL(/\/admin\/barometer\/interviews$/, PATIENCE);
    const entry = page.locator(`[data-followup="${participantCode}"]`);
    await entry.waitFor(PATIENCE);
    expect(await entry.locator('[data-window]').innerText()).toMatch(/2026-09-02 → \d{4}-\d{2}-\d{2} \(ouverte\)/);
    await entry.getByRole('button', { name: 'Voir les coordonnées' }).click();
    await expect.poll(() => entry.locator('[data-contact]').innerText(), PATIENCE).toContain(CONTACT.phone);
    await screenshot('followup-enumerator-list');
    const reveals = await database('contact_reveals').where({ followup: mine, action: 'reveal' }).count({ n: '*' });
    // The tracer's two reveals (over HTTP, then on its page) and the enumerator's.
    expect(Number(reveals[0]?.['n'])).toBe(3);

    await entry.locator('[data-followup-interview]').click();
    await page.waitForURL(/\/admin\/content\/interviews\/\d+$/, PATIENCE);
    const id = Number(new URL(page.url()).pathname.split('/').pop());
    await consent(page, 'consent_guardian');
    await consent(page, 'assent_child');
    await question(page, 'MONTHS_SINCE_RELEASE').locator('input').fill('7');
    await question(page, 'AFTERCARE_RECEIVED').locator('.v-radio', { hasText: 'Oui' }).click();
    await question(page, 'AFTERCARE_PROVIDER').locator('.v-checkbox', { hasText: 'Association' }).click();
    await question(page, 'SERVICE_CONTACT_MONTH').locator('.v-radio', { hasText: 'Non' }).click();
    await question(page, 'HOUSING_NOW').locator('.v-radio', { hasText: 'Chez mes parents' }).click();
    await question(page, 'ACTIVITY_NOW').locator('.v-radio', { hasText: 'Formation professionnelle' }).click();
    await question(page, 'NEW_JUSTICE_CONTACT').locator('.v-radio', { hasText: 'Non' }).first().click();
    await question(page, 'FU_WELLBEING').locator('input').fill('4');
    await formField(page, 'status').locator('.v-input').first().click();
    await page.locator('.v-menu-content .v-list-item', { hasText: 'Soumis' }).first().click();
    await screenshot('followup-interview');
    await saveItem(page);

    const enumerator = await as('enumerator1');
    await expect
      .poll(
        async () =>
          await enumerator.get<{ status: string; establishment: number | null; followup: number }>(
            `/items/interviews/${id}?fields=status,establishment,followup`,
          ),
        PATIENCE,
      )
      .toEqual({ status: 'submitted', establishment: null, followup: mine });
    await expect
      .poll(async () => (await database('followups').where('id', mine).first('outcome'))?.outcome, PATIENCE)
      .toBe('interviewed');
    // The follow-up is over: its contact details are gone.
    expect(await database('followup_contacts').where('participant', world.participant).first('id')).toBeUndefined();
    await page.context().close();
  });

  it('lets the enumerator enter follow-up interviews offline, and shows why a follow-up closed meanwhile is refused', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, locale: 'fr-FR' });
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    await setUpFieldPage(page, demoUser('enumerator1'), PASSPHRASE);
    await page.locator('button[type="submit"]').click();
    const list = page.locator('[data-testid="followups"]');
    await list.locator(`[data-followup="${offline.entered.code}"]`).waitFor(PATIENCE);
    expect(await list.locator(`[data-followup="${offline.entered.code}"] [data-window]`).innerText()).toBe(
      'Fenêtre 2026-10-15 → 2027-04-15 (ouverte)',
    );
    // Interviewed in the app in the step before: no longer to follow up.
    expect(await list.locator(`[data-followup="${participantCode}"]`).count()).toBe(0);
    expect(await page.evaluate(async () => Boolean(await navigator.serviceWorker.ready))).toBe(true);

    await context.setOffline(true);
    await expect.poll(() => page.locator('[data-testid="network"]').innerText(), PATIENCE).toBe('Hors ligne');
    const entered = await enterSuiviOffline(page, offline.entered.code);
    const closed = await enterSuiviOffline(page, offline.closed.code);
    // While the device is offline, the tracer learns that the second minor refuses the follow-up.
    await (
      await as('followup')
    ).post(`/barometer/followups/${offline.closed.followup}/outcome`, { outcome: 'refused', date: '2026-12-01' });

    await context.setOffline(false);
    await page.locator('[data-testid="sync"]').click();
    await expect
      .poll(() => page.locator('[data-testid="sync-summary"]').innerText(), PATIENCE)
      .toBe('1 envoyé(s), 1 refusé(s), 0 en conflit, 0 en attente.');
    await page.locator(`.interview-row[data-code="${closed}"] button`).click();
    const refusal = page.locator('[data-testid="refusal"]');
    await expect
      .poll(() => refusal.innerText(), PATIENCE)
      .toContain('Ce suivi est clos (refused) : aucun entretien ne peut y être saisi.');
    await page.locator('button', { hasText: 'العربية' }).click();
    await expect
      .poll(() => refusal.innerText(), PATIENCE)
      .toContain('هذه المتابعة مغلقة: لا يمكن إدخال أي مقابلة فيها.');
    await page.screenshot({ path: `${artifactsFolder}/followup-offline-refusal-ar.png` });

    const [saved] = await admin.get<
      Array<{ establishment: number | null; followup: number; answers: Record<string, unknown> }>
    >(`/items/interviews?filter[code][_eq]=${entered}&fields=establishment,followup,answers`);
    expect(saved).toMatchObject({
      establishment: null,
      followup: offline.entered.followup,
      answers: { AFTERCARE_RECEIVED: 'no', HOUSING_NOW: 'parents', FU_WELLBEING: 4 },
    });
    await expect
      .poll(
        async () => (await database('followups').where('id', offline.entered.followup).first('outcome'))?.outcome,
        PATIENCE,
      )
      .toBe('interviewed');
    expect(await database('interviews').where('code', closed).first('id')).toBeUndefined();
    await context.close();
  });

  it('shows the coordinator W2’s tracing and outcome estimates in the module', async () => {
    const figures = await (
      await as('coordinator')
    ).get<{
      outcomes: Record<string, number | null>;
      indicators: Array<{ code: string; suppressed: boolean; estimate?: number }>;
    }>('/barometer/waves/W2/followups/estimates');
    const aftercare = figures.indicators.find((indicator) => indicator.code === 'FU_AFTERCARE');
    expect(aftercare?.suppressed).toBe(false);
    const { page, screenshot } = await openAppAs(browser, 'coordinator', { width: 1440, height: 900 });
    await page.waitForURL(/\/admin\/barometer$/, PATIENCE);
    await page
      .locator('.barometer-home tbody tr')
      .filter({ has: page.locator('td', { hasText: /^W2$/ }) })
      .first()
      .click();
    await page.locator('.toc-link', { hasText: 'Après la sortie' }).click();
    const section = page.locator('[data-section="cohort"]');
    await section.waitFor(PATIENCE);
    const row = section.locator('[data-cohort="estimates"] tbody tr', {
      hasText: 'Accompagnement reçu depuis la sortie',
    });
    await row.waitFor(PATIENCE);
    const percent = `${new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
      (aftercare?.estimate ?? 0) * 100,
    )} %`;
    expect(await row.innerText()).toContain(percent);
    const refused = section.locator('[data-cohort="tracing"] tbody tr', { hasText: 'Refus' });
    // A count that disclosure control hides is "s", as in the report.
    expect(await refused.innerText()).toContain(String(figures.outcomes['refused'] ?? 's'));
    await section.scrollIntoViewIfNeeded();
    await screenshot('followup-coordinator-cohort');
    await page.context().close();
  });

  it('speaks Arabic to the tracing role on a tablet: its page, the outcomes and the audit notice', async () => {
    const tracer = demoUser('followup');
    // Browser files run one at a time: the tracer reads Arabic only for this step.
    await admin.patch(`/users/${tracer.id}`, { language: 'ar-SA' });
    try {
      const { page, screenshot } = await openAppAs(browser, 'followup', { width: 768, height: 1024 });
      await page.waitForURL(/\/admin\/barometer\/followups$/, PATIENCE);
      await closeTabletNavigation(page);
      await expect
        .poll(() => page.locator('[data-audit-notice]').innerText(), PATIENCE)
        .toContain('كل اطلاع على بيانات الاتصال يُسجَّل');
      const otherCode = `Q-${world.suffix}`.slice(0, 64);
      const row = page.locator('tr', { has: page.locator(`[data-tracing="${otherCode}"]`) });
      await row.waitFor(PATIENCE);
      expect(await row.innerText()).toContain('تعذّر الوصول إليه (2026-10-01)');
      const closed = page.locator('tr', { has: page.locator(`[data-tracing="${offline.closed.code}"]`) });
      expect(await closed.innerText()).toContain('رفض');
      expect(await row.getByRole('button', { name: 'عرض بيانات الاتصال' }).count()).toBe(1);
      expect(await page.locator('[data-page="tracing"]').getAttribute('dir')).toBe('rtl');
      await screenshot('followup-tracer-arabic-tablet');
      await page.context().close();
    } finally {
      await admin.patch(`/users/${tracer.id}`, { language: tracer.language });
    }
  });
});
