// A published questionnaire is frozen on every write path; publishing checks everything; a new draft
// is a deep copy; the diff names the changes and the indicators they touch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../scripts/lib/api.ts';
import { as, asAdmin, rawDatabase } from '../helpers.ts';
import { profileQuestions } from '../fixtures/world.ts';

interface Fixture {
  instrument: number;
  published: number;
  question: number;
  otherQuestion: number;
  choice: number;
  section: number;
}

let admin: Api;
let coordinator: Api;
let fixture: Fixture;
const suffix = Date.now().toString(36).toUpperCase();

async function buildPublishedVersion(code: string): Promise<Fixture> {
  const instrument = await admin.post<{ id: number }>('/items/instruments', { code, title: 'Instrument gelé' });
  const version = await admin.post<{ id: number }>('/items/instrument_versions', {
    instrument: instrument.id,
    version: 1,
    sections: [{ code: 'S1', label: 'Profil', sort: 1 }],
  });
  const [section] = await admin.get<Array<{ id: number }>>(
    `/items/sections?filter[instrument_version][_eq]=${version.id}`,
  );
  await admin.post('/items/questions', profileQuestions(version.id, section?.id));
  await coordinator.post(`/barometer/instrument-versions/${version.id}/publish`);
  const questions = await admin.get<Array<{ id: number; code: string; choices: Array<{ id: number }> }>>(
    `/items/questions?filter[instrument_version][_eq]=${version.id}&fields=id,code,choices.id&sort=sort`,
  );
  return {
    instrument: instrument.id,
    published: version.id,
    question: questions[0]?.id ?? 0,
    otherQuestion: questions[1]?.id ?? 0,
    choice: questions[0]?.choices[0]?.id ?? 0,
    section: section?.id ?? 0,
  };
}

async function questionLabel(id: number): Promise<string> {
  return (await admin.get<{ label: string }>(`/items/questions/${id}?fields=label`)).label;
}

function expectConflict(response: { status: number; body: unknown }) {
  expect(response.status).toBe(409);
  expect(JSON.stringify(response.body)).toMatch(/nouveau brouillon|retir/);
}

beforeAll(async () => {
  admin = await asAdmin();
  coordinator = await as('coordinator');
  fixture = await buildPublishedVersion(`FROZEN-${suffix}`);
});

describe('publishing', () => {
  it('stamps published_at and moves the version to published', async () => {
    const version = await admin.get<{ status: string; published_at: string | null }>(
      `/items/instrument_versions/${fixture.published}`,
    );
    expect(version.status).toBe('published');
    expect(version.published_at).not.toBeNull();
  });

  it('refuses with every problem listed, and changes nothing', async () => {
    const instrument = await admin.post<{ id: number }>('/items/instruments', {
      code: `BROKEN-${suffix}`,
      title: 'Cassé',
    });
    const draft = await admin.post<{ id: number }>('/items/instrument_versions', {
      instrument: instrument.id,
      version: 1,
    });
    await admin.post('/items/questions', [
      { instrument_version: draft.id, code: 'LEGAL', type: 'select_one', label: 'Situation', sort: 1 },
      {
        instrument_version: draft.id,
        code: 'PRETRIAL',
        type: 'integer',
        label: 'Durée',
        sort: 2,
        relevant: "${LEGALL} = 'preventive'",
      },
      { instrument_version: draft.id, code: 'AGE', type: 'integer', label: 'Âge', sort: 3, constraint: '. >= 12 and' },
      { instrument_version: draft.id, code: 'SELF', type: 'integer', label: 'Soi', sort: 4, relevant: '${SELF} > 1' },
    ]);
    const response = await coordinator.raw<{
      errors: Array<{ extensions: { code: string; problems: Array<{ question?: string; message: string }> } }>;
    }>('POST', `/barometer/instrument-versions/${draft.id}/publish`);
    expect(response.status).toBe(422);
    const problems = response.body.errors[0]?.extensions.problems ?? [];
    expect(new Set(problems.map((problem) => problem.question))).toEqual(new Set(['LEGAL', 'PRETRIAL', 'AGE', 'SELF']));
    expect(problems.find((problem) => problem.question === 'PRETRIAL')?.message).toMatch(/LEGALL/);
    expect((await admin.get<{ status: string }>(`/items/instrument_versions/${draft.id}`)).status).toBe('draft');
  });

  it('refuses a plain PATCH to published just the same', async () => {
    const instrument = await admin.post<{ id: number }>('/items/instruments', {
      code: `EMPTY-${suffix}`,
      title: 'Vide',
    });
    const draft = await admin.post<{ id: number }>('/items/instrument_versions', {
      instrument: instrument.id,
      version: 1,
    });
    const response = await admin.raw('PATCH', `/items/instrument_versions/${draft.id}`, { status: 'published' });
    expect(response.status).toBe(422);
  });

  it('refuses a version created already published', async () => {
    const response = await admin.raw('POST', '/items/instrument_versions', {
      instrument: fixture.instrument,
      version: 9,
      status: 'published',
    });
    expect(response.status).toBe(409);
  });

  it('is refused to an enumerator', async () => {
    const enumerator = await as('enumerator1');
    const response = await enumerator.raw('POST', `/barometer/instrument-versions/${fixture.published}/publish`);
    expect(response.status).toBe(403);
  });
});

describe('a published version refuses every write path', () => {
  it('REST single create, update and delete of questions, choices and sections', async () => {
    expectConflict(
      await admin.raw('POST', '/items/questions', {
        instrument_version: fixture.published,
        code: 'NEW',
        type: 'text',
        label: 'x',
      }),
    );
    expectConflict(await admin.raw('PATCH', `/items/questions/${fixture.question}`, { label: 'Changé' }));
    expectConflict(await admin.raw('DELETE', `/items/questions/${fixture.question}`));
    expectConflict(await admin.raw('POST', '/items/choices', { question: fixture.question, value: 'x', label: 'x' }));
    expectConflict(await admin.raw('PATCH', `/items/choices/${fixture.choice}`, { label: 'Changé' }));
    expectConflict(await admin.raw('DELETE', `/items/choices/${fixture.choice}`));
    expectConflict(await admin.raw('PATCH', `/items/sections/${fixture.section}`, { label: 'Changé' }));
    expect(await questionLabel(fixture.question)).toBe('Sexe');
  });

  it('REST batch update and delete', async () => {
    expectConflict(
      await admin.raw('PATCH', '/items/questions', {
        keys: [fixture.question, fixture.otherQuestion],
        data: { label: 'Lot' },
      }),
    );
    expectConflict(await admin.raw('PATCH', '/items/questions', [{ id: fixture.question, label: 'Lot' }]));
    expectConflict(await admin.raw('DELETE', '/items/questions', [fixture.question, fixture.otherQuestion]));
    expect(await questionLabel(fixture.otherQuestion)).toBe('Âge');
  });

  it('the version row itself: no edit, no delete, no move back to draft', async () => {
    expectConflict(await admin.raw('PATCH', `/items/instrument_versions/${fixture.published}`, { notes: 'modifié' }));
    expectConflict(await admin.raw('PATCH', `/items/instrument_versions/${fixture.published}`, { status: 'draft' }));
    expect((await admin.raw('DELETE', `/items/instrument_versions/${fixture.published}`)).status).toBe(409);
  });

  it('GraphQL mutations', async () => {
    const response = await admin.raw<{ errors?: Array<{ extensions?: { code?: string } }> }>('POST', '/graphql', {
      query: `mutation { update_questions_item(id: ${fixture.question}, data: { label: "GraphQL" }) { id } }`,
    });
    expect(response.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await questionLabel(fixture.question)).toBe('Sexe');
  });

  it('/utils/import', async () => {
    const form = new FormData();
    form.append(
      'file',
      new Blob([JSON.stringify([{ id: fixture.question, label: 'Importé' }])], { type: 'application/json' }),
      'questions.json',
    );
    const response = await admin.raw('POST', '/utils/import/questions', form);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(await questionLabel(fixture.question)).toBe('Sexe');
  });

  it('revision revert', async () => {
    const revisions = await admin.get<Array<{ id: number }>>(
      `/revisions?filter[collection][_eq]=questions&filter[item][_eq]=${fixture.question}&sort=id&fields=id`,
    );
    expect(revisions.length).toBeGreaterThan(0);
    const response = await admin.raw('POST', `/utils/revert/${revisions[0]?.id}`);
    expectConflict(response);
  });

  it('drag-and-drop sort', async () => {
    expectConflict(
      await admin.raw('POST', '/utils/sort/questions', { item: fixture.otherQuestion, to: fixture.question }),
    );
    const order = await admin.get<Array<{ code: string }>>(
      `/items/questions?filter[instrument_version][_eq]=${fixture.published}&sort=sort&fields=code`,
    );
    expect(order.map((question) => question.code)).toEqual(['SEX', 'AGE']);
  });

  it('a flow whose operation writes without emitting events', async () => {
    const flow = await admin.post<{ id: string }>('/flows', {
      name: `Écriture directe ${suffix}`,
      status: 'active',
      trigger: 'webhook',
      accountability: 'all',
      options: { method: 'GET', async: false },
    });
    const operation = await admin.post<{ id: string }>('/operations', {
      flow: flow.id,
      name: 'Modifier',
      key: 'write',
      type: 'item-update',
      position_x: 19,
      position_y: 1,
      options: {
        collection: 'questions',
        key: [String(fixture.question)],
        payload: { label: 'Flux' },
        emitEvents: false,
        permissions: '$full',
      },
    });
    await admin.patch(`/flows/${flow.id}`, { operation: operation.id });
    await admin.raw('GET', `/flows/trigger/${flow.id}`);
    expect(await questionLabel(fixture.question)).toBe('Sexe');
    await admin.delete(`/flows/${flow.id}`);
  });

  it('raw SQL, through the database triggers', async () => {
    const database = rawDatabase();
    try {
      await expect(database('questions').where('id', fixture.question).update({ label: 'SQL' })).rejects.toThrow(
        /BAROMETER_FROZEN/,
      );
      await expect(database('choices').where('id', fixture.choice).delete()).rejects.toThrow(/BAROMETER_FROZEN/);
      await expect(
        database('instrument_versions').where('id', fixture.published).update({ notes: 'SQL' }),
      ).rejects.toThrow(/BAROMETER_FROZEN/);
      await expect(database('instrument_versions').where('id', fixture.published).delete()).rejects.toThrow(
        /BAROMETER_FROZEN/,
      );
    } finally {
      await database.destroy();
    }
    expect(await questionLabel(fixture.question)).toBe('Sexe');
  });
});

describe('retiring', () => {
  it('is refused while a wave in the field uses the version, allowed otherwise', async () => {
    const own = await buildPublishedVersion(`RETIRE-${suffix}`);
    const inField = await admin.post<{ id: number }>('/items/waves', {
      code: `RET-${suffix}`,
      label: 'Retrait',
      instrument_versions: [{ instrument_versions_id: own.published }],
    });
    await admin.post(`/barometer/waves/${inField.id}/open`);
    expectConflict(
      await coordinator.raw('PATCH', `/items/instrument_versions/${own.published}`, { status: 'retired' }),
    );
    const links = await admin.get<Array<{ id: number }>>(
      `/items/waves_instrument_versions?filter[waves_id][_eq]=${inField.id}&fields=id`,
    );
    await admin.request(
      'DELETE',
      '/items/waves_instrument_versions',
      links.map((link) => link.id),
    );
    const retired = await coordinator.patch<{ status: string }>(`/items/instrument_versions/${own.published}`, {
      status: 'retired',
    });
    expect(retired.status).toBe('retired');
  });
});

describe('a new draft from a published version', () => {
  let draftId: number;
  afterAll(async () => undefined);

  it('copies sections, questions and choices with the next version number', async () => {
    const response = await coordinator.post<{ version: number; questions: number }>(
      `/barometer/instrument-versions/${fixture.published}/draft`,
    );
    draftId = response.version;
    expect(response.questions).toBe(2);
    const draft = await admin.get<{
      version: number;
      status: string;
      questions: Array<{ code: string; section: { code: string }; choices: Array<{ value: string }> }>;
    }>(
      `/items/instrument_versions/${draftId}?fields=version,status,questions.code,questions.section.code,questions.choices.value`,
    );
    expect(draft.version).toBe(2);
    expect(draft.status).toBe('draft');
    expect(draft.questions.map((question) => question.code).sort()).toEqual(['AGE', 'SEX']);
    expect(draft.questions.find((question) => question.code === 'SEX')?.choices.map((choice) => choice.value)).toEqual([
      'f',
      'm',
    ]);
    expect(draft.questions.every((question) => question.section.code === 'S1')).toBe(true);
  });

  it('is editable, and the diff shows the change and the indicators it touches', async () => {
    const indicatorCode = `AGE15-${suffix}`;
    await admin.post('/items/indicators', {
      code: indicatorCode,
      label: '15 ans et plus',
      type: 'proportion',
      numerator: '${AGE} >= 15',
      direction: 'higher_is_better',
    });
    const [age] = await admin.get<Array<{ id: number }>>(
      `/items/questions?filter[instrument_version][_eq]=${draftId}&filter[code][_eq]=AGE`,
    );
    await coordinator.patch(`/items/questions/${age?.id}`, { constraint: '. >= 10 and . <= 18' });
    await coordinator.post('/items/questions', {
      instrument_version: draftId,
      code: 'NEW_Q',
      type: 'text',
      label: 'Nouvelle',
      sort: 3,
    });
    const diff = await coordinator.get<{
      added: Array<{ code: string }>;
      removed: Array<{ code: string }>;
      changed: Array<{ code: string; properties: string[] }>;
      impacted_indicators: Array<{ indicator: string }>;
    }>(`/barometer/instrument-versions/${draftId}/diff`);
    expect(diff.added.map((question) => question.code)).toEqual(['NEW_Q']);
    expect(diff.removed).toEqual([]);
    expect(diff.changed).toEqual([expect.objectContaining({ code: 'AGE', properties: ['constraint'] })]);
    expect(diff.impacted_indicators.map((impact) => impact.indicator)).toContain(indicatorCode);
  });

  it('answers 404 for an unknown version and 400 for a malformed id', async () => {
    expect((await coordinator.raw('POST', '/barometer/instrument-versions/999999/draft')).status).toBe(404);
    expect((await coordinator.raw('POST', '/barometer/instrument-versions/abc/draft')).status).toBe(400);
  });
});

describe('XLSForm import and export', () => {
  interface StoredQuestion {
    code: string;
    type: string;
    label: string;
    label_ar: string | null;
    relevant: string | null;
    constraint: string | null;
    calculation: string | null;
    required: boolean;
    section: { code: string } | null;
    choices: Array<{ value: string; label: string; label_ar: string | null }>;
  }
  const questionFields =
    'code,type,label,label_ar,relevant,constraint,calculation,required,section.code,choices.value,choices.label,choices.label_ar';
  const questionsOf = (versionId: number) =>
    admin.get<StoredQuestion[]>(
      `/items/questions?filter[instrument_version][_eq]=${versionId}&fields=${questionFields}&sort=sort&deep[choices][_sort]=sort&limit=-1`,
    );

  it('exports the demo questionnaire and re-imports it identically, as a new draft version', async () => {
    const [baro] = await admin.get<Array<{ id: number }>>(
      '/items/instrument_versions?filter[instrument][code][_eq]=BARO&filter[version][_eq]=1&fields=id',
    );
    const exported = await fetch(`${coordinator.url}/barometer/instrument-versions/${baro?.id}/xlsform`, {
      headers: { authorization: `Bearer ${coordinator.token}` },
    });
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-disposition')).toMatch(/BARO-v1\.xlsx/);
    const workbook = new Uint8Array(await exported.arrayBuffer());
    expect(Buffer.from(workbook.subarray(0, 2)).toString()).toBe('PK');

    const form = new FormData();
    form.append('file', new Blob([workbook]), 'BARO-v1.xlsx');
    const imported = await coordinator.post<{ instrument: number; version: number; questions: number }>(
      '/barometer/instruments/import',
      form,
    );
    const original = await questionsOf(baro?.id ?? 0);
    expect(imported.questions).toBe(original.length);
    const copy = await admin.get<{ version: number; status: string; instrument: { code: string } }>(
      `/items/instrument_versions/${imported.version}?fields=version,status,instrument.code`,
    );
    expect(copy).toEqual({ version: 2, status: 'draft', instrument: { code: 'BARO' } });
    expect(await questionsOf(imported.version)).toEqual(original);
  });

  it('refuses a broken workbook with every problem by sheet, row and column, and creates nothing', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    const survey = book.addWorksheet('survey');
    survey.addRows([
      ['type', 'name', 'label::French (fr)', 'relevant'],
      ['select_one sexes', 'SEX', 'Sexe', ''],
      ['textfield', 'PLACE', 'Lieu', ''],
      ['integer', 'AGE', 'Âge', '${SEXX} = 1'],
      ['integer', 'AGE', 'Âge bis', ''],
    ]);
    book.addWorksheet('choices').addRows([
      ['list_name', 'name', 'label::French (fr)'],
      ['sex', 'f', 'Fille'],
    ]);
    book.addWorksheet('settings').addRows([
      ['form_id', 'form_title'],
      [`BROKEN_XLS_${suffix}`, 'Cassé'],
    ]);
    const bytes = await book.xlsx.writeBuffer();
    const before = await admin.get<unknown[]>('/items/instrument_versions?fields=id&limit=-1');
    const form = new FormData();
    form.append('file', new Blob([bytes]), 'casse.xlsx');
    const response = await coordinator.raw<{
      errors: Array<{ extensions: { code: string; problems: Array<{ sheet: string; row: number; column: string }> } }>;
    }>('POST', '/barometer/instruments/import', form);
    expect(response.status).toBe(422);
    const problems = response.body.errors[0]?.extensions.problems ?? [];
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ sheet: 'survey', row: 2 }),
        expect.objectContaining({ sheet: 'survey', row: 3 }),
        expect.objectContaining({ sheet: 'survey', row: 4, column: 'relevant' }),
        expect.objectContaining({ sheet: 'survey', row: 5 }),
      ]),
    );
    expect(await admin.get<unknown[]>('/items/instrument_versions?fields=id&limit=-1')).toHaveLength(before.length);
    expect(await admin.get<unknown[]>(`/items/instruments?filter[code][_eq]=BROKEN_XLS_${suffix}`)).toHaveLength(0);
  });

  it('refuses a file that is not a workbook, and a request without a file', async () => {
    const form = new FormData();
    form.append('file', new Blob(['not a zip at all']), 'texte.xlsx');
    expect((await coordinator.raw('POST', '/barometer/instruments/import', form)).status).toBe(422);
    expect((await coordinator.raw('POST', '/barometer/instruments/import', { file: 'x' })).status).toBe(400);
  });
});
