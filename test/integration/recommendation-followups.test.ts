// The recommendation tracker over HTTP: the institutions in French and Arabic, W1's recommendations with
// their addressee, indicators and rules, their follow-up in W2, a follow-up frozen once its wave is
// locked on every write path (REST single and batch, GraphQL, a row moved in), and the W2 report with
// the "Suivi des recommandations" chapter and the compliance annex, read back with pdftotext.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECTION_TITLES } from '../../core/report/titles.ts';
import type { Api } from '../../scripts/lib/api.ts';
import { followUps, institutions, recommendations } from '../../seed/demo/data.ts';
import { buildWorld, type World } from '../fixtures/world.ts';
import { as, asAdmin, count, idOf } from '../helpers.ts';

interface Recommendation {
  id: number;
  text: string;
  deadline: string | null;
  institution: { code: string; name: string; name_ar: string } | null;
  indicators: Array<{ indicators_id: { code: string } }>;
  rules: Array<{ standard_rules_id: { code: string } }>;
  followups: Array<{ id: number; status: string; wave: { code: string } }>;
}

const ARABIC = /[\u0600-\u06FF]/;
const scratch = mkdtempSync(join(tmpdir(), 'barometre-followups-'));

let admin: Api;
let coordinator: Api;
let w1: Recommendation[];

beforeAll(async () => {
  admin = await asAdmin();
  coordinator = await as('coordinator');
  w1 = await coordinator.get<Recommendation[]>(
    '/items/recommendations?filter[wave][code][_eq]=W1&sort=sort&limit=-1&fields=id,text,deadline,institution.code,institution.name,institution.name_ar,indicators.indicators_id.code,rules.standard_rules_id.code,followups.id,followups.status,followups.wave.code',
  );
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('institutions and recommendations', () => {
  it('lists the addressees in French and Arabic, seeded once', async () => {
    const analyst = await as('analyst');
    const rows = await analyst.get<Array<{ code: string; name: string; name_ar: string }>>(
      '/items/institutions?limit=-1&sort=sort',
    );
    expect(rows.map((row) => row.code)).toEqual(institutions.map((institution) => institution.code));
    for (const code of ['DGAPR', 'MJ', 'PMP', 'CNDH', 'EN', 'FM6', 'MENPS'])
      expect(rows.map((row) => row.code)).toContain(code);
    for (const row of rows) {
      expect(row.name).not.toMatch(ARABIC);
      expect(row.name_ar).toMatch(ARABIC);
    }
    expect(rows.find((row) => row.code === 'FM6')?.name).toBe('Fondation Mohammed VI pour la réinsertion des détenus');
    expect(await count(admin, 'institutions')).toBe(institutions.length);
    expect((await (await as('enumerator1')).raw('GET', '/items/institutions')).status).toBe(403);
  });

  it('gives each W1 recommendation an institution, a deadline, indicators, rules and its follow-up in W2', () => {
    expect(w1).toHaveLength(recommendations.length);
    const separation = w1.find((row) => row.text.startsWith('Mettre fin à tout partage d’espace'));
    expect(separation?.institution?.code).toBe('DGAPR');
    expect(separation?.institution?.name_ar).toMatch(ARABIC);
    expect(separation?.deadline).toBe('2026-12-31');
    expect(separation?.indicators.map((link) => link.indicators_id.code)).toEqual(['SAF_ADULTS']);
    expect(separation?.rules.map((link) => link.standard_rules_id.code).sort()).toEqual([
      'CRC-art.37(c)',
      'HAVANA-r.29',
    ]);
    expect(separation?.followups.map((row) => [row.wave.code, row.status])).toEqual([['W2', 'partly_implemented']]);
    expect(w1.flatMap((row) => row.followups)).toHaveLength(followUps.length);
  });

  it('refuses a second follow-up at the same wave, and one at the recommendation’s own wave', async () => {
    const [first] = w1;
    if (!first) throw new Error('no W1 recommendation');
    const twice = await coordinator.raw('POST', '/items/recommendation_followups', {
      recommendation: first.id,
      wave: await idOf(coordinator, 'waves', 'W2'),
      status: 'implemented',
    });
    expect(twice.status).toBe(409);
    expect(JSON.stringify(twice.body)).toContain('déjà son suivi dans la vague W2');
    expect(await count(admin, 'recommendation_followups', { recommendation: { _eq: first.id } })).toBe(1);
  });
});

describe('a follow-up frozen with its wave', () => {
  let world: World;
  let row: number;
  let open: number;
  let recommendation: number;

  beforeAll(async () => {
    world = await buildWorld(admin, 'FOLLOWUP');
    recommendation = w1[0]?.id ?? 0;
    const created = await coordinator.post<{ id: number }>('/items/recommendation_followups', {
      recommendation,
      wave: world.wave,
      status: 'in_progress',
      evidence: 'Circulaire en préparation.',
      source: 'OMP',
      date: '2026-10-20',
    });
    row = created.id;
    // Editable while the wave is open.
    await coordinator.patch(`/items/recommendation_followups/${row}`, { status: 'partly_implemented' });
    open = w1[1]?.followups[0]?.id ?? 0;
    const locked = await coordinator.raw('POST', `/barometer/waves/${world.waveCode}/lock`, {});
    expect(locked.status, JSON.stringify(locked.body)).toBe(200);
  });

  it('refuses every write once the wave is locked, and the row stays as it was', async () => {
    const path = '/items/recommendation_followups';
    const attempts = [
      await coordinator.raw('PATCH', `${path}/${row}`, { status: 'implemented' }),
      await coordinator.raw('PATCH', path, { keys: [row], data: { status: 'implemented' } }),
      await coordinator.raw('PATCH', path, [{ id: row, status: 'implemented' }]),
      await coordinator.raw('DELETE', `${path}/${row}`),
      await coordinator.raw('DELETE', path, [row]),
      await coordinator.raw('POST', path, { recommendation: w1[2]?.id, wave: world.wave, status: 'implemented' }),
      await coordinator.raw('PATCH', `${path}/${open}`, { wave: world.wave }),
      await admin.raw('PATCH', `${path}/${row}`, { evidence: 'réécrit par l’administrateur' }),
    ];
    expect(attempts.map((attempt) => attempt.status)).toEqual(attempts.map(() => 409));
    const graphql = await coordinator.raw<{ errors?: Array<{ extensions?: { code?: string } }> }>('POST', '/graphql', {
      query: `mutation { update_recommendation_followups_item(id: ${row}, data: { status: "implemented" }) { id } }`,
    });
    expect(graphql.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const deletion = await coordinator.raw<{ errors?: unknown[] }>('POST', '/graphql', {
      query: `mutation { delete_recommendation_followups_item(id: ${row}) { id } }`,
    });
    expect(deletion.body.errors?.length).toBeGreaterThan(0);
    const after = await coordinator.get<{ status: string; evidence: string; wave: number }>(`${path}/${row}`);
    expect(after).toMatchObject({
      status: 'partly_implemented',
      evidence: 'Circulaire en préparation.',
      wave: world.wave,
    });
    const untouched = await coordinator.get<{ wave: number }>(`${path}/${open}`);
    expect(untouched.wave).toBe(await idOf(coordinator, 'waves', 'W2'));
  });
});

describe('the W2 report', () => {
  let text: string;

  beforeAll(async () => {
    const { file } = await coordinator.post<{ file: string }>('/barometer/waves/W2/report', {});
    const response = await fetch(`${coordinator.url}/assets/${file}?download`, {
      headers: { authorization: `Bearer ${coordinator.token ?? ''}` },
    });
    const path = join(scratch, 'W2.pdf');
    writeFileSync(path, Buffer.from(await response.arrayBuffer()));
    text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
      .replace(/[\u00A0\u202F]/g, ' ')
      .replace(/\s+/g, ' ');
  });

  it('has the "Suivi des recommandations" chapter with W1’s recommendations and their status as of W2', () => {
    expect(text).toContain(SECTION_TITLES.followUp);
    expect(text).toContain(`Les ${recommendations.length} recommandations des rapports précédents`);
    expect(text).toContain('Partiellement mise en œuvre');
    expect(text).toContain('Parloirs séparés dans quatre quartiers des mineurs sur sept.');
    expect(text).toContain('Rejetée');
    // The follow-up recorded at a later wave is not W2's.
    expect(text).not.toContain('Circulaire en préparation.');
  });

  it('prints the compliance matrix as an annex, red lines apart and the unmeasured rules', () => {
    expect(text).toContain(SECTION_TITLES.annexCompliance);
    expect(text).toContain('Lignes rouges (interdictions absolues)');
    expect(text).toContain('non mesuré');
  });
});
