// The oracle (test/fixtures/oracle): its frame and interviews imported through the HTTP endpoints, its
// indicators defined in Directus, and every figure R's survey package printed read back over HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, type Api } from '../../scripts/lib/api.ts';
import { postCsv } from '../fixtures/world.ts';
import {
  expectedIndicators,
  expectedResults,
  expectedScores,
  oracleFiles,
  panelExpectedResults,
  panelFiles,
  scoreDimensions,
  type OracleResult,
} from '../fixtures/oracle/oracle.ts';
import { startTestInstance, type TestInstance } from '../setup/instance.ts';

/** The demo uses E01..E12 too: the oracle's establishments get a prefix of their own. */
const prefixed = (csv: string) => csv.replace(/"E(\d\d)"/g, '"ORA-E$1"');

const yesNo = [
  { value: 'yes', label: 'Oui' },
  { value: 'no', label: 'Non' },
];
const QUESTIONS = [
  {
    code: 'SEX',
    type: 'select_one',
    choices: [
      { value: 'f', label: 'Fille' },
      { value: 'm', label: 'Garçon' },
    ],
  },
  { code: 'AGE', type: 'integer' },
  {
    code: 'LEGAL_STATUS',
    type: 'select_one',
    choices: [
      { value: 'preventive', label: 'Préventive' },
      { value: 'convicted', label: 'Condamné' },
    ],
  },
  { code: 'EDU_ENROLLED', type: 'select_one', choices: yesNo },
  { code: 'VOC_TRAINING', type: 'select_one', choices: yesNo },
  { code: 'FAMILY_VISIT_30D', type: 'select_one', choices: yesNo },
  { code: 'VISITS_COUNT', type: 'integer' },
  { code: 'LAWYER_ACCESS', type: 'select_one', choices: yesNo },
  { code: 'RELEASE_PLAN', type: 'select_one', choices: yesNo },
  { code: 'WELLBEING', type: 'integer' },
  {
    code: 'ACTIVITIES',
    type: 'select_multiple',
    choices: ['sport', 'culture', 'religion', 'none'].map((value) => ({ value, label: value })),
  },
];

/** Six significant digits, as the oracle asks: relative 5e-7, absolute for values near zero. */
function expectClose(actual: number | undefined, reference: number, what: string) {
  expect(actual, what).toBeTypeOf('number');
  expect(Math.abs((actual ?? Number.NaN) - reference), what).toBeLessThanOrEqual(
    5e-7 * Math.max(Math.abs(reference), 1e-3),
  );
}

// An instance of its own without the demo: the score averages every applicable indicator, and some demo
// indicators read codes (SEX, AGE) that the oracle's questionnaire has too.
let instance: TestInstance;
let admin: Api;

afterAll(async () => instance?.dispose(), 60_000);

async function importWave(wave: string, files: { frame: string; interviews: string }) {
  const frame = await postCsv(admin, `/barometer/waves/${wave}/frame`, prefixed(files.frame));
  expect(frame.status).toBe(200);
  await admin.post(`/barometer/waves/${wave}/open`);
  const [header, ...rows] = prefixed(files.interviews).trim().split('\n');
  const csv = [`${header},consent_guardian,assent_child,status`, ...rows.map((row) => `${row},yes,yes,validated`)].join(
    '\n',
  );
  const imported = await postCsv(admin, `/barometer/waves/${wave}/interviews/import`, csv);
  expect(imported.status, JSON.stringify(imported.body).slice(0, 500)).toBe(200);
}

async function expectOracleResults(wave: string, references: readonly OracleResult[]) {
  const byVariable = await Promise.all(
    ['', 'SEX', 'establishment_type'].map((by) =>
      admin.get<{ source: string; results: Array<OracleResult & { suppressed: boolean }> }>(
        `/barometer/waves/${wave}/indicators?disclosure=off${by ? `&by=${by}` : ''}`,
      ),
    ),
  );
  expect(byVariable[0]?.source).toBe('live');
  const received = byVariable.flatMap((answer) => answer.results);
  let compared = 0;
  for (const reference of references) {
    const found = received.find(
      (result) =>
        result.indicator === reference.indicator && JSON.stringify(result.domain) === JSON.stringify(reference.domain),
    );
    const label = `${reference.indicator} ${JSON.stringify(reference.domain)}`;
    expect(found, label).toBeDefined();
    for (const key of ['estimate', 'se', 'ci_low', 'ci_high', 'population_estimate', 'deff'] as const)
      expectClose(found?.[key], reference[key], `${label} ${key}`);
    expect(found?.n, label).toBe(reference.n);
    expect(found?.df, label).toBe(reference.df);
    compared += 1;
  }
  return compared;
}

beforeAll(async () => {
  instance = await startTestInstance({ seedDemo: false });
  admin = await login(instance.info.url, instance.info.adminEmail, instance.info.adminPassword);
  const instrument = await admin.post<{ id: number }>('/items/instruments', { code: 'ORACLE', title: 'Vague oracle' });
  const version = await admin.post<{ id: number }>('/items/instrument_versions', {
    instrument: instrument.id,
    version: 1,
  });
  await admin.post(
    '/items/questions',
    QUESTIONS.map((question, index) => ({
      instrument_version: version.id,
      label: question.code,
      required: false,
      sort: index + 1,
      ...question,
      choices: (question.choices ?? []).map((choice, sort) => ({ ...choice, sort })),
    })),
  );
  await admin.post(`/barometer/instrument-versions/${version.id}/publish`);
  await admin.post('/barometer/waves', {
    code: 'ORACLE-A',
    label: 'Oracle A',
    reference_date: '2025-06-30',
    instrument_versions: [version.id],
  });
  await importWave('ORACLE-A', oracleFiles);
  // Six months later, its panel wave (README, "A panel wave"), imported without a recorded draw.
  await admin.post('/barometer/waves', {
    code: 'ORACLE-B',
    label: 'Oracle B',
    reference_date: '2025-12-31',
    instrument_versions: [version.id],
  });
  await importWave('ORACLE-B', panelFiles);
  const dimensionIds = new Map<string, number>();
  for (const [name] of Object.entries(scoreDimensions)) {
    dimensionIds.set(
      name,
      (await admin.post<{ id: number }>('/items/dimensions', { code: `ORA_${name.toUpperCase()}`, label: name })).id,
    );
  }
  const dimensionOf = (code: string) => Object.entries(scoreDimensions).find(([, codes]) => codes.includes(code))?.[0];
  await admin.post(
    '/items/indicators',
    expectedIndicators.map((indicator) => {
      const dimension = dimensionOf(indicator.code);
      return {
        code: indicator.code,
        label: indicator.code,
        type: indicator.type,
        numerator: indicator.numerator,
        denominator: indicator.denominator || null,
        direction: 'higher_is_better',
        dimension: dimension ? dimensionIds.get(dimension) : null,
        ...(indicator.code === 'WELLBEING' ? { goalpost_low: 1, goalpost_high: 5 } : {}),
      };
    }),
  );
});

describe('the oracle through HTTP', () => {
  it('reproduces all 47 results of R survey to 6 significant digits', async () => {
    expect(await expectOracleResults('ORACLE-A', expectedResults)).toBe(47);
  });

  it('reproduces the panel wave (panel and top-up sub-strata) after importing both waves', async () => {
    expect(await expectOracleResults('ORACLE-B', panelExpectedResults)).toBe(47);
  });

  it('suppresses the small LAW_GIRLS cells by default', async () => {
    const answer = await admin.get<{
      results: Array<{
        indicator: string;
        domain: Record<string, string>;
        suppressed: boolean;
        estimate?: number;
        n?: number;
      }>;
    }>('/barometer/waves/ORACLE-A/indicators?by=establishment_type');
    const girls = answer.results.filter(
      (result) => result.indicator === 'LAW_GIRLS' && Object.keys(result.domain).length > 0,
    );
    const small = expectedResults
      .filter((result) => result.indicator === 'LAW_GIRLS' && result.n < 10)
      .map((result) => result.domain['establishment_type']);
    expect(small).toHaveLength(2);
    for (const type of small) {
      const cell = girls.find((result) => result.domain['establishment_type'] === type);
      expect(cell).toEqual({ indicator: 'LAW_GIRLS', domain: { establishment_type: type }, suppressed: true });
    }
    expect(girls.filter((result) => result.suppressed).length).toBeGreaterThanOrEqual(2);
  });

  it('reproduces the barometer score and its jackknife standard errors', async () => {
    const score = await admin.get<{
      overall: { score: number; se: number };
      dimensions: Array<{ code: string; score: number; se: number }>;
      indicators: Array<{ code: string; score: number; se: number }>;
    }>('/barometer/waves/ORACLE-A/score');
    for (const reference of expectedScores) {
      const found =
        reference.name === 'overall'
          ? score.overall
          : (score.indicators.find((entry) => entry.code === reference.name) ??
            score.dimensions.find((entry) => entry.code === `ORA_${reference.name.toUpperCase()}`));
      expectClose(found?.score, reference.score, `${reference.name} score`);
      expectClose(found?.se, reference.se, `${reference.name} se`);
    }
  });

  it('refuses an unknown domain variable, a select_multiple one and a bad disclosure value with 400', async () => {
    expect((await admin.raw('GET', '/barometer/waves/ORACLE-A/indicators?by=NAME')).status).toBe(400);
    expect((await admin.raw('GET', '/barometer/waves/ORACLE-A/indicators?by=ACTIVITIES')).status).toBe(400);
    expect((await admin.raw('GET', '/barometer/waves/ORACLE-A/indicators?disclosure=maybe')).status).toBe(400);
    expect(
      (await admin.raw('GET', '/barometer/waves/ORACLE-A/indicators?by=SEX,establishment_type,region,AGE')).status,
    ).toBe(400);
    expect((await admin.raw('GET', '/barometer/waves/NOPE/indicators')).status).toBe(404);
  });
});
