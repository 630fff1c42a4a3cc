// Issue 19 item 5: a coordinator builds a 4-question instrument in the module's builder by clicking (a
// select with its choices, a relevance, a constraint, a note), reorders it, previews it beside the list
// and publishes it; the published version is then read-only with "Nouveau brouillon".
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { as, asAdmin } from '../helpers.ts';
import { launchBrowser, openAppAs, PATIENCE, settled } from './browser.ts';

interface QuestionSpec {
  type: string;
  code: string;
  label: string;
  labelAr: string;
  required?: boolean;
  choices?: Array<[string, string, string]>;
  relevant?: string;
  constraint?: string;
  repeatCount?: string;
}

function editor(page: Page): Locator {
  return page.locator('[data-editor]');
}

async function pick(page: Page, field: Locator, text: string): Promise<void> {
  await field.locator('.v-select').click();
  await page.locator('.v-menu-content .v-list-item', { hasText: text }).first().click();
}

/** Opens the new-question form with `open` (the section's button unless told) and fills it. */
async function addQuestion(
  page: Page,
  section: Locator,
  spec: QuestionSpec,
  open = section.locator('[data-action="add-question"]'),
): Promise<void> {
  await open.click();
  const form = editor(page);
  await pick(page, form.locator('[data-field="type"]'), spec.type);
  await form.locator('[data-field="code"] input').fill(spec.code);
  await form.locator('[data-field="label"] textarea').fill(spec.label);
  await form.locator('[data-field="label_ar"] textarea').fill(spec.labelAr);
  if (spec.required) await form.locator('[data-field="required"] .v-checkbox').click();
  for (const [index, [value, label, labelAr]] of (spec.choices ?? []).entries()) {
    await form.locator('[data-action="add-choice"]').click();
    const choice = form.locator(`[data-choice="${index}"]`);
    // Value, French label, Arabic label: the row's inputs in order.
    const inputs = choice.locator('input');
    await inputs.nth(0).fill(value);
    await inputs.nth(1).fill(label);
    await inputs.nth(2).fill(labelAr);
  }
  if (spec.relevant) await form.locator('[data-field="relevant"] input').fill(spec.relevant);
  if (spec.constraint) await form.locator('[data-field="constraint"] input').fill(spec.constraint);
  if (spec.repeatCount) await form.locator('[data-field="repeat_count"] input').fill(spec.repeatCount);
  await form.locator('[data-action="save"]').click();
  await form.waitFor({ state: 'detached' });
  await section.locator(`[data-question="${spec.code}"]`).waitFor(PATIENCE);
}

/** Creates an instrument from the module's questionnaires page; gives its draft version's id. */
async function createInstrument(page: Page, code: string, title: string): Promise<number> {
  await page.locator('.module-bar .modules a[href$="/barometer"]').click();
  await page.locator('.module-nav-content a[href$="/barometer/instruments"]').click();
  const create = page.locator('[data-builder="new-instrument"]');
  await create.locator('[data-field="instrument_code"] input').fill(code);
  await create.locator('[data-field="instrument_title"] input').fill(title);
  await create.locator('[data-action="create-instrument"]').click();
  await page.waitForURL(/\/barometer\/builder\/\d+$/, PATIENCE);
  return Number(page.url().split('/').pop());
}

async function addSection(page: Page, code: string, label: string, labelAr: string): Promise<Locator> {
  const newSection = page.locator('[data-builder="new-section"]');
  await newSection.locator('[data-field="section_code"] input').fill(code);
  await newSection.locator('[data-field="section_label"] input').fill(label);
  await newSection.locator('[data-field="section_label_ar"] input').fill(labelAr);
  await newSection.locator('[data-action="add-section"]').click();
  const section = page.locator(`[data-section="${code}"]`);
  await section.waitFor(PATIENCE);
  return section;
}

/** A published version is frozen for good; retired, it leaves every published-codes scope. */
async function retireOrDelete(versionId: number): Promise<void> {
  if (!versionId) return;
  const coordinator = await as('coordinator');
  const { status } = await coordinator.get<{ status: string }>(`/items/instrument_versions/${versionId}`);
  if (status === 'published') await coordinator.patch(`/items/instrument_versions/${versionId}`, { status: 'retired' });
  if (status === 'draft') await coordinator.delete(`/items/instrument_versions/${versionId}`);
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/**
 * Runs `steps` with the coordinator reading Arabic on a tablet, on version 1 of the instrument `code`
 * opened from the questionnaires page; French again afterwards.
 */
async function onArabicTablet(
  code: string,
  steps: (page: Page, screenshot: (name: string) => Promise<void>) => Promise<void>,
): Promise<void> {
  const admin = await asAdmin();
  const { id } = await (await as('coordinator')).get<{ id: string }>('/users/me');
  // Browser files run one at a time: the coordinator reads Arabic only for this test.
  await admin.patch(`/users/${id}`, { language: 'ar-SA' });
  try {
    const { page, screenshot } = await openAppAs(browser, 'coordinator', { width: 800, height: 1280 });
    // The tablet opens on the waves with the navigation drawn over them: the questionnaires are a tap away.
    await page.locator('.module-nav-content a[href$="/barometer/instruments"]').click();
    // The app folds its navigation away once a link of it is followed.
    await page.locator('#dialog-outlet .v-overlay.active .overlay').waitFor({ state: 'hidden', ...PATIENCE });
    await page.locator(`[data-instrument="${code}"] [data-version="1"] [data-action="open"]`).click();
    await steps(page, screenshot);
  } finally {
    await admin.patch(`/users/${id}`, { language: 'fr-FR' });
  }
}

describe('questionnaire builder', () => {
  const code = `BUILT_${randomBytes(2).toString('hex').toUpperCase()}`;
  let versionId = 0;

  afterAll(() => retireOrDelete(versionId));

  it('builds, previews and publishes a 4-question instrument by clicking', async () => {
    const { page, screenshot } = await openAppAs(browser, 'coordinator', { width: 1440, height: 900 });
    versionId = await createInstrument(page, code, 'Suivi construit dans le module');

    const structure = page.locator('[data-builder="structure"]');
    await expect.poll(() => structure.innerText(), PATIENCE).toContain(`${code} v1`);
    const section = await addSection(page, 'PROFIL', 'Profil et situation', 'الملف والوضعية');

    await addQuestion(page, section, {
      type: 'Choix unique',
      code: 'LEGAL_STATUS',
      label: 'Quelle est votre situation judiciaire ?',
      labelAr: 'ما هي وضعيتك القضائية؟',
      required: true,
      choices: [
        ['preventive', 'Détention préventive', 'اعتقال احتياطي'],
        ['convicted', 'Condamné(e)', 'محكوم'],
      ],
    });
    await addQuestion(page, section, {
      type: 'Nombre entier',
      code: 'AGE',
      label: 'Quel âge avez-vous ?',
      labelAr: 'كم عمرك؟',
      required: true,
      constraint: '. >= 12 and . <= 18',
    });

    // The checker names an unknown code as an error, and ticks only what it checked.
    await section.locator('[data-action="add-question"]').click();
    const form = editor(page);
    await pick(page, form.locator('[data-field="type"]'), 'Nombre entier');
    await form.locator('[data-field="code"] input').fill('DETENTION_MONTHS');
    await form.locator('[data-field="label"] textarea').fill('Depuis combien de mois êtes-vous détenu(e) ?');
    await form.locator('[data-field="label_ar"] textarea').fill('منذ كم شهرا أنت محتجز(ة)؟');
    const relevant = form.locator('[data-field="relevant"]');
    await relevant.locator('input').fill("${LEGAL_STATU} = 'preventive'");
    await expect
      .poll(() => relevant.locator('.problem').innerText(), PATIENCE)
      .toContain("La question « LEGAL_STATU » n'existe pas dans cette version");
    expect(await relevant.locator('.status-ok').count()).toBe(0);
    await settled(page);
    await screenshot('builder-unknown-code');
    await relevant.locator('input').fill("${LEGAL_STATUS} = 'preventive'");
    await relevant.locator('.status-ok').waitFor(PATIENCE);
    expect(await relevant.locator('.problem').count()).toBe(0);
    await form.locator('[data-action="save"]').click();
    await section.locator('[data-question="DETENTION_MONTHS"]').waitFor(PATIENCE);

    await addQuestion(page, section, {
      type: 'Note',
      code: 'END_NOTE',
      label: 'Merci pour vos réponses.',
      labelAr: 'شكرا على أجوبتك.',
    });

    // Age first: moved up once, saved at once.
    await section.locator('[data-question="AGE"] [data-action="up"]').click();
    await expect
      .poll(
        async () =>
          section
            .locator('[data-question]')
            .evaluateAll((items) => items.map((item) => item.getAttribute('data-question'))),
        PATIENCE,
      )
      .toEqual(['AGE', 'LEGAL_STATUS', 'DETENTION_MONTHS', 'END_NOTE']);
    const saved = await (
      await as('coordinator')
    ).get<Array<{ code: string; section: { code: string }; choices: Array<{ value: string }> }>>(
      `/items/questions?filter[instrument_version][_eq]=${versionId}&fields=code,section.code,choices.value&sort=sort`,
    );
    expect(saved.map((question) => question.code)).toEqual(['AGE', 'LEGAL_STATUS', 'DETENTION_MONTHS', 'END_NOTE']);
    expect(saved.every((question) => question.section.code === 'PROFIL')).toBe(true);
    expect(saved[1]?.choices.map((choice) => choice.value).sort()).toEqual(['convicted', 'preventive']);

    // The preview beside the list is the enumerator's form: the relevance applies.
    const preview = page.locator('[data-builder="preview"] .barometer-questionnaire');
    await expect.poll(() => preview.innerText(), PATIENCE).toContain('Quelle est votre situation judiciaire ?');
    expect(await preview.locator('[data-question="DETENTION_MONTHS"]').count()).toBe(0);
    await preview.locator('[data-question="LEGAL_STATUS"] .v-radio', { hasText: 'Détention préventive' }).click();
    await expect.poll(() => preview.locator('[data-question="DETENTION_MONTHS"]').count(), PATIENCE).toBe(1);
    await settled(page);
    await screenshot('builder-draft');

    await page.locator('.header-bar [data-action="publish"]').click();
    const review = page.locator('.review-dialog');
    await expect.poll(() => review.innerText(), PATIENCE).toContain('C’est la première version');
    await settled(page);
    await review.locator('[data-confirm]').click();
    await review.waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('[data-builder="status"]').innerText(), PATIENCE).toContain('Publiée');
    expect(await structure.locator('[data-action="edit"], [data-action="add-question"]').count()).toBe(0);
    expect(await page.locator('.header-bar [data-action="draft"]').innerText()).toContain('Nouveau brouillon');
    await settled(page);
    await screenshot('builder-published');
  }, 300_000);

  it('speaks Arabic, right to left, to an Arabic-speaking coordinator on a tablet', async () => {
    expect(versionId).toBeGreaterThan(0);
    await onArabicTablet(code, async (page, screenshot) => {
      const builder = page.locator('.builder');
      await expect.poll(() => page.locator('[data-builder="status"]').innerText(), PATIENCE).toContain('منشور');
      expect(await builder.getAttribute('dir')).toBe('rtl');
      expect(await page.locator('.header-bar [data-action="draft"]').innerText()).toContain('مسودة جديدة');
      expect(await builder.innerText()).toContain('هذا الإصدار مُجمَّد');
      await settled(page);
      await screenshot('builder-arabic-tablet');
    });
  }, 180_000);
});

// Issue 20: the builder offers repeats. A coordinator adds a repeat with its count, puts questions in it
// (each placed after the repeat's questions, even once a question follows the repeat), sees it in the
// preview with its add button, and publishes it through the same check as an imported XLSForm, which
// refuses a question placed in the repeat before it.
describe('repeats in the questionnaire builder', () => {
  const code = `BUILTREP_${randomBytes(2).toString('hex').toUpperCase()}`;
  let versionId = 0;
  let draftId = 0;

  afterAll(async () => {
    await retireOrDelete(draftId);
    await retireOrDelete(versionId);
  });

  it('adds a repeat with its count, puts questions in it and publishes it, in French on a desktop', async () => {
    const { page, screenshot } = await openAppAs(browser, 'coordinator', { width: 1440, height: 900 });
    versionId = await createInstrument(page, code, 'Visites construites dans le module');
    const section = await addSection(page, 'VISITES', 'Visites reçues', 'الزيارات');
    await addQuestion(page, section, {
      type: 'Nombre entier',
      code: 'N_VISITES',
      label: 'Combien de visites avez-vous reçues ce mois-ci ?',
      labelAr: 'كم زيارة تلقيت هذا الشهر؟',
    });
    await addQuestion(page, section, {
      type: 'Répétition (begin_repeat)',
      code: 'VISITE',
      label: 'Visite reçue',
      labelAr: 'زيارة',
      repeatCount: '${N_VISITES}',
    });
    const repeat = section.locator('[data-question="VISITE"]');
    await addQuestion(
      page,
      section,
      { type: 'Nombre entier', code: 'V_MINUTES', label: 'Durée (minutes)', labelAr: 'المدة (دقائق)' },
      repeat.locator('[data-action="add-to-repeat"]'),
    );
    await addQuestion(page, section, {
      type: 'Note',
      code: 'FIN',
      label: 'Merci.',
      labelAr: 'شكرا.',
    });
    // A question added to the repeat goes after its questions, before the note that follows it.
    await addQuestion(
      page,
      section,
      { type: 'Texte', code: 'V_QUI', label: 'Qui est venu ?', labelAr: 'من زار؟' },
      repeat.locator('[data-action="add-to-repeat"]'),
    );
    await expect
      .poll(
        () =>
          section
            .locator('[data-question]')
            .evaluateAll((items) =>
              items.map((item) => [item.getAttribute('data-question'), item.getAttribute('data-in-repeat')]),
            ),
        PATIENCE,
      )
      .toEqual([
        ['N_VISITES', null],
        ['VISITE', null],
        ['V_MINUTES', 'VISITE'],
        ['V_QUI', 'VISITE'],
        ['FIN', null],
      ]);
    const saved = await (
      await as('coordinator')
    ).get<Array<{ code: string; type: string; repeat: string | null; repeat_count: string | null }>>(
      `/items/questions?filter[instrument_version][_eq]=${versionId}&fields=code,type,repeat,repeat_count&sort=sort`,
    );
    expect(saved).toEqual([
      { code: 'N_VISITES', type: 'integer', repeat: null, repeat_count: null },
      { code: 'VISITE', type: 'repeat', repeat: null, repeat_count: '${N_VISITES}' },
      { code: 'V_MINUTES', type: 'integer', repeat: 'VISITE', repeat_count: null },
      { code: 'V_QUI', type: 'text', repeat: 'VISITE', repeat_count: null },
      { code: 'FIN', type: 'note', repeat: null, repeat_count: null },
    ]);

    // The preview is the enumerator's form: a block per instance, added with its button.
    const preview = page.locator('[data-builder="preview"] .barometer-questionnaire');
    const previewRepeat = preview.locator('[data-repeat="VISITE"]');
    await previewRepeat.waitFor(PATIENCE);
    expect(await previewRepeat.locator('[data-question="V_MINUTES"]').count()).toBe(0);
    await previewRepeat.locator('[data-action="add-instance"]').click();
    await expect.poll(() => previewRepeat.locator('[data-question="V_MINUTES"]').count(), PATIENCE).toBe(1);
    await settled(page);
    await screenshot('builder-repeat');

    // Placed in the repeat while it comes before it, the count is refused at publication, as on import.
    await section.locator('[data-question="N_VISITES"] [data-action="edit"]').click();
    await pick(page, editor(page).locator('[data-field="repeat"]'), 'VISITE');
    await editor(page).locator('[data-action="save"]').click();
    await editor(page).waitFor({ state: 'detached' });
    await page.locator('.header-bar [data-action="publish"]').click();
    const review = page.locator('.review-dialog');
    await review.locator('[data-confirm]').click();
    await expect
      .poll(() => review.locator('[data-publish="problems"]').innerText(), PATIENCE)
      .toContain("Question « N_VISITES » : la répétition « VISITE » n'existe pas avant cette question.");
    await review.locator('.v-card-actions button', { hasText: 'Annuler' }).click();
    await review.waitFor({ state: 'detached' });

    await section.locator('[data-question="N_VISITES"] [data-action="edit"]').click();
    await pick(page, editor(page).locator('[data-field="repeat"]'), 'Aucune (une fois par entretien)');
    await editor(page).locator('[data-action="save"]').click();
    await editor(page).waitFor({ state: 'detached' });
    await page.locator('.header-bar [data-action="publish"]').click();
    await review.locator('[data-confirm]').click();
    await review.waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('[data-builder="status"]').innerText(), PATIENCE).toContain('Publiée');
  }, 300_000);

  it('adds a question to the repeat of a new draft in Arabic, right to left, on a tablet', async () => {
    expect(versionId).toBeGreaterThan(0);
    await onArabicTablet(code, async (page, screenshot) => {
      await page.locator('.header-bar [data-action="draft"]', { hasText: 'مسودة جديدة' }).click();
      await expect.poll(() => page.locator('[data-builder="status"]').innerText(), PATIENCE).toContain('مسودة');
      draftId = Number(page.url().split('/').pop());
      const section = page.locator('[data-section="VISITES"]');
      const repeat = section.locator('[data-question="VISITE"]');
      expect(await repeat.innerText()).toContain('عدد التكرارات');
      await addQuestion(
        page,
        section,
        { type: 'نص', code: 'V_NOTE', label: 'Remarque sur la visite', labelAr: 'ملاحظة عن الزيارة' },
        repeat.locator('[data-action="add-to-repeat"]', { hasText: 'إضافة سؤال إلى التكرار' }),
      );
      expect(
        await section
          .locator('[data-in-repeat="VISITE"]')
          .evaluateAll((items) => items.map((item) => item.getAttribute('data-question'))),
      ).toEqual(['V_MINUTES', 'V_QUI', 'V_NOTE']);
      expect(await section.locator('[data-question="V_NOTE"]').innerText()).toContain('ضمن التكرار VISITE');
      expect(await page.locator('.builder').getAttribute('dir')).toBe('rtl');
      await settled(page);
      await screenshot('builder-repeat-arabic-tablet');
    });
  }, 300_000);
});
