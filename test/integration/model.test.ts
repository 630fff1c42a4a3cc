// The collections and fields of the contract exist, with the integrity the database enforces.
import { describe, expect, it } from 'vitest';
import { asAdmin } from '../helpers.ts';

const CONTRACT_FIELDS: Record<string, string[]> = {
  establishments: ['code', 'name', 'type', 'region'],
  instruments: ['code', 'title'],
  instrument_versions: ['instrument', 'version', 'status', 'published_at'],
  questions: [
    'instrument_version',
    'code',
    'type',
    'label',
    'label_ar',
    'required',
    'relevant',
    'constraint',
    'constraint_message',
    'calculation',
    'choices',
  ],
  choices: ['question', 'value', 'label', 'label_ar'],
  waves: ['code', 'label', 'kind', 'status', 'reference_date', 'sampling_rate', 'instrument_versions'],
  population_frames: ['wave', 'establishment', 'population'],
  participants: ['code', 'interviews'],
  interviews: [
    'code',
    'wave',
    'participant',
    'establishment',
    'instrument_version',
    'answers',
    'status',
    'consent_guardian',
    'assent_child',
    'user_created',
  ],
  dimensions: ['code', 'label', 'label_ar', 'sort'],
  indicators: [
    'code',
    'label',
    'dimension',
    'type',
    'numerator',
    'denominator',
    'direction',
    'standard',
    'goalpost_low',
    'goalpost_high',
  ],
  reports: ['wave', 'file', 'created_at', 'sha256'],
};

interface FieldInfo {
  collection: string;
  field: string;
  meta: { translations: Array<{ language: string }> | null } | null;
  schema: { is_unique: boolean; default_value: unknown } | null;
}

describe('data model', async () => {
  const admin = await asAdmin();
  const fields = await admin.get<FieldInfo[]>('/fields');
  const byCollection = Map.groupBy(fields, (field) => field.collection);

  it.each(Object.entries(CONTRACT_FIELDS))('%s has the fields of the contract', (collection, expected) => {
    const names = (byCollection.get(collection) ?? []).map((field) => field.field);
    expect(names).toEqual(expect.arrayContaining(expected));
  });

  it('has no name or national id field anywhere in the barometer collections', () => {
    const suspicious = fields.filter(
      (field) =>
        !field.collection.startsWith('directus_') &&
        /(^|_)(name|nom|cin|national|first_name|last_name)($|_)/.test(field.field),
    );
    // Names of places and institutions, not of people.
    expect(suspicious.map((field) => `${field.collection}.${field.field}`).sort()).toEqual([
      'establishments.name',
      'institutions.name',
      'institutions.name_ar',
    ]);
  });

  it('labels every barometer field in French', () => {
    const unlabelled = fields.filter(
      (field) =>
        !field.collection.startsWith('directus_') &&
        !field.meta?.translations?.some((translation) => translation.language === 'fr-FR'),
    );
    expect(unlabelled.map((field) => `${field.collection}.${field.field}`)).toEqual([]);
  });

  it.each(['establishments', 'instruments', 'waves', 'participants', 'interviews', 'dimensions', 'indicators'])(
    '%s.code is unique',
    (collection) => {
      const code = byCollection.get(collection)?.find((field) => field.field === 'code');
      expect(code?.schema?.is_unique).toBe(true);
    },
  );

  it('defaults a wave to planned with a 25% sampling rate', async () => {
    const wave = await admin.post<{ id: number; status: string; sampling_rate: string | number }>('/items/waves', {
      code: 'MODEL-DEFAULTS',
      label: 'x',
    });
    expect(wave.status).toBe('planned');
    expect(Number(wave.sampling_rate)).toBe(0.25);
    await admin.delete(`/items/waves/${wave.id}`);
  });

  it('refuses a second frame row for the same wave and establishment', async () => {
    const wave = await admin.post<{ id: number }>('/items/waves', { code: 'MODEL-FRAME', label: 'x' });
    const establishment = await admin.post<{ id: number }>('/items/establishments', {
      code: 'MODEL-E',
      name: 'x',
      type: 'cre',
    });
    await admin.post('/items/population_frames', { wave: wave.id, establishment: establishment.id, population: 10 });
    const second = await admin.raw('POST', '/items/population_frames', {
      wave: wave.id,
      establishment: establishment.id,
      population: 12,
    });
    expect(second.status).toBe(400);
    const rows = await admin.get<unknown[]>(`/items/population_frames?filter[wave][_eq]=${wave.id}`);
    expect(rows).toHaveLength(1);
  });

  it('refuses to delete an establishment that a frame row depends on', async () => {
    const establishment = await admin.get<Array<{ id: number }>>('/items/establishments?filter[code][_eq]=MODEL-E');
    const response = await admin.raw('DELETE', `/items/establishments/${establishment[0]?.id}`);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(await admin.get<unknown[]>('/items/establishments?filter[code][_eq]=MODEL-E')).toHaveLength(1);
  });
});
