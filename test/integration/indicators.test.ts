// Indicators on the demo: a locked wave serves the figures frozen at its lock, an open one live
// figures; trends against the 2020 baseline; access for analysts and coordinators only.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../scripts/lib/api.ts';
import { buildWorld, interviewPayload } from '../fixtures/world.ts';
import { as, asAdmin, idOf } from '../helpers.ts';

interface Result {
  indicator: string;
  domain: Record<string, string>;
  estimate?: number;
  n?: number;
  suppressed?: boolean;
  applicable?: boolean;
}

let admin: Api;
let analyst: Api;

beforeAll(async () => {
  admin = await asAdmin();
  analyst = await as('analyst');
});

describe('indicator figures of the demo waves', () => {
  it('serves W1 from its lock snapshot and W2 live', async () => {
    const w1 = await analyst.get<{ source: string; results: Result[] }>('/barometer/waves/W1/indicators');
    const w2 = await analyst.get<{ source: string; results: Result[] }>('/barometer/waves/W2/indicators');
    expect(w1.source).toBe('snapshot');
    expect(w2.source).toBe('live');
    const overall = w1.results.filter((result) => result.estimate !== undefined);
    expect(overall.length).toBeGreaterThanOrEqual(20);
    expect(overall.every((result) => (result.n ?? 0) >= 10)).toBe(true);
  });

  it('keeps the locked figures when a definition changes later', async () => {
    const code = 'FAM_VISIT_3M';
    const before = (await analyst.get<{ results: Result[] }>('/barometer/waves/W1/indicators')).results.find(
      (result) => result.indicator === code,
    );
    const id = await idOf(admin, 'indicators', code);
    const { numerator } = await admin.get<{ numerator: string }>(`/items/indicators/${id}?fields=numerator`);
    await admin.patch(`/items/indicators/${id}`, { numerator: `not(${numerator})` });
    try {
      const after = (await analyst.get<{ results: Result[] }>('/barometer/waves/W1/indicators')).results.find(
        (result) => result.indicator === code,
      );
      expect(after?.estimate).toBe(before?.estimate);
      const live = (await analyst.get<{ results: Result[] }>('/barometer/waves/W2/indicators')).results.find(
        (result) => result.indicator === code,
      );
      const liveBefore = await analyst.get<{ results: Result[] }>('/barometer/waves/W2/indicators');
      expect(live?.estimate).toBe(liveBefore.results.find((result) => result.indicator === code)?.estimate);
      expect(live?.estimate).not.toBe(before?.estimate);
    } finally {
      await admin.patch(`/items/indicators/${id}`, { numerator });
    }
  });

  it('answers with disclosure on only the breakdowns of the menu, and says which', async () => {
    for (const by of ['SEX,establishment_type', 'establishment_type,SEX', 'establishment_code', 'SEX,region']) {
      const response = await analyst.raw('GET', `/barometer/waves/W1/indicators?by=${by}`);
      expect(response.status).toBe(400);
      const message = JSON.stringify(response.body);
      expect(message).toContain('(aucun) ; SEX ; establishment_type ; region');
    }
    for (const by of ['SEX', 'establishment_type', 'region']) {
      expect((await analyst.raw('GET', `/barometer/waves/W1/indicators?by=${by}`)).status).toBe(200);
    }
  });

  it('lets only select_one questions and establishment variables define a domain, disclosure on or off', async () => {
    const coordinator = await as('coordinator');
    for (const query of ['by=AGE', 'by=AGE&disclosure=off', 'by=SEX,AGE&disclosure=off']) {
      const response = await coordinator.raw('GET', `/barometer/waves/W2/indicators?${query}`);
      expect(response.status).toBe(400);
      expect(JSON.stringify(response.body)).toContain('only single-choice (select_one) questions');
    }
  });

  it('crosses domain variables with disclosure off', async () => {
    const coordinator = await as('coordinator');
    const crossed = await coordinator.get<{ results: Result[] }>(
      '/barometer/waves/W1/indicators?by=SEX,establishment_type&disclosure=off',
    );
    const cells = crossed.results.filter((result) => Object.keys(result.domain ?? {}).length === 2);
    expect(cells.length).toBeGreaterThan(0);
  });

  it('suppresses small cells of a one-way breakdown', async () => {
    const crossed = await analyst.get<{ results: Result[] }>('/barometer/waves/W1/indicators?by=establishment_type');
    const cells = crossed.results.filter((result) => Object.keys(result.domain ?? {}).length === 1);
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.some((result) => result.suppressed)).toBe(true);
    for (const cell of cells.filter((result) => result.suppressed)) expect(cell.estimate).toBeUndefined();
  });

  it('computes the barometer score with eight dimensions', async () => {
    const score = await analyst.get<{
      overall: { score: number; ci_low: number; ci_high: number };
      dimensions: unknown[];
    }>('/barometer/waves/W1/score');
    expect(score.dimensions).toHaveLength(8);
    expect(score.overall.score).toBeGreaterThan(0);
    expect(score.overall.score).toBeLessThan(100);
    expect(score.overall.ci_low).toBeLessThan(score.overall.score);
    expect(score.overall.ci_high).toBeGreaterThan(score.overall.score);
  });
});

describe('score uncertainty', () => {
  it('gives the modelling choices beside the sampling interval, with effective weights, on the demo W1', async () => {
    type Range = { low: number; high: number };
    const score = await analyst.get<{
      overall: { score: number; se: number; ci_low: number; ci_high: number };
      df: number;
      missing: string[];
      indicators: Array<{ code: string; score: number | null }>;
      uncertainty: {
        published: number;
        interval: Range;
        weights: Range;
        goalposts: Range;
        geometric: number;
        leave_one_out: Array<{ dimension: string; score: number }>;
        effective_weights: Array<{ indicator: string; nominal: number; contribution: number }>;
      };
    }>('/barometer/waves/W1/score');
    const u = score.uncertainty;
    expect(u.published).toBeCloseTo(score.overall.score, 9);
    expect(score.missing).toEqual([]);
    expect(u.leave_one_out).toHaveLength(8);
    // The audit of the demo W1: the choices move the score far more than its sampling error.
    expect(u.weights.high - u.weights.low).toBeGreaterThan(score.overall.ci_high - score.overall.ci_low);
    expect(u.geometric).toBeLessThan(u.published);
    expect(u.interval.low).toBeLessThan(u.published);
    expect(u.interval.high).toBeGreaterThan(u.published);
    const nominal = u.effective_weights.reduce((sum, entry) => sum + entry.nominal, 0);
    const contribution = u.effective_weights.reduce((sum, entry) => sum + entry.contribution, 0);
    expect(nominal).toBeCloseTo(1, 12);
    expect(contribution).toBeCloseTo(1, 9);
    expect(u.effective_weights.map((entry) => entry.indicator)).toEqual(
      score.indicators.filter((entry) => entry.score !== null).map((entry) => entry.code),
    );
    // The contract's ± 1.96 SE; the design's df beside it.
    const critical = (score.overall.ci_high - score.overall.ci_low) / 2 / score.overall.se;
    expect(critical).toBeCloseTo(1.96, 9);
    expect(score.df).toBeGreaterThan(200);
  });
});

describe('trends', () => {
  it('follows an indicator from the 2020 baseline through W1 and W2 with changes and their significance', async () => {
    type Change = { comparable: boolean; significant?: boolean | null; method?: string; df?: number | null };
    const trend = await analyst.get<{
      indicator: string;
      method: string;
      points: Array<{
        wave: string;
        estimate: number | null;
        comparable: boolean;
        provisional?: boolean;
        coverage?: { interviews: number; minors_covered: number; frame: number };
        change_from_previous: Change | null;
        change_from_baseline: Change | null;
      }>;
    }>('/barometer/indicators/FAM_VISIT_3M/trend');
    // Other test files add waves that use BARO too: the demo's own points come first, in time order.
    expect(trend.points.map((point) => point.wave).slice(0, 3)).toEqual(['B2020', 'W1', 'W2']);
    expect(trend.method).toMatch(/covariance/);
    const [baseline, w1, w2] = trend.points;
    expect(baseline?.change_from_previous).toBeNull();
    expect(w1?.change_from_previous).toMatchObject({ comparable: true });
    // W1 is locked: its change from the baseline (a published study, no design) is assessed.
    expect(w1?.provisional).toBe(false);
    expect(typeof w1?.change_from_baseline?.significant).toBe('boolean');
    expect(w2?.change_from_baseline).not.toBeNull();
  });

  it('shows the open W2 as provisional, with its coverage, and draws no significance from it', async () => {
    type Change = { significant: boolean | null; method: string; df: number | null };
    const trend = await analyst.get<{
      points: Array<{
        wave: string;
        provisional: boolean;
        coverage?: { interviews: number; minors_covered: number; frame: number };
        change_from_previous: Change | null;
        change_from_baseline: Change | null;
      }>;
    }>('/barometer/indicators/FAM_VISIT_3M/trend');
    const w2 = trend.points.find((point) => point.wave === 'W2');
    expect(w2?.provisional).toBe(true);
    // The demo W2: 102 interviews, three establishments not yet visited (837 of 1,005 minors).
    expect(w2?.coverage).toEqual({ interviews: 102, minors_covered: 837, frame: 1005 });
    expect(w2?.change_from_previous).toMatchObject({
      significant: null,
      method: 'panel sub-strata, conditional covariance',
    });
    expect(w2?.change_from_previous?.df).toBeGreaterThan(100);
    expect(w2?.change_from_baseline).toMatchObject({ significant: null });
    expect(trend.points.find((point) => point.wave === 'W1')?.coverage).toBeUndefined();
  });

  it('uses the panel design in the demo W2 and the plain stratified design in W1', async () => {
    type Answer = { design: string; panel_interviews: number; top_up_interviews: number };
    const w1 = await analyst.get<Answer>('/barometer/waves/W1/indicators');
    const w2 = await analyst.get<Answer>('/barometer/waves/W2/indicators');
    expect(w1).toMatchObject({ design: 'stratified', panel_interviews: 0 });
    expect(w2).toMatchObject({ design: 'panel', panel_interviews: 61, top_up_interviews: 41 });
  });

  it('answers 404 for an unknown indicator', async () => {
    expect((await analyst.raw('GET', '/barometer/indicators/NOPE/trend')).status).toBe(404);
  });
});

describe('inconsistent data', () => {
  it('answers 422 naming the establishment when a stratum has more interviews than minors', async () => {
    const world = await buildWorld(admin, 'OVER');
    const interviews = Array.from({ length: 13 }, (_, index) =>
      interviewPayload(world, `OVER-${world.suffix}-${index}`.slice(0, 64), {
        establishment: world.otherEstablishment,
        status: 'validated',
      }),
    );
    const created = await admin.post<Array<{ id: number }>>('/items/interviews', interviews);
    try {
      const response = await admin.raw('GET', `/barometer/waves/${world.waveCode}/indicators`);
      expect(response.status).toBe(422);
      expect(JSON.stringify(response.body)).toContain(world.otherEstablishmentCode);
      // The other waves' series go on without it: one inconsistent wave does not fail every trend and report.
      const trend = await admin.get<{ points: Array<{ wave: string }> }>('/barometer/indicators/FAM_VISIT_3M/trend');
      expect(trend.points.map((point) => point.wave)).toEqual(expect.arrayContaining(['W1', 'W2']));
      expect(trend.points.map((point) => point.wave)).not.toContain(world.waveCode);
    } finally {
      // Every report reads every wave's trend: a wave left inconsistent would fail the other test files' reports.
      await admin.raw(
        'DELETE',
        '/items/interviews',
        created.map((interview) => interview.id),
      );
    }
  });
});

describe('access', () => {
  it.each(['enumerator1', 'supervisor1'] as const)('is refused to %s', async (key) => {
    const api = await as(key);
    expect((await api.raw('GET', '/barometer/waves/W1/indicators')).status).toBe(403);
    expect((await api.raw('GET', '/barometer/waves/W1/score')).status).toBe(403);
    expect((await api.raw('GET', '/barometer/indicators/FAM_VISIT_3M/trend')).status).toBe(403);
  });

  it('is open to coordinators, with disclosure off for internal analysis', async () => {
    const coordinator = await as('coordinator');
    const open = await coordinator.get<{ disclosure: string; results: Result[] }>(
      '/barometer/waves/W1/indicators?by=SEX,establishment_type&disclosure=off',
    );
    expect(open.disclosure).toBe('off');
    expect(open.results.every((result) => result.applicable === false || result.suppressed === false)).toBe(true);
  });
});
