// Debian's chromium driven by playwright-core, logged into the Directus app as a demo user.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { projectRoot } from '../../scripts/lib/env.ts';
import { demoUser, type DemoUser } from '../../seed/demo-users.ts';
import { instance } from '../helpers.ts';

/** How long a page may take on a loaded 2-core machine before a poll gives up. */
export const PATIENCE = { timeout: 60_000, interval: 250 };

export const artifactsFolder = join(projectRoot, 'test-artifacts', 'browser');

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface AppSession {
  page: Page;
  /** Saves a screenshot under test-artifacts/browser for a person to look at. */
  screenshot: (name: string) => Promise<void>;
}

export async function openAppAs(
  browser: Browser,
  key: DemoUser['key'],
  viewport = { width: 1280, height: 900 },
): Promise<AppSession> {
  const user = demoUser(key);
  const context = await browser.newContext({ viewport, locale: user.language });
  const page = await context.newPage();
  // A shared 2-core machine can take tens of seconds to render a page under load.
  page.setDefaultTimeout(60_000);
  await page.goto(`${instance().url}/admin/login`);
  await page.locator('input[type="email"]').fill(user.email);
  await page.locator('input[type="password"]').fill(user.password);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/admin\/(content|barometer|insights)/, { timeout: 60_000 });
  mkdirSync(artifactsFolder, { recursive: true });
  return {
    page,
    screenshot: async (name) => {
      await page.screenshot({ path: join(artifactsFolder, `${name}.png`), fullPage: false });
    },
  };
}

/** Goes to a page of the app, `path` being what follows /admin, on the instance the page is logged into. */
export async function goToApp(page: Page, path: string): Promise<void> {
  await page.goto(page.url().replace(/\/admin\/.*/, `/admin${path}`));
}

/**
 * At tablet width the app opens with its navigation drawn over the page, a little after the page itself:
 * a person taps beside it to close it. Waiting for the overlay keeps a later tap from landing on it.
 */
export async function closeTabletNavigation(page: Page): Promise<void> {
  const overlay = page.locator('#dialog-outlet .v-overlay.active .overlay');
  await overlay.click();
  await overlay.waitFor({ state: 'hidden', ...PATIENCE });
}

/** Opens a wave's page in the Baromètre module and waits for one of its sections (`data-section`). */
export async function openWave(page: Page, code: string, section: string): Promise<Locator> {
  await goToApp(page, `/barometer/waves/${encodeURIComponent(code)}`);
  const found = page.locator(`[data-section="${section}"]`);
  await found.waitFor(PATIENCE);
  return found;
}

/**
 * Waits for the app's transitions (a dialog fading in) to end, so screenshots show the settled page; at
 * most a second, since a paused animation never finishes.
 */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.race([
      Promise.all(
        document
          .getAnimations()
          .filter(
            (animation) =>
              animation.playState === 'running' && animation.effect?.getComputedTiming().iterations !== Infinity,
          )
          .map((animation) => animation.finished.catch(() => undefined)),
      ),
      new Promise((resolve) => setTimeout(resolve, 1000)),
    ]),
  );
}
