// Issue 19 item 6: an Arabic-speaking coordinator goes through the Baromètre module by clicking and reads
// Arabic everywhere the module itself speaks: headings, labels, buttons, tables' heads, dialogs. What the
// data holds (wave labels, establishments, questions written in French) may stay French.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { as, asAdmin } from '../helpers.ts';
import { launchBrowser, openAppAs, PATIENCE, settled } from './browser.ts';

/** Where the module writes its own words, never the data's. */
const UI_TEXT = [
  '.toc-link',
  'h2.type-title',
  'h3.type-label',
  '.fact > .type-label',
  'th',
  '.v-button',
  '.v-card-title',
  '.v-breadcrumb',
  '.v-checkbox',
  'label',
].join(', ');

/** Latin words the Arabic interface keeps: codes, file formats, software names, the XLSForm's columns. */
const KEPT =
  /\b(?:[A-Z][A-Z0-9_]+|v\d+|CSV|PDF|SHA|SPSS|Stata|XLSForm|Kobo|KoboToolbox|ODK|Excel|xlsx|sps|do|N_h|n)\b/g;

/** Whole French sentences of the module's own texts: none may be left on an Arabic user's page. */
const FRENCH = [
  'Générer le baromètre',
  'Exports pour l’analyse',
  'Couverture du terrain',
  'Ensemble de la vague',
  'Par enquêteur',
  'Aucun changement de statut',
  'Score du baromètre',
  'Date de référence',
  'Taux de sondage',
  'Formats des fichiers CSV',
  'Entretiens et fiche de la vague',
  'Données (CSV)',
  'Dictionnaire des variables',
  'Versions de questionnaire',
  'Importer un XLSForm',
  'Fiche de l’instrument',
  'Nouveau brouillon',
  'Effacer les réponses',
  'Verrouiller la vague',
  'Exclure les entretiens non relus',
  'Chargement impossible',
];

async function latinWordsIn(scope: Locator): Promise<string[]> {
  const texts = await scope
    .locator(UI_TEXT)
    .evaluateAll((elements) =>
      elements
        .filter((element) => (element as HTMLElement).offsetParent !== null)
        .map((element) => element.textContent ?? ''),
    );
  return texts.flatMap((text) => text.replace(KEPT, ' ').match(/[A-Za-zÀ-ÿ]{3,}/g) ?? []);
}

async function expectArabic(page: Page, scope: Locator, label: string, arabic: readonly string[]): Promise<void> {
  for (const words of arabic) await expect.poll(() => scope.innerText(), PATIENCE).toContain(words);
  await settled(page);
  const text = await scope.innerText();
  for (const sentence of FRENCH) expect(text, `${label}: « ${sentence} »`).not.toContain(sentence);
  expect(await latinWordsIn(scope), label).toEqual([]);
}

describe('the Baromètre module in Arabic', () => {
  let browser: Browser;
  let coordinatorId = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    coordinatorId = (await (await as('coordinator')).get<{ id: string }>('/users/me')).id;
    // Browser files run one at a time: the coordinator reads Arabic only for this file.
    await (await asAdmin()).patch(`/users/${coordinatorId}`, { language: 'ar-SA' });
  });
  afterAll(async () => {
    await browser?.close();
    if (coordinatorId) await (await asAdmin()).patch(`/users/${coordinatorId}`, { language: 'fr-FR' });
  });

  it('speaks Arabic on the waves, a wave, the lock dialog, the questionnaires and the preview', async () => {
    const { page, screenshot } = await openAppAs(browser, 'coordinator', { width: 1440, height: 900 });
    const main = page.locator('main');
    const nav = page.locator('.module-nav-content');
    await page.locator('.module-bar .modules a[href$="/barometer"]').click();
    await expectArabic(page, nav, 'navigation', ['الموجات', 'الاستمارات']);

    // A locked wave with figures: every section a coordinator sees.
    await page.locator('.barometer-home tbody tr', { hasText: 'W1' }).click();
    const wave = page.locator('.wave-page');
    await wave.locator('[data-section="history"]').waitFor(PATIENCE);
    await expectArabic(page, wave, 'W1', [
      'ملفات التصدير للتحليل',
      'تغطية العمل الميداني',
      'مجموع الموجة',
      'نقطة البارومتر',
      'التوصيات',
      'السجل',
      'إنشاء البارومتر',
    ]);
    expect(await wave.getAttribute('dir')).toBe('rtl');
    expect(await wave.locator('[data-section="toc"]').getAttribute('aria-label')).toBe('فهرس الموجة');
    // Dates too: Arabic months, Latin digits.
    expect(await wave.locator('.wave-summary').innerText()).toContain('31 مارس 2026');
    await screenshot('module-arabic-wave');

    // The open wave's lock dialog.
    await nav.locator('a[href$="/barometer"]').click();
    await page.locator('.barometer-home tbody tr', { hasText: 'W2' }).click();
    await page.locator('.wave-summary [data-action="lock"]').click();
    const dialog = page.locator('.transition-dialog');
    await expectArabic(page, dialog, 'lock dialog', ['إقفال الموجة W2؟', 'استبعاد المقابلات غير المراجَعة']);
    await dialog.locator('.v-checkbox', { hasText: 'استبعاد المقابلات غير المراجَعة' }).click();
    await expectArabic(page, dialog, 'lock dialog with exclusions', ['بعد الإقفال ستُحلَّل']);
    await screenshot('module-arabic-lock');
    await dialog.locator('.v-button', { hasText: 'إلغاء' }).click();
    await dialog.waitFor({ state: 'detached' });

    await nav.locator('a[href$="/barometer/instruments"]').click();
    const instruments = page.locator('.instruments-page');
    await instruments.locator('[data-instrument="BARO"]').waitFor(PATIENCE);
    // The coordinators gave BARO an Arabic title; the other instruments' headings (SUIVI, those other test
    // files build) are the data's French.
    await instruments
      .locator('[data-instrument]:not([data-instrument="BARO"]) h2')
      .evaluateAll((headings) => headings.forEach((heading) => heading.remove()));
    await expectArabic(page, main, 'questionnaires', [
      'استمارات البارومتر وإصداراتها',
      'استيراد ملف XLSForm',
      'معاينة',
      'مقياس إعادة إدماج القاصرين المحتجزين',
    ]);

    await instruments.locator('[data-instrument="BARO"] [data-version="1"] [data-action="preview"]').click();
    const preview = page.locator('.preview-dialog');
    await expectArabic(page, preview.locator('.v-card-title, .v-card-actions, .v-notice').first(), 'preview', [
      'معاينة BARO v1',
    ]);
    expect(await preview.innerText()).toContain('مسح الأجوبة');
    await preview.locator('.v-button', { hasText: 'إغلاق' }).click();
    await page.context().close();
  }, 300_000);
});
