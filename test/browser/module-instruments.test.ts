// Issue 3, the coordinator's journey in the Baromètre module: a small instrument is refused at publication
// with its problem listed, fixed, previewed as the enumerator will see it, published; the published
// question cannot be edited in its item page; version 2 is drafted from the module, one question changed,
// and the module shows the diff and the indicator that loses trend comparability, before publishing.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { as } from '../helpers.ts';
import { goToApp, launchBrowser, openAppAs, PATIENCE, settled } from './browser.ts';
import { formField, saveItem } from './item-form.ts';

interface QuestionRow {
  id: number;
  code: string;
}

/** Version 1 of a new instrument, written as the coordinator would in the content pages, with one typo in a relevance. */
async function smallInstrument(code: string): Promise<{ version: number; questions: Map<string, number> }> {
  const coordinator = await as('coordinator');
  const instrument = await coordinator.post<{ id: number }>('/items/instruments', {
    code,
    title: `Accès à un avocat ${code}`,
  });
  const version = await coordinator.post<{ id: number }>('/items/instrument_versions', {
    instrument: instrument.id,
    version: 1,
    status: 'draft',
  });
  const section = await coordinator.post<{ id: number }>('/items/sections', {
    instrument_version: version.id,
    code: 'JUSTICE',
    label: 'Accès à la justice',
    sort: 1,
  });
  const questions = await coordinator.post<QuestionRow[]>('/items/questions', [
    {
      instrument_version: version.id,
      section: section.id,
      sort: 1,
      code: 'LAWYER_SEEN',
      type: 'select_one',
      required: true,
      label: 'Avez-vous rencontré un avocat depuis votre arrestation ?',
      choices: [
        { value: 'yes', label: 'Oui', sort: 1 },
        { value: 'no', label: 'Non', sort: 2 },
      ],
    },
    {
      instrument_version: version.id,
      section: section.id,
      sort: 2,
      code: 'LAWYER_MONTHS',
      type: 'integer',
      required: false,
      label: 'Combien de mois après votre arrestation ?',
      relevant: "${LAWYER_SEN} = 'yes'",
      constraint: '. >= 0',
    },
  ]);
  return { version: version.id, questions: new Map(questions.map((question) => [question.code, question.id])) };
}

async function questionsOf(version: number): Promise<Map<string, number>> {
  const rows = await (
    await as('coordinator')
  ).get<QuestionRow[]>(`/items/questions?filter[instrument_version][_eq]=${version}&fields=id,code`);
  return new Map(rows.map((row) => [row.code, row.id]));
}

async function editLabel(page: Page, question: number, label: string): Promise<void> {
  await goToApp(page, `/content/questions/${question}`);
  const field = formField(page, 'label').locator('textarea');
  await field.waitFor();
  await field.fill(label);
  await saveItem(page);
}

describe('Baromètre module: questionnaires', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it('lets a coordinator preview, publish, fail to edit, draft version 2 and see its impact on the indicators', async () => {
    const code = `MINI_${randomBytes(2).toString('hex').toUpperCase()}`;
    const first = await smallInstrument(code);
    const { page, screenshot } = await openAppAs(browser, 'coordinator');
    await goToApp(page, '/barometer/instruments');
    const instrument = page.locator(`[data-instrument="${code}"]`);
    const version1 = instrument.locator('[data-version="1"]');
    await expect.poll(() => version1.innerText(), PATIENCE).toContain('Brouillon');

    // Publishing checks everything: the typo in the relevance is listed with its question.
    await version1.locator('[data-action="publish"]').click();
    const review = page.locator('.review-dialog');
    await expect.poll(() => review.innerText(), PATIENCE).toContain('C’est la première version');
    // A click while the dialog still slides in can land on nothing: once, the refusal never came.
    await settled(page);
    await review.locator('[data-confirm]').click();
    const problem = review.locator('[data-publish="problems"] tbody tr');
    await expect
      .poll(() => problem.innerText(), PATIENCE)
      .toMatch(/LAWYER_MONTHS\s+relevant\s+.*La question « LAWYER_SEN » n'existe pas/s);
    await settled(page);
    await screenshot('module-instrument-publish-refused');
    await review.locator('button', { hasText: 'Annuler' }).click();
    await (
      await as('coordinator')
    ).patch(`/items/questions/${first.questions.get('LAWYER_MONTHS')}`, { relevant: "${LAWYER_SEEN} = 'yes'" });

    // The preview is the enumerator's form: the follow-up question appears once the first is answered.
    await version1.locator('[data-action="preview"]').click();
    const preview = page.locator('.preview-dialog');
    const form = preview.locator('.barometer-questionnaire');
    await expect
      .poll(() => form.innerText(), PATIENCE)
      .toContain('Avez-vous rencontré un avocat depuis votre arrestation ?');
    expect(await form.locator('[data-question="LAWYER_MONTHS"]').count()).toBe(0);
    await form.locator('[data-question="LAWYER_SEEN"] .v-radio', { hasText: 'Oui' }).click();
    await expect.poll(() => form.locator('[data-question="LAWYER_MONTHS"]').count(), PATIENCE).toBe(1);
    await settled(page);
    await screenshot('module-instrument-preview');
    await preview.locator('button', { hasText: 'Fermer' }).click();

    await version1.locator('[data-action="publish"]').click();
    await review.locator('[data-confirm]').click();
    await review.waitFor({ state: 'detached' });
    await expect.poll(() => version1.innerText(), PATIENCE).toContain('Publiée');
    await settled(page);
    await screenshot('module-instrument-published');

    // The published question refuses a change in its own item page, and says what to do.
    await editLabel(page, first.questions.get('LAWYER_SEEN') ?? 0, 'Avez-vous vu un avocat ?');
    const refusal = page.locator('.v-card', { hasText: 'CONFLICT' });
    await expect
      .poll(() => refusal.innerText(), PATIENCE)
      .toMatch(
        /La version 1 de l’instrument .* est publiée : elle ne peut plus être modifiée\. Créez un nouveau brouillon/s,
      );
    await settled(page);
    await screenshot('module-instrument-edit-refused');
    expect(
      (await (await as('coordinator')).get<{ label: string }>(`/items/questions/${first.questions.get('LAWYER_SEEN')}`))
        .label,
    ).toBe('Avez-vous rencontré un avocat depuis votre arrestation ?');

    // Version 2 from the module, then a reworded question in its item page.
    await goToApp(page, '/barometer/instruments');
    await version1.locator('[data-action="draft"]').click();
    await page.waitForURL(/\/barometer\/builder\/\d+$/);
    const second = Number(page.url().split('/').pop());
    const secondQuestions = await questionsOf(second);
    expect([...secondQuestions.keys()].sort()).toEqual(['LAWYER_MONTHS', 'LAWYER_SEEN']);
    await editLabel(
      page,
      secondQuestions.get('LAWYER_SEEN') ?? 0,
      'Avez-vous pu parler à un avocat depuis votre arrestation ?',
    );
    await page.waitForURL((url) => !url.pathname.includes('/questions/'));

    await goToApp(page, '/barometer/instruments');
    const version2 = instrument.locator('[data-version="2"]');
    await expect.poll(() => version2.innerText(), PATIENCE).toContain('Brouillon');
    await version2.locator('[data-action="compare"]').click();
    await expect.poll(() => review.innerText(), PATIENCE).toContain('0 question ajoutée, 0 supprimée, 1 modifiée');
    expect(await review.locator('[data-diff="changed"] tbody tr').innerText()).toMatch(
      /LAWYER_SEEN\s+libellé\s+Avez-vous rencontré.*\s+Avez-vous pu parler/s,
    );
    expect(await review.locator('[data-diff="impacted"]').innerText()).toMatch(
      /A rencontré un avocat \(LEG_LAWYER\)\s+LAWYER_SEEN \(modifiée : libellé\)/,
    );
    await settled(page);
    await screenshot('module-instrument-diff');
    await review.locator('button', { hasText: 'Fermer' }).click();

    // The same diff comes before publishing the draft.
    await version2.locator('[data-action="publish"]').click();
    await expect.poll(() => review.innerText(), PATIENCE).toContain('LEG_LAWYER');
    expect(await review.innerText()).toContain(`Publier ${code} v2 ?`);
    await settled(page);
    await screenshot('module-instrument-publish-v2');
  }, 240_000);
});
