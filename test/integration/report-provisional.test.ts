// Issue 18 (2): the report of a wave still in the field says so. W2 (open) is built through HTTP and
// read back with pdftotext page by page: "PROVISOIRE" on every page, its coverage stated, no word of
// significance; its participation table prints what was recorded (the draw lists, a refusal entered
// here for a minor called from a replacement list), never figures derived from the targets.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../scripts/lib/api.ts';
import { as, asAdmin, count, idOf } from '../helpers.ts';

interface Draw {
  establishment: string;
  selected: string[];
  replacements: string[];
}

const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/report-w2/', import.meta.url));

/** The PDF's pages as pdftotext lays them out, French spaces read as plain ones. */
function pdfPages(path: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/[\u00A0\u202F]/g, ' ');
  return text.split('\f').filter((page, position, pages) => position < pages.length - 1 || page.trim() !== '');
}

async function buildAndDownload(api: Api, wave: string, name: string): Promise<string> {
  const { file } = await api.post<{ file: string }>(`/barometer/waves/${wave}/report`, {});
  const response = await fetch(`${api.url}/assets/${file}?download`, {
    headers: { authorization: `Bearer ${api.token ?? ''}` },
  });
  expect(response.status).toBe(200);
  const path = join(ARTIFACTS, name);
  writeFileSync(path, Buffer.from(await response.arrayBuffer()));
  return path;
}

const figure = (text: string, label: string): number | undefined => {
  const match = new RegExp(`${label.replace(/[()]/g, '\\$&')}\\s+([\\d ]+?)(?:\\s{2,}|\\s*$)`, 'm').exec(text);
  return match?.[1] === undefined ? undefined : Number(match[1].replace(/ /g, ''));
};

describe('the report of an open wave (W2)', () => {
  let admin: Api;
  let coordinator: Api;
  let pages: string[];
  let draws: Draw[];
  beforeAll(async () => {
    admin = await asAdmin();
    coordinator = await as('coordinator');
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const entry of readdirSync(ARTIFACTS)) rmSync(join(ARTIFACTS, entry));

    // A refusal recorded for a minor called from a replacement list of W2's recorded draw.
    draws = (await coordinator.get<{ draws: Draw[] }>('/barometer/waves/W2/draws')).draws;
    const draw = draws.find((entry) => entry.replacements.length > 0);
    if (!draw) throw new Error('the demo draw of W2 has no replacement list');
    const code = draw.replacements[0] ?? '';
    const known = await admin.get<Array<{ id: number }>>(`/items/participants?filter[code][_eq]=${code}&fields=id`);
    const participant = known[0]?.id ?? (await admin.post<{ id: number }>('/items/participants', { code })).id;
    const w2 = await idOf(admin, 'waves', 'W2');
    const [sample] = await admin.get<Array<{ instrument_version: number }>>(
      `/items/interviews?filter[wave][_eq]=${w2}&fields=instrument_version&limit=1`,
    );
    await admin.post('/items/interviews', {
      code: 'T18-REFUS-1',
      wave: w2,
      participant,
      establishment: await idOf(admin, 'establishments', draw.establishment),
      instrument_version: sample?.instrument_version,
      consent_guardian: false,
      assent_child: false,
      status: 'draft',
      answers: {},
    });
    pages = pdfPages(await buildAndDownload(coordinator, 'W2', 'barometre-W2.pdf'));
    execFileSync('pdftoppm', ['-r', '60', '-png', join(ARTIFACTS, 'barometre-W2.pdf'), join(ARTIFACTS, 'page')]);
  });

  it('prints PROVISOIRE on every page and its coverage, and no significance', () => {
    expect(pages.length).toBeGreaterThan(10);
    const unmarked = pages.flatMap((page, position) => (page.includes('PROVISOIRE') ? [] : [position + 1]));
    expect(unmarked).toEqual([]);
    const text = pages.join('\n');
    expect(text).toMatch(/Collecte en cours : \d+ établissements? sur 12 visités?/);
    expect(text).not.toMatch(/significati/i);
  });

  it('prints the participation that was recorded: drawn, replacements called, refusals', async () => {
    const text = pages.join('\n');
    const w2 = await idOf(admin, 'waves', 'W2');
    const refusedGuardian = await count(admin, 'interviews', {
      _and: [{ wave: { _eq: w2 } }, { consent_guardian: { _eq: false } }],
    });
    expect(refusedGuardian).toBeGreaterThanOrEqual(1);
    expect(figure(text, 'Refus du représentant légal')).toBe(refusedGuardian);
    const drawn = new Set(draws.flatMap((draw) => draw.selected)).size;
    expect(drawn).toBeGreaterThan(0);
    expect(figure(text, 'Mineurs tirés au sort')).toBe(drawn);
    const interviewed = await admin.get<Array<{ participant: { code: string } | null }>>(
      `/items/interviews?filter[wave][_eq]=${w2}&fields=participant.code&limit=-1`,
    );
    const approached = new Set(interviewed.flatMap((row) => (row.participant ? [row.participant.code] : [])));
    const replacements = new Set(draws.flatMap((draw) => draw.replacements));
    const used = [...replacements].filter((code) => approached.has(code)).length;
    expect(used).toBeGreaterThanOrEqual(1);
    expect(figure(text, 'Remplaçants appelés')).toBe(used);
    expect(text).toContain('Pas encore rencontrés (collecte en cours)');
  });
});

describe('the report of a locked wave (W1)', () => {
  it('carries no provisional mark and says its draw lists are not recorded', async () => {
    const path = await buildAndDownload(await as('coordinator'), 'W1', 'barometre-W1.pdf');
    const text = pdfPages(path).join('\n');
    expect(text).not.toContain('PROVISOIRE');
    expect(figure(text, 'Refus du représentant légal')).toBe(0);
    expect(text).toMatch(/Mineurs tirés au sort\s+non enregistré/);
    expect(text).toContain('ne sont pas enregistrées dans le système');
  });
});
