// What the browser tests do on the offline entry page: sign in and make the device's vault, answer a question.
import type { Page } from 'playwright-core';
import type { DemoUser } from '../../seed/demo-users.ts';
import { instance } from '../helpers.ts';

/** First use of a device: the enumerator's account, then the passphrase that encrypts the device's vault. */
export async function setUpFieldPage(page: Page, user: DemoUser, passphrase: string): Promise<void> {
  await page.goto(`${instance().url}/barometer/field/`);
  await page.locator('input[name="email"]').fill(user.email);
  await page.locator('input[name="password"]').fill(user.password);
  await page.locator('input[name="passphrase"]').fill(passphrase);
  await page.locator('input[name="passphrase-again"]').fill(passphrase);
}

/** Clicks a choice by its label, or types a value and leaves the field, as an enumerator does. */
export async function answer(page: Page, code: string, value: { choice?: string; text?: string }): Promise<void> {
  const question = page.locator(`[data-question="${code}"]`);
  if (value.choice) await question.locator('label', { hasText: value.choice }).first().click();
  if (value.text !== undefined) {
    await question.locator('input').fill(value.text);
    await question.locator('input').blur();
  }
}
