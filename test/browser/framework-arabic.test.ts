// Issue 19's leftovers on the framework's sections of a wave, clicked through by a coordinator who reads
// Arabic, on a desktop and a tablet: the compliance matrix and the recommendations give the indicators',
// rules' and institutions' Arabic names, a name nobody translated says it is the French one, and a load
// of the matrix, the recommendations or the follow-up of earlier ones that fails says why through the
// error presenter, in Arabic (never Directus's English), then in French.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ERROR_TITLES } from '../../extensions/barometer/src/shared-app/error-presenter.ts';
import { UNTRANSLATED_AR } from '../../extensions/barometer/src/shared-app/ui-language.ts';
import { COMPLIANCE_TEXTS } from '../../extensions/barometer/src/barometer-module/framework/compliance-helpers.ts';
import { WAVE_TEXTS } from '../../extensions/barometer/src/barometer-module/waves/wave-texts.ts';
import type { Api } from '../../scripts/lib/api.ts';
import { as, asAdmin, idOf } from '../helpers.ts';
import { closeTabletNavigation, launchBrowser, openAppAs, PATIENCE, settled } from './browser.ts';

const tag = randomBytes(2).toString('hex').toUpperCase();
/** Written in French only, as a coordinator in a hurry would: the module must say so to an Arabic reader. */
const UNTRANSLATED_INDICATOR = `Indicateur sans traduction ${tag}`;
const UNTRANSLATED_RECOMMENDATION = `Recommandation sans traduction ${tag}.`;
/** A refusal the server words in both languages, and Directus's own English one. */
const CONFLICT_AR = 'التوصيات قيد المراجعة من طرف المنسق.';
const CONFLICT_FR = 'Les recommandations sont en cours de révision par le coordinateur.';
const DIRECTUS_ENGLISH = "You don't have permission to access this.";

interface Names {
  indicatorAr: string;
  instrumentAr: string;
  institutionFr: string;
  institutionAr: string;
}

async function names(api: Api): Promise<Names> {
  const [indicator] = await api.get<Array<{ label_ar: string }>>(
    '/items/indicators?filter[code][_eq]=SAF_ADULTS&fields=label_ar',
  );
  const [instrument] = await api.get<Array<{ title_ar: string }>>(
    '/items/standard_instruments?filter[code][_eq]=HAVANA&fields=title_ar',
  );
  const [institution] = await api.get<Array<{ name: string; name_ar: string }>>(
    '/items/institutions?filter[code][_eq]=DGAPR&fields=name,name_ar',
  );
  return {
    indicatorAr: indicator?.label_ar ?? '',
    instrumentAr: instrument?.title_ar ?? '',
    institutionFr: institution?.name ?? '',
    institutionAr: institution?.name_ar ?? '',
  };
}

/**
 * From the module bar to W2's page (a tablet lands on the waves, the module bar folded away), then to a
 * section by its entry in the page's table of contents.
 */
async function openSection(
  page: Page,
  language: 'fr' | 'ar',
  section: 'compliance' | 'recommendations',
  device: 'desktop' | 'tablet' = 'desktop',
) {
  if (device === 'tablet') await closeTabletNavigation(page);
  else await page.locator('.module-bar .modules a[href$="/barometer"]').click();
  await page.locator('.barometer-home tbody tr', { hasText: 'W2' }).click();
  await page.locator('.toc-link', { hasText: WAVE_TEXTS[language].toc[section] }).click();
  const found = page.locator(`[data-section="${section}"]`);
  await found.waitFor(PATIENCE);
  return found;
}

/** The two sections' requests answered with refusals: the compliance matrix's with Directus's English 403. */
async function refuseLoads(page: Page): Promise<void> {
  await page.route('**/barometer/waves/*/compliance', (route) =>
    route.fulfill({
      status: 403,
      contentType: 'application/json',
      body: JSON.stringify({ errors: [{ message: DIRECTUS_ENGLISH, extensions: { code: 'FORBIDDEN' } }] }),
    }),
  );
  await page.route('**/items/recommendations?**', (route) =>
    route.fulfill({
      status: 409,
      contentType: 'application/json',
      body: JSON.stringify({
        errors: [
          { message: CONFLICT_FR, extensions: { code: 'CONFLICT', reason: CONFLICT_FR, reason_ar: CONFLICT_AR } },
        ],
      }),
    }),
  );
}

describe('the framework’s sections of a wave in Arabic', () => {
  let browser: Browser;
  let coordinatorId = '';
  let known: Names;
  const created: { indicator?: number; link?: number; recommendation?: number } = {};

  beforeAll(async () => {
    browser = await launchBrowser();
    const admin = await asAdmin();
    coordinatorId = (await (await as('coordinator')).get<{ id: string }>('/users/me')).id;
    // Browser files run one at a time: the coordinator reads Arabic only for this file.
    await admin.patch(`/users/${coordinatorId}`, { language: 'ar-SA' });
    known = await names(admin);
    const [rule] = await admin.get<Array<{ id: number }>>(
      '/items/standard_rules?filter[code][_eq]=HAVANA-r.29&fields=id',
    );
    const indicator = await admin.post<{ id: number }>('/items/indicators', {
      code: `FWAR_${tag}`,
      label: UNTRANSLATED_INDICATOR,
      type: 'proportion',
      numerator: '',
      denominator: '',
      direction: 'lower_is_better',
    });
    created.indicator = indicator.id;
    created.link = (
      await admin.post<{ id: number }>('/items/indicator_standards', {
        indicator: indicator.id,
        rule: rule?.id,
        nature: 'approximates',
      })
    ).id;
    created.recommendation = (
      await admin.post<{ id: number }>('/items/recommendations', {
        wave: await idOf(admin, 'waves', 'W2'),
        text: UNTRANSLATED_RECOMMENDATION,
        institution: await idOf(admin, 'institutions', 'DGAPR'),
        priority: 'medium',
      })
    ).id;
  });
  afterAll(async () => {
    await browser?.close();
    const admin = await asAdmin();
    if (coordinatorId) await admin.patch(`/users/${coordinatorId}`, { language: 'fr-FR' });
    if (created.recommendation) await admin.request('DELETE', `/items/recommendations/${created.recommendation}`);
    if (created.link) await admin.request('DELETE', `/items/indicator_standards/${created.link}`);
    if (created.indicator) await admin.request('DELETE', `/items/indicators/${created.indicator}`);
  });

  for (const [device, viewport] of [
    ['desktop', { width: 1440, height: 900 }],
    ['tablet', { width: 800, height: 1280 }],
  ] as const) {
    it(`gives the Arabic names, and says which are French, on a ${device}`, async () => {
      const { page, screenshot } = await openAppAs(browser, 'coordinator', viewport);
      const compliance = await openSection(page, 'ar', 'compliance', device);
      await expect.poll(() => compliance.innerText(), PATIENCE).toContain(known.indicatorAr);
      const matrix = await compliance.innerText();
      expect(matrix).toContain(COMPLIANCE_TEXTS.ar.title);
      expect(matrix).toContain(known.instrumentAr);
      expect(matrix).toContain(`${UNTRANSLATED_INDICATOR} ${UNTRANSLATED_AR}`);
      expect(await compliance.locator('.wave-compliance').getAttribute('dir')).toBe('rtl');
      await compliance.locator(`[data-indicator="FWAR_${tag}"]`).scrollIntoViewIfNeeded();
      await settled(page);
      await screenshot(`framework-arabic-compliance-${device}`);

      await page.locator('.toc-link', { hasText: WAVE_TEXTS.ar.toc.recommendations }).click();
      const recommendations = page.locator('[data-section="recommendations"]');
      const item = recommendations.locator('.recommendation', { hasText: UNTRANSLATED_RECOMMENDATION });
      await item.waitFor(PATIENCE);
      expect(await item.innerText()).toContain(`${UNTRANSLATED_RECOMMENDATION} ${UNTRANSLATED_AR}`);
      expect(await item.innerText()).toContain(known.institutionAr);
      expect(await recommendations.innerText()).not.toContain(known.institutionFr);
      // It names no dimension: its group's heading is the module's Arabic, not French.
      expect(await recommendations.innerText()).toContain(WAVE_TEXTS.ar.recommendations.withoutDimension);
      expect(await recommendations.innerText()).not.toContain(WAVE_TEXTS.fr.recommendations.withoutDimension);
      await item.scrollIntoViewIfNeeded();
      await settled(page);
      await screenshot(`framework-arabic-recommendations-${device}`);
      await page.context().close();
    }, 300_000);
  }

  it('words the sections’ failed loads through the error presenter, in Arabic then in French', async () => {
    const { page, screenshot } = await openAppAs(browser, 'coordinator', { width: 1440, height: 900 });
    await refuseLoads(page);
    const compliance = await openSection(page, 'ar', 'compliance');
    const matrixFailure = compliance.locator('[data-compliance="failure"]');
    await matrixFailure.waitFor(PATIENCE);
    expect(await matrixFailure.innerText()).toContain(COMPLIANCE_TEXTS.ar.loadFailed);
    expect(await matrixFailure.innerText()).toContain(ERROR_TITLES.ar.forbidden);
    expect(await compliance.innerText()).not.toContain("You don't have permission");
    const recommendationsFailure = page.locator('[data-section="recommendations"] [data-recommendations="failure"]');
    await recommendationsFailure.waitFor(PATIENCE);
    const worded = await recommendationsFailure.innerText();
    expect(worded).toContain(WAVE_TEXTS.ar.recommendations.unavailable);
    expect(worded).toContain(ERROR_TITLES.ar.conflict);
    expect(worded).toContain(CONFLICT_AR);
    expect(worded).not.toContain(CONFLICT_FR);
    // The follow-up of earlier waves' recommendations reads the same collection: the same refusal, worded.
    const followUpsFailure = page.locator('[data-follow-ups="failure"]');
    await followUpsFailure.waitFor(PATIENCE);
    expect(await followUpsFailure.innerText()).toContain(ERROR_TITLES.ar.conflict);
    expect(await followUpsFailure.innerText()).toContain(CONFLICT_AR);
    expect(await followUpsFailure.innerText()).not.toContain(CONFLICT_FR);
    for (const raw of ['CONFLICT', 'FORBIDDEN', 'errors.'])
      expect(worded + (await matrixFailure.innerText())).not.toContain(raw);
    await recommendationsFailure.scrollIntoViewIfNeeded();
    await settled(page);
    await screenshot('framework-arabic-load-failures');
    await page.context().close();

    await (await asAdmin()).patch(`/users/${coordinatorId}`, { language: 'fr-FR' });
    const french = await openAppAs(browser, 'coordinator', { width: 1440, height: 900 });
    await refuseLoads(french.page);
    const frenchCompliance = await openSection(french.page, 'fr', 'compliance');
    const frenchFailure = frenchCompliance.locator('[data-compliance="failure"]');
    await frenchFailure.waitFor(PATIENCE);
    expect(await frenchFailure.innerText()).toContain(COMPLIANCE_TEXTS.fr.loadFailed);
    expect(await frenchFailure.innerText()).toContain(ERROR_TITLES.fr.forbidden);
    const frenchRecommendations = french.page.locator('[data-recommendations="failure"]');
    await frenchRecommendations.waitFor(PATIENCE);
    expect(await frenchRecommendations.innerText()).toContain(CONFLICT_FR);
    expect(await frenchRecommendations.innerText()).not.toContain(CONFLICT_AR);
    expect(await french.page.locator('[data-follow-ups="failure"]').innerText()).toContain(CONFLICT_FR);
    await french.page.context().close();
  }, 300_000);
});
