// XLSForms as ODK and Kobo users write them (issue 20) over HTTP: imported with their warnings, kept
// columns and unasked rows stored, given back by the export, and the export imports to the same version.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../scripts/lib/api.ts';
import { corpus, corpusWorkbook } from '../fixtures/xlsforms/corpus.ts';
import { as, asAdmin } from '../helpers.ts';

interface Imported {
  instrument: number;
  version: number;
  questions: number;
  warnings: Array<{ sheet: string; row: number; column: string; message: string; message_ar: string }>;
}

const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
let admin: Api;
let coordinator: Api;
const instruments = new Set<number>();

function upload(bytes: Uint8Array, name: string) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  return coordinator.raw<{ data: Imported }>('POST', '/barometer/instruments/import', form);
}

async function importCorpus(file: string, name: string): Promise<Imported> {
  const entry = corpus.find((form) => form.file === file);
  if (!entry) throw new Error(`${file} is not in the corpus`);
  const response = await upload(await corpusWorkbook(entry), name);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  instruments.add(response.body.data.instrument);
  return response.body.data;
}

/** What a version holds, without ids: to compare a version with its re-imported export. */
async function content(version: number): Promise<unknown> {
  const fields =
    'code,type,label,label_ar,hint,required,relevant,constraint,calculation,repeat,repeat_count,xlsform,choices.value,choices.label,choices.xlsform';
  const questions = await admin.get(
    `/items/questions?filter[instrument_version][_eq]=${version}&fields=${fields}&sort=sort&limit=-1`,
  );
  const [row] = await admin.get<Array<{ xlsform: unknown }>>(
    `/items/instrument_versions?filter[id][_eq]=${version}&fields=xlsform`,
  );
  return { questions, xlsform: row?.xlsform ?? null };
}

async function reimportExport(version: number): Promise<Imported> {
  const exported = await fetch(`${coordinator.url}/barometer/instrument-versions/${version}/xlsform`, {
    headers: { authorization: `Bearer ${coordinator.token}` },
  });
  expect(exported.status).toBe(200);
  const response = await upload(new Uint8Array(await exported.arrayBuffer()), 'export.xlsx');
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.data;
}

beforeAll(async () => {
  admin = await asAdmin();
  coordinator = await as('coordinator');
});

afterAll(async () => {
  for (const instrument of instruments) {
    const versions = await admin.get<Array<{ id: number }>>(
      `/items/instrument_versions?filter[instrument][_eq]=${instrument}&fields=id`,
    );
    if (versions.length > 0)
      await admin.raw(
        'DELETE',
        '/items/instrument_versions',
        versions.map((version) => version.id),
      );
    await admin.raw('DELETE', `/items/instruments/${instrument}`);
  }
});

describe('POST /barometer/instruments/import with real-world XLSForms', () => {
  it('names a form without settings after its file, and says so in a warning', async () => {
    const imported = await importCorpus('02-no-settings.md', `Visite ${suffix}.xlsx`);
    const [instrument] = await admin.get<Array<{ code: string }>>(
      `/items/instruments?filter[id][_eq]=${imported.instrument}&fields=code`,
    );
    expect(instrument?.code).toBe(`Visite_${suffix}`);
    expect(imported.warnings).toEqual([
      expect.objectContaining({
        sheet: 'settings',
        message: expect.stringMatching(/nom du fichier/),
        message_ar: expect.any(String),
      }),
    ]);
  });

  it('keeps languages, metadata and unsupported questions for the export, which imports to the same version', async () => {
    for (const file of ['03-multilingual-kobo.md', '16-unsupported-media.md', '17-choice-filter.md']) {
      const imported = await importCorpus(file, `${file}.xlsx`);
      expect(imported.warnings.length, file).toBeGreaterThan(0);
      const again = await reimportExport(imported.version);
      expect(again.instrument).toBe(imported.instrument);
      expect(await content(again.version), file).toEqual(await content(imported.version));
    }
    const media = await importCorpus('16-unsupported-media.md', 'media.xlsx');
    expect(media.questions).toBe(1);
    expect(
      media.warnings.filter((warning) => /jamais posée/.test(warning.message)).map((warning) => warning.row),
    ).toEqual([2, 3, 4, 5]);
  });

  it('stores repeats with their questions and repeat_count, and the export imports to the same version', async () => {
    const imported = await importCorpus('31-household-roster.md', 'roster.xlsx');
    const rows = await admin.get<
      Array<{ code: string; type: string; repeat: string | null; repeat_count: string | null }>
    >(
      `/items/questions?filter[instrument_version][_eq]=${imported.version}&fields=code,type,repeat,repeat_count&sort=sort&limit=-1`,
    );
    expect(rows.filter((row) => row.type === 'repeat' || row.repeat !== null)).toEqual([
      { code: 'member', type: 'repeat', repeat: null, repeat_count: '${hh_size}' },
      ...['member_no', 'first_name', 'member_sex', 'member_age', 'sex_label'].map((code) =>
        expect.objectContaining({ code, repeat: 'member', repeat_count: null }),
      ),
    ]);
    const again = await reimportExport(imported.version);
    expect(await content(again.version)).toEqual(await content(imported.version));
  });
});
