// The compliance matrix of a wave over HTTP: every rule of the catalogue, the unmeasured ones kept and
// marked, the red lines apart with their 0 target, the values those of the indicators endpoint, and an
// administrative figure entered as an external estimate for a wave that is not the baseline, frozen with
// its wave and followed across the waves.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../scripts/lib/api.ts';
import { standardRules } from '../../seed/demo/standards.ts';
import { as, asAdmin, idOf } from '../helpers.ts';

interface Entry {
  indicator: string;
  nature: string;
  target: number | null;
  value: { kind: string; estimate?: number; source?: string | null; origin?: string };
  target_met: boolean | null;
  red_line_crossed: boolean;
  in_score: boolean;
}
interface Row {
  code: string;
  text: string;
  text_ar: string;
  absolute_prohibition: boolean;
  coverage: 'measured' | 'approximated' | 'not_measured';
  indicators: Entry[];
}
interface Matrix {
  wave: string;
  provisional: boolean;
  red_lines: Row[];
  rules: Row[];
  summary: { rules: number; measured: number; approximated: number; not_measured: number; red_lines_crossed: number };
}

let analyst: Api;
let w1: Matrix;

beforeAll(async () => {
  analyst = await as('analyst');
  w1 = await analyst.get<Matrix>('/barometer/waves/W1/compliance');
});

describe('GET /barometer/waves/:wave/compliance', () => {
  it('lists every rule of the catalogue once, those no indicator measures as "not_measured"', () => {
    const rows = [...w1.red_lines, ...w1.rules];
    expect(rows.map((row) => row.code).sort()).toEqual(standardRules.map((rule) => rule.code).sort());
    const linked = new Set(rows.filter((row) => row.indicators.length > 0).map((row) => row.code));
    const unmeasured = rows.filter((row) => row.coverage === 'not_measured').map((row) => row.code);
    expect(unmeasured).toContain('MA-LOI-09-08-texteentier');
    expect(unmeasured.filter((code) => linked.has(code))).toEqual([]);
    expect(w1.summary.not_measured).toBe(unmeasured.length);
    expect(w1.summary.measured + w1.summary.approximated + w1.summary.not_measured).toBe(standardRules.length);
    expect(w1.provisional).toBe(false);
  });

  it('puts the absolute prohibitions apart, with their 0 target, and gives the indicators endpoint’s values', async () => {
    expect(w1.red_lines.every((row) => row.absolute_prohibition)).toBe(true);
    expect(w1.rules.some((row) => row.absolute_prohibition)).toBe(false);
    const separation = w1.red_lines.find((row) => row.code === 'HAVANA-r.29');
    const adults = separation?.indicators.find((entry) => entry.indicator === 'SAF_ADULTS');
    expect(adults).toMatchObject({ nature: 'measures', target: 0, in_score: true });
    const { results } = await analyst.get<{ results: Array<{ indicator: string; domain: object; estimate?: number }> }>(
      '/barometer/waves/W1/indicators',
    );
    const estimate = results.find((result) => result.indicator === 'SAF_ADULTS')?.estimate;
    expect(adults?.value).toEqual(expect.objectContaining({ kind: 'survey', estimate }));
    expect(adults?.red_line_crossed).toBe((estimate ?? 0) > 0);
    expect(adults?.target_met).toBe(estimate === 0);
    expect(w1.summary.red_lines_crossed).toBe(
      w1.red_lines.filter((row) => row.indicators.some((entry) => entry.red_line_crossed)).length,
    );
    expect(separation?.text_ar).toMatch(/[\u0600-\u06FF]/);
  });

  it('measures Beijing r.10 with the questionnaire’s PARENTS_INFORMED, an indicator outside the score', async () => {
    const row = w1.rules.find((candidate) => candidate.code === 'BEIJING-r.10.1');
    expect(row?.coverage).toBe('measured');
    const parents = row?.indicators.find((entry) => entry.indicator === 'LEG_PARENTS_INFORMED');
    expect(parents).toMatchObject({ nature: 'measures', in_score: false, value: { kind: 'survey' } });
    const score = await analyst.get<{ indicators: Array<{ code: string }> }>('/barometer/waves/W1/score');
    expect(score.indicators.map((entry) => entry.code)).not.toContain('LEG_PARENTS_INFORMED');
  });

  it('refuses enumerators, and answers 404 for an unknown wave', async () => {
    const enumerator = await as('enumerator1');
    expect((await enumerator.raw('GET', '/barometer/waves/W1/compliance')).status).toBe(403);
    expect((await analyst.raw('GET', '/barometer/waves/NOPE/compliance')).status).toBe(404);
    expect((await analyst.raw('GET', '/barometer/waves/W1/compliance?x=1')).status).toBe(400);
  });
});

describe('an administrative figure for a wave that is not the baseline', () => {
  let admin: Api;
  let indicator: number | undefined;

  beforeAll(async () => {
    admin = await asAdmin();
  });
  afterAll(async () => {
    if (indicator !== undefined) await admin.request('DELETE', `/items/indicators/${indicator}`);
  });

  it('shows an external estimate with its source in the matrix, as such', async () => {
    const coordinator = await as('coordinator');
    const created = await coordinator.post<{ id: number }>('/items/indicators', {
      code: 'ADM_TEST_DEATHS',
      label: 'Décès en détention (chiffre administratif)',
      label_ar: 'الوفيات أثناء الاحتجاز',
      type: 'proportion',
      numerator: "${ADM_NOT_ASKED} = 'yes'",
      direction: 'lower_is_better',
    });
    indicator = created.id;
    const rule = await idOf(coordinator, 'standard_rules', 'RIYADH-par.46');
    await coordinator.post('/items/indicator_standards', { indicator, rule, nature: 'approximates' });
    await coordinator.post('/items/external_estimates', {
      wave: await idOf(coordinator, 'waves', 'W2'),
      indicator,
      estimate: 0.002,
      source: 'DGAPR, rapport annuel',
    });
    const w2 = await analyst.get<Matrix>('/barometer/waves/W2/compliance');
    expect(w2.provisional).toBe(true);
    const row = w2.rules.find((candidate) => candidate.code === 'RIYADH-par.46');
    expect(row?.coverage).toBe('approximated');
    expect(row?.indicators.find((entry) => entry.indicator === 'ADM_TEST_DEATHS')).toMatchObject({
      indicator: 'ADM_TEST_DEATHS',
      value: { kind: 'external', estimate: 0.002, origin: 'administrative', source: 'DGAPR, rapport annuel' },
      in_score: false,
    });
    // W1 was locked before the indicator existed: its frozen definitions do not hold it.
    const again = await analyst.get<Matrix>('/barometer/waves/W1/compliance');
    const inW1 = again.rules.find((candidate) => candidate.code === 'RIYADH-par.46');
    expect(inW1?.indicators.map((entry) => entry.indicator)).toEqual(['LEG_PREVIOUS_DETENTION']);
  });
});

describe('the demo’s administrative figures, for every wave', () => {
  it('give W1’s matrix DGAPR’s detention rate as such, with its change since the baseline', () => {
    const row = w1.rules.find((candidate) => candidate.code === 'UNODC-UNICEF-indicateur2');
    expect(row?.coverage).toBe('measured');
    const rate = row?.indicators.find((entry) => entry.indicator === 'ADM_DETENTION_RATE');
    expect(rate).toMatchObject({
      nature: 'measures',
      in_score: false,
      value: { kind: 'external', estimate: 21.6, origin: 'administrative', source: expect.stringMatching(/^DGAPR/) },
    });
    expect((rate as Entry & { change: { from: string; change: number } | null }).change).toMatchObject({
      from: 'B2020',
      change: expect.closeTo(21.6 - 24.1, 6),
    });
  });

  it('draw a series over the baseline, W1 and W2 from the administrations’ figures', async () => {
    const trend = await analyst.get<{ points: Array<{ wave: string; estimate: number }> }>(
      '/barometer/indicators/ADM_DIVERSION/trend',
    );
    expect(trend.points.map((point) => [point.wave, point.estimate])).toEqual([
      ['B2020', 0.12],
      ['W1', 0.15],
      ['W2', 0.19],
    ]);
  });

  it('freeze with their wave: a locked W1’s figure is not changed nor deleted, an open W2’s is', async () => {
    const coordinator = await as('coordinator');
    const rows = await coordinator.get<Array<{ id: number; wave: { code: string }; estimate: string; source: string }>>(
      '/items/external_estimates?filter[indicator][code][_eq]=ADM_DEATHS&fields=id,wave.code,estimate,source&limit=-1',
    );
    const inW1 = rows.find((row) => row.wave.code === 'W1');
    const inW2 = rows.find((row) => row.wave.code === 'W2');
    if (!inW1 || !inW2) throw new Error('the demo has no W1 or W2 figure of ADM_DEATHS');
    const refused = await coordinator.raw('PATCH', `/items/external_estimates/${inW1.id}`, { estimate: 5 });
    expect(refused.status).toBe(409);
    expect((await coordinator.raw('DELETE', `/items/external_estimates/${inW1.id}`)).status).toBe(409);
    const after = await coordinator.get<{ estimate: string }>(`/items/external_estimates/${inW1.id}?fields=estimate`);
    expect(Number(after.estimate)).toBe(0.9);
    // Written back as it was: other tests read the demo's W2.
    const changed = await coordinator.patch<{ source: string }>(`/items/external_estimates/${inW2.id}`, {
      source: inW2.source,
    });
    expect(changed.source).toBe(inW2.source);
  });
});
