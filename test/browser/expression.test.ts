// The expression interface as a coordinator types: parse errors with a caret, unknown codes, the codes used.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { as } from '../helpers.ts';
import { goToApp, launchBrowser, openAppAs } from './browser.ts';
import { formField } from './item-form.ts';

async function questionId(code: string): Promise<number> {
  const filter = JSON.stringify({
    code: { _eq: code },
    instrument_version: { instrument: { code: { _eq: 'BARO' } }, version: { _eq: 1 } },
  });
  const rows = await (
    await as('coordinator')
  ).get<Array<{ id: number }>>(`/items/questions?filter=${encodeURIComponent(filter)}&fields=id`);
  const row = rows[0];
  if (!row) throw new Error(`question ${code} not found`);
  return row.id;
}

function expression(page: Page, field: string) {
  const root = formField(page, field).locator('.barometer-expression');
  return {
    root,
    input: root.locator('input'),
    problem: root.locator('.problem'),
    chips: root.locator('.codes .v-chip'),
  };
}

describe('expression interface', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it('checks a relevance condition against the codes of its version while the coordinator types', async () => {
    const id = await questionId('PRETRIAL_OVER_6M');
    const { page, screenshot } = await openAppAs(browser, 'coordinator');
    await goToApp(page, `/content/questions/${id}`);
    const relevant = expression(page, 'relevant');
    await expect.poll(() => relevant.input.inputValue(), { timeout: 60_000 }).toBe("${LEGAL_STATUS} = 'preventive'");
    await expect.poll(() => relevant.chips.allInnerTexts()).toEqual(['LEGAL_STATUS']);
    expect(await relevant.problem.count()).toBe(0);

    await relevant.input.fill("${LEGAL_STATUS} = 'preventive' andd ${DETENTION_MONTHS} >= 6");
    await expect.poll(() => relevant.problem.innerText()).toContain('« andd » inattendu à cet endroit');
    expect(await relevant.problem.innerText()).toContain('caractère 32');
    expect(await relevant.root.locator('.caret').innerText()).toContain(`${' '.repeat(31)}^~~~`);
    await relevant.root.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await screenshot('expression-syntax-error');

    await relevant.input.fill("${LEGAL_STATUS} = 'preventive' and ${DETENTION_MONTHS} >= 6 and ${DETENTION_MOIS} < 60");
    await expect
      .poll(() => relevant.problem.innerText())
      .toContain("La question « DETENTION_MOIS » n'existe pas dans cette version");
    expect(await relevant.chips.allInnerTexts()).toEqual(['LEGAL_STATUS', 'DETENTION_MONTHS', 'DETENTION_MOIS']);
    await relevant.root.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await screenshot('expression-unknown-code');

    // `.` is the answer being checked: fine in the constraint, refused in the relevance condition.
    const constraint = expression(page, 'constraint');
    expect(await constraint.problem.count()).toBe(0);
    await relevant.input.fill('. >= 6');
    await expect
      .poll(() => relevant.problem.innerText())
      .toContain("« . » (la réponse en cours) n'est permis que dans une contrainte");
  });

  it('shows no tick when it cannot check the codes: a new question with no version yet', async () => {
    const { page } = await openAppAs(browser, 'coordinator');
    await goToApp(page, '/content/questions/+');
    const relevant = expression(page, 'relevant');
    await relevant.input.fill("${LEGAL_STATU} = 'preventive'");
    await relevant.root.locator('.status-unchecked').waitFor({ timeout: 60_000 });
    expect(await relevant.root.locator('.status-ok').count()).toBe(0);
    expect(await relevant.root.locator('.note').innerText()).toContain('Codes non vérifiés');
  });

  it('checks indicator expressions against the codes of every published version', async () => {
    const { page } = await openAppAs(browser, 'coordinator');
    await goToApp(page, '/content/indicators/+');
    const numerator = expression(page, 'numerator');
    await numerator.input.fill("${FAMILY_VISIT_3M} = 'yes' and ${NOT_A_QUESTION} = 1");
    await expect
      .poll(() => numerator.problem.innerText(), { timeout: 60_000 })
      .toContain("La question « NOT_A_QUESTION » n'existe dans aucune version publiée");
  });
});
