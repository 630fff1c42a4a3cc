// A question sits in a section of its own version, on every REST write: the generic form's picker lists
// the sections of every instrument.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../scripts/lib/api.ts';
import { as, asAdmin } from '../helpers.ts';

interface Refusal {
  errors: Array<{
    extensions: { code: string; problems: Array<{ message: string; message_ar: string; question: string }> };
  }>;
}

let admin: Api;
let coordinator: Api;
let instrument: number;
const versions: number[] = [];
const sections: number[] = [];
const code = `SECTIONS_${Date.now().toString(36).toUpperCase()}`;

async function draftWithSection(version: number, sectionCode: string): Promise<void> {
  const draft = await coordinator.post<{ id: number }>('/items/instrument_versions', {
    instrument,
    version,
    sections: [{ code: sectionCode, label: `Section ${sectionCode}`, sort: 1 }],
  });
  const [section] = await coordinator.get<Array<{ id: number }>>(
    `/items/sections?filter[instrument_version][_eq]=${draft.id}&fields=id`,
  );
  versions.push(draft.id);
  sections.push(section?.id ?? 0);
}

function expectSectionRefused(response: { status: number; body: unknown }, question: string): void {
  expect(response.status).toBe(422);
  const [problem] = (response.body as Refusal).errors[0]?.extensions.problems ?? [];
  expect(problem?.question).toBe(question);
  expect(problem?.message).toContain('appartient à une autre version du questionnaire');
  expect(problem?.message_ar).toContain('ينتمي إلى إصدار آخر');
}

beforeAll(async () => {
  admin = await asAdmin();
  coordinator = await as('coordinator');
  instrument = (await coordinator.post<{ id: number }>('/items/instruments', { code, title: 'Sections' })).id;
  await draftWithSection(1, 'OWN');
  await draftWithSection(2, 'OTHER');
});

afterAll(async () => {
  for (const version of versions) await admin.delete(`/items/instrument_versions/${version}`);
  await admin.delete(`/items/instruments/${instrument}`);
});

describe('a question and its section', () => {
  const [own, other] = [0, 1];
  const question = (overrides: Record<string, unknown>) => ({
    instrument_version: versions[own],
    code: 'AGE',
    type: 'integer',
    label: 'Âge',
    ...overrides,
  });

  it('refuses on create a section of another version, and writes nothing', async () => {
    expectSectionRefused(
      await coordinator.raw('POST', '/items/questions', question({ section: sections[other] })),
      'AGE',
    );
    expectSectionRefused(
      await coordinator.raw('POST', '/items/questions', [
        question({ code: 'A1' }),
        question({ code: 'A2', section: sections[other] }),
      ]),
      'A2',
    );
    const written = await coordinator.get<unknown[]>(
      `/items/questions?filter[instrument_version][_eq]=${versions[own]}`,
    );
    expect(written).toEqual([]);
  });

  it('refuses on update a foreign section, or a move to another version leaving the section behind', async () => {
    const created = await coordinator.post<{ id: number; section: number }>(
      '/items/questions',
      question({ section: sections[own] }),
    );
    expect(created.section).toBe(sections[own]);
    expectSectionRefused(
      await coordinator.raw('PATCH', `/items/questions/${created.id}`, { section: sections[other] }),
      'AGE',
    );
    expectSectionRefused(
      await coordinator.raw('PATCH', `/items/questions/${created.id}`, { instrument_version: versions[other] }),
      'AGE',
    );
    expectSectionRefused(
      await coordinator.raw('PATCH', '/items/questions', {
        keys: [created.id],
        data: { section: { id: sections[other] } },
      }),
      'AGE',
    );
    const kept = await coordinator.get<{ section: number; instrument_version: number }>(
      `/items/questions/${created.id}?fields=section,instrument_version`,
    );
    expect(kept).toEqual({ section: sections[own], instrument_version: versions[own] });
    const moved = await coordinator.patch<{ section: number; instrument_version: number }>(
      `/items/questions/${created.id}`,
      { instrument_version: versions[other], section: sections[other] },
    );
    expect(moved).toMatchObject({ section: sections[other], instrument_version: versions[other] });
  });
});
