// Driving the Directus item form the way a person does: fields by their key, relations through the
// selection drawer, the barometer questionnaire by question code.
import type { Locator, Page } from 'playwright-core';

/** A field of the form in `scope`: the page, or a drawer whose form has a field of the page's name. */
export function formField(scope: Page | Locator, name: string): Locator {
  return scope.locator(`.field[data-field="${name}"]`);
}

/** Opens a many-to-one field's drawer, narrows it with the search box if asked, picks the row, confirms. */
export async function pickRelated(
  page: Page,
  name: string,
  rowText: string,
  search?: string,
  scope: Page | Locator = page,
): Promise<void> {
  const field = formField(scope, name);
  await field.locator('.many-to-one > button, .v-notice').first().waitFor();
  // Directus shows a notice instead of the selector when the role cannot read the relation: say so plainly.
  const notice = field.locator('.v-notice');
  if (await notice.isVisible()) throw new Error(`Field ${name} offers no selector: "${await notice.innerText()}"`);
  // The selection opens over the drawers already open (a relation's form in a drawer): it is the next one.
  const open = await page.locator('.v-drawer').count();
  await field.locator('.many-to-one > button').click();
  const drawer = page.locator('.v-drawer').nth(open);
  if (search) {
    await drawer.locator('.search-input').click();
    await drawer.locator('.search-input input').fill(search);
  }
  await drawer.locator('tbody tr', { hasText: rowText }).first().click();
  await drawer.locator('button:has(i[data-icon="check"])').last().click();
  await drawer.waitFor({ state: 'detached' });
}

export async function tick(page: Page, name: string): Promise<void> {
  await formField(page, name).locator('.v-checkbox').click();
}

/** Ticks one of the two consents of the questionnaire's first step. */
export async function consent(page: Page, name: 'consent_guardian' | 'assent_child'): Promise<void> {
  await questionnaire(page).locator(`[data-consent="${name}"]`).click();
}

export function questionnaire(page: Page): Locator {
  return page.locator('.barometer-questionnaire');
}

export function question(page: Page, code: string): Locator {
  return questionnaire(page).locator(`[data-question="${code}"]`);
}

/** Saves with the check button of the page header (not a drawer's). */
export async function saveItem(page: Page): Promise<void> {
  await page.locator('.header-bar button:has(i[data-icon="check"])').first().click();
}
