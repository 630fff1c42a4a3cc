// Issue 5, the coordinator's journey in the Baromètre module: a new wave opened from its page, its sample
// frame imported (a bad file first), interviews collected offline imported, coverage followed, the wave
// locked through the confirmation dialog and the lock found in its history.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { demoUser } from '../../seed/demo-users.ts';
import { interviewImportCsv } from '../fixtures/import-csv.ts';
import { as, idOf } from '../helpers.ts';
import { goToApp, launchBrowser, openAppAs, PATIENCE, settled } from './browser.ts';

/** A complete, valid set of answers: those of a validated demo interview of W2 (same BARO version). */
async function completeAnswers(): Promise<Record<string, unknown>> {
  const coordinator = await as('coordinator');
  const [interview] = await coordinator.get<Array<{ answers: Record<string, unknown> }>>(
    '/items/interviews?filter[wave][code][_eq]=W2&filter[status][_eq]=validated&fields=answers&limit=1',
  );
  if (!interview) throw new Error('The demo has no validated W2 interview');
  return interview.answers;
}

async function chooseFile(page: Page, importName: string, name: string, content: string): Promise<void> {
  await page
    .locator(`[data-import="${importName}"] input[type="file"]`)
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content) });
}

describe('Baromètre module: waves', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it('lets a coordinator open a wave, import its frame and interviews, follow coverage and lock it', async () => {
    const coordinator = await as('coordinator');
    const suffix = randomBytes(2).toString('hex').toUpperCase();
    const code = `T${suffix}`;
    const newEstablishment = `N${suffix}`;
    const [baro] = await coordinator.get<Array<{ id: number }>>(
      '/items/instrument_versions?filter[instrument][code][_eq]=BARO&filter[version][_eq]=1&fields=id',
    );
    const wave = await coordinator.post<{ id: number }>('/barometer/waves', {
      code,
      label: `Vague d’essai ${suffix}`,
      kind: 'wave',
      reference_date: '2027-03-31',
      sampling_rate: 0.25,
      instrument_versions: [baro?.id],
    });
    // The interviews collected offline are credited to their enumerator, who must be assigned where they were held.
    for (const establishment of ['E01', 'E02']) {
      await coordinator.post('/items/assignments', {
        user: demoUser('enumerator1').id,
        wave: wave.id,
        establishment: await idOf(coordinator, 'establishments', establishment),
      });
    }
    // Its supervisor reviews E01's interviews: validation is a supervisor's act, never the import's.
    await coordinator.post('/items/assignments', {
      user: demoUser('supervisor1').id,
      wave: wave.id,
      establishment: await idOf(coordinator, 'establishments', 'E01'),
    });

    const { page, screenshot } = await openAppAs(browser, 'coordinator');
    await goToApp(page, '/barometer');
    const row = page.locator('.barometer-home tbody tr', { hasText: code });
    await expect.poll(() => row.innerText(), PATIENCE).toContain('Planifiée');
    await row.click();
    await page.waitForURL(new RegExp(`/barometer/waves/${code}$`));
    const summary = page.locator('.wave-summary');

    await summary.locator('[data-action="open"]').click();
    const dialog = page.locator('.transition-dialog');
    await expect.poll(() => dialog.innerText(), PATIENCE).toContain(`Ouvrir la vague ${code} ?`);
    await dialog.locator('[data-confirm]').click();
    await expect.poll(() => summary.locator('.status-chip').first().innerText(), PATIENCE).toBe('Ouverte');

    // A frame with a bad count and a new establishment without its type: nothing is saved, each problem is listed.
    const frame = page.locator('[data-import="frame"]');
    await chooseFile(
      page,
      'frame',
      'base-erronee.csv',
      `establishment_code,population\nE01,40\nE02,vingt\n${newEstablishment},6\n`,
    );
    const problems = frame.locator('.problems-table tbody tr');
    await expect.poll(() => problems.count(), PATIENCE).toBe(2);
    expect(await problems.nth(0).innerText()).toMatch(/3\s+population\s+« vingt » n’est pas un effectif/);
    expect(await problems.nth(1).innerText()).toMatch(/4\s+establishment_type/);
    await frame.scrollIntoViewIfNeeded();
    await settled(page);
    await screenshot('module-wave-frame-refused');

    await chooseFile(
      page,
      'frame',
      'base.csv',
      [
        'establishment_code,population,establishment_type,region',
        'E01,40,,',
        'E02,20,,',
        `${newEstablishment},6,quartier_mineurs,Oriental`,
      ].join('\n'),
    );
    await expect
      .poll(() => frame.locator('.v-notice').innerText(), PATIENCE)
      .toContain('3 établissements dans la base de sondage, 1 nouvel établissement créé');

    const answers = await completeAnswers();
    const questions = Object.keys(answers);
    await chooseFile(
      page,
      'interviews',
      'entretiens-kobo.csv',
      interviewImportCsv(questions, [
        {
          interview_code: `${code}-1`,
          participant_code: `P-${code}-1`,
          establishment_code: 'E01',
          status: 'submitted',
          enumerator_email: demoUser('enumerator1').email,
          answers,
        },
        {
          interview_code: `${code}-2`,
          participant_code: `P-${code}-2`,
          establishment_code: 'E02',
          status: 'draft',
          enumerator_email: demoUser('enumerator1').email,
          answers: {},
        },
      ]),
    );
    await expect
      .poll(() => page.locator('[data-import="interviews"] .v-notice').innerText(), PATIENCE)
      .toContain('2 entretiens enregistrés');
    const supervisor = await as('supervisor1');
    await supervisor.patch(`/items/interviews/${await idOf(supervisor, 'interviews', `${code}-1`)}`, {
      status: 'validated',
    });
    await page.reload();

    // Coverage: targets are ceil(25% x N_h); the validated interview counts, the draft does not.
    const coverage = page.locator('[data-section="coverage"]');
    const e01 = coverage.locator('.establishments tbody tr', { hasText: 'E01' });
    await expect.poll(() => e01.innerText(), PATIENCE).toMatch(/E01\s+.*\s+40\s+10\s+1\s+10\s%/s);
    expect(await coverage.locator('.establishments tbody tr', { hasText: newEstablishment }).innerText()).toMatch(
      /6\s+2\s+0/,
    );
    expect(await coverage.locator('.enumerators').innerText()).toMatch(/Nadia Enquêtrice\s+1/);
    await coverage.scrollIntoViewIfNeeded();
    await settled(page);
    await screenshot('module-wave-coverage');

    // Lock: the dialog says what the server refuses (the unreviewed draft); the first try is refused, then
    // the coordinator excludes it explicitly.
    await summary.scrollIntoViewIfNeeded();
    await summary.locator('[data-action="lock"]').click();
    await expect
      .poll(() => dialog.innerText(), PATIENCE)
      .toContain('1 entretien n’est pas relu (1 brouillon, 0 soumis non validé)');
    await dialog.locator('[data-confirm]').click();
    await expect
      .poll(() => dialog.locator('.failure-notice').innerText(), PATIENCE)
      .toContain(`La vague ${code} a encore 1 brouillon(s)`);
    await settled(page);
    await screenshot('module-wave-lock-refused');
    await dialog.locator('.v-checkbox', { hasText: 'Exclure les entretiens non relus' }).click();
    // Before it locks with exclusions, the dialog says what the estimates will still cover, and waits for
    // the coordinator to confirm it.
    const remaining = dialog.locator('[data-lock-coverage]');
    await expect
      .poll(() => remaining.innerText(), PATIENCE)
      .toMatch(/1 entretien sera analysé \(1 exclu\)\. Il couvre 40 mineurs sur 66 \(61\s%\)/);
    expect(await remaining.locator('[data-uncovered]').innerText()).toMatch(
      new RegExp(
        `2 établissements sur 3 n’auront aucun entretien analysé : (E02, ${newEstablishment}|${newEstablishment}, E02)\\.`,
      ),
    );
    expect(await dialog.locator('[data-confirm] button').isDisabled()).toBe(true);
    await settled(page);
    await screenshot('module-wave-lock-coverage');
    await dialog.locator('[data-coverage-confirm]').click();
    await dialog.locator('[data-confirm]').click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => summary.locator('.status-chip').first().innerText(), PATIENCE).toBe('Verrouillée');
    // Once locked the frame is frozen: the module no longer offers its import.
    expect(await frame.innerText()).toContain('sa base de sondage est figée');

    const history = page.locator('[data-section="history"] tbody tr');
    await expect.poll(() => history.count(), PATIENCE).toBe(2);
    expect(await history.nth(0).innerText()).toMatch(/Ouverte\s+Verrouillée\s+Salma Coordinatrice\s+—\s+1/);
    expect(await history.nth(1).innerText()).toMatch(/Planifiée\s+Ouverte\s+Salma Coordinatrice/);
    await page.locator('[data-section="history"]').scrollIntoViewIfNeeded();
    await settled(page);
    await screenshot('module-wave-locked-history');

    const [locked] = await coordinator.get<
      Array<{
        status: string;
        events: Array<{ to_status: string; user_created: string; details: { excluded: number } }>;
      }>
    >(`/items/waves?filter[code][_eq]=${code}&fields=status,events.to_status,events.user_created,events.details`);
    expect(locked?.status).toBe('locked');
    expect(locked?.events).toContainEqual({
      to_status: 'locked',
      user_created: demoUser('coordinator').id,
      details: expect.objectContaining({ excluded: 1 }),
    });
  }, 240_000);
});
