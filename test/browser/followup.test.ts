// Issue 16, a released minor's journey in the app (French, desktop): the minor is on the enumerator's
// "to follow up" list with its window; the contact details are revealed to the tracing role and to the
// assigned enumerator, refused to the enumerator of another follow-up; the enumerator enters the
// follow-up interview from its list, which records the outcome; the coordinator finds W2's tracing
// and outcome estimates in the module.
import type { Browser } from 'playwright-core';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../scripts/lib/api.ts';
import { demoUser } from '../../seed/demo-users.ts';
import { buildWorld, interviewPayload, type World } from '../fixtures/world.ts';
import { as, asAdmin, rawDatabase } from '../helpers.ts';
import { launchBrowser, openAppAs, PATIENCE } from './browser.ts';
import { consent, formField, question, saveItem } from './item-form.ts';

const CONTACT = { contact_name: 'Fatima Tuteure', relationship: 'mère', phone: '+212 6 55 44 33 22' };

let browser: Browser;
let admin: Api;
let database: Knex;
let world: World;
let participantCode: string;
let mine: number;
let others: number;

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
  const tracer = await as('followup');
  const stored = await tracer.raw('PUT', `/barometer/participants/${world.participant}/contact`, CONTACT);
  if (stored.status !== 204) throw new Error(`contact not stored: ${stored.status}`);
});

afterAll(async () => {
  await browser?.close();
  await database('interviews').where('followup', mine).delete();
  await database('contact_reveals').whereIn('followup', [mine, others]).delete();
  await database('contact_reveals').where('participant', world.participant).delete();
  await database('followup_contacts').where('participant', world.participant).delete();
  await database('followups').whereIn('id', [mine, others]).delete();
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
    expect(Number(reveals[0]?.['n'])).toBe(2);

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

  it('shows the coordinator W2’s tracing and outcome estimates in the module', async () => {
    const figures = await (
      await as('coordinator')
    ).get<{
      outcomes: Record<string, number>;
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
    expect(await refused.innerText()).toContain(String(figures.outcomes['refused']));
    await section.scrollIntoViewIfNeeded();
    await screenshot('followup-coordinator-cohort');
    await page.context().close();
  });
});
