// The mandate scenario (SEED_DEMO=mandate) on an instance of its own: W1, W2 and W3 locked, W3's
// follow-up rows for W1's and W2's recommendations, each indicator's trend over B2020, W1, W2 and W3,
// the W3 report that prints those four points, and the strategy document's three wave columns.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatEstimate } from '../../core/report/format.ts';
import { PLAN_SHEET, type StrategyPlan } from '../../core/strategy/index.ts';
import { login, type Api } from '../../scripts/lib/api.ts';
import { demoUser } from '../../seed/demo-users.ts';
import { startTestInstance, type TestInstance } from '../setup/instance.ts';

interface TrendPoint {
  wave: string;
  kind: string;
  estimate: number | null;
  provisional: boolean;
}

let instance: TestInstance;
let coordinator: Api;
const scratch = mkdtempSync(join(tmpdir(), 'barometre-mandate-'));

async function download(path: string): Promise<Buffer> {
  const response = await fetch(`${coordinator.url}${path}`, {
    headers: { authorization: `Bearer ${coordinator.token ?? ''}` },
  });
  expect(response.status, path).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

/** The PDF's text as pdftotext lays it out, French spaces (U+00A0, U+202F) read as plain ones. */
function pdfLayout(pdf: Buffer, name: string): string {
  const path = join(scratch, name);
  writeFileSync(path, pdf);
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/[\u00A0\u202F]/g, ' ');
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ');

beforeAll(async () => {
  instance = await startTestInstance({ seedDemo: 'mandate' });
  const user = demoUser('coordinator');
  coordinator = await login(instance.info.url, user.email, user.password);
});
afterAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
  await instance?.dispose();
}, 60_000);

describe('the mandate scenario', () => {
  it('has the three barometers locked, each with its interviews, after the published baseline', async () => {
    const waves = await coordinator.get<Array<{ code: string; status: string }>>(
      '/items/waves?fields=code,status&sort=reference_date',
    );
    expect(waves).toEqual([
      { code: 'B2020', status: 'published' },
      { code: 'W1', status: 'locked' },
      { code: 'W2', status: 'locked' },
      { code: 'W3', status: 'locked' },
    ]);
    const ids = await coordinator.get<Array<{ id: number; code: string }>>('/items/waves?fields=id,code');
    const codeOf = new Map(ids.map((wave) => [wave.id, wave.code]));
    const counts = await coordinator.get<Array<{ wave: number; count: number | string }>>(
      '/items/interviews?filter[followup][_null]=true&filter[status][_eq]=validated&groupBy[]=wave&aggregate[count]=*',
    );
    const byWave = Object.fromEntries(counts.map((row) => [codeOf.get(row.wave), Number(row.count)]));
    expect(byWave).toEqual({ W1: 246, W2: 255, W3: 250 });
  });

  it('gives W3 a follow-up row for each of W1’s and W2’s recommendations', async () => {
    const recommendations = await coordinator.get<Array<{ sort: number; wave: { code: string } }>>(
      '/items/recommendations?fields=sort,wave.code&sort=sort&limit=-1',
    );
    expect(recommendations.filter((row) => row.wave.code === 'W1')).toHaveLength(11);
    expect(recommendations.filter((row) => row.wave.code === 'W2')).toHaveLength(4);
    const followUps = await coordinator.get<Array<{ recommendation: { sort: number }; status: string }>>(
      '/items/recommendation_followups?filter[wave][code][_eq]=W3&fields=recommendation.sort,status&limit=-1',
    );
    expect(followUps.map((row) => row.recommendation.sort).sort((a, b) => a - b)).toEqual(
      recommendations.map((row) => row.sort),
    );
    // Frozen with the locked wave.
    const [first] = await coordinator.get<Array<{ id: number }>>(
      '/items/recommendation_followups?filter[wave][code][_eq]=W3&fields=id&limit=1',
    );
    const refused = await coordinator.raw('PATCH', `/items/recommendation_followups/${first?.id}`, {
      status: 'implemented',
    });
    expect(refused.status).toBe(409);
  });

  it('gives each indicator a trend of four points, none provisional', async () => {
    for (const code of ['SAF_ADULTS', 'FAM_VISIT_3M', 'ADM_DETENTION_RATE']) {
      const trend = await coordinator.get<{ points: TrendPoint[] }>(`/barometer/indicators/${code}/trend`);
      expect(
        trend.points.map((point) => point.wave),
        code,
      ).toEqual(['B2020', 'W1', 'W2', 'W3']);
      // The baseline's point has no `provisional`: only a wave can be open.
      expect(trend.points.every((point) => point.estimate !== null && point.provisional !== true)).toBe(true);
    }
    const detention = await coordinator.get<{ points: TrendPoint[] }>('/barometer/indicators/ADM_DETENTION_RATE/trend');
    expect(detention.points.map((point) => point.estimate)).toEqual([24.1, 21.6, 20.9, 19.8]);
  });
});

describe('the W3 report', () => {
  it('draws each indicator’s series over the baseline and the three waves, with the trend’s values', async () => {
    const { file } = await coordinator.post<{ file: string }>('/barometer/waves/W3/report', {});
    const layout = pdfLayout(await download(`/assets/${file}?download`), 'w3.pdf');
    const trend = await coordinator.get<{ points: TrendPoint[] }>('/barometer/indicators/SAF_ADULTS/trend');
    // The indicator's block: from its heading to its chart's wave axis.
    const start = layout.search(/SAF_ADULTS\s*\n\s*Norme/);
    expect(start).toBeGreaterThan(0);
    const axis = /Étude de +Vague 1 +Vague 2 +Vague 3/.exec(layout.slice(start));
    expect(axis).not.toBeNull();
    const block = layout.slice(start, start + (axis?.index ?? 0));
    expect(trend.points).toHaveLength(4);
    for (const point of trend.points)
      expect(block, point.wave).toContain(
        formatEstimate({ type: 'proportion' }, point.estimate ?? -1).replace(/[\u00A0\u202F]/g, ' '),
      );
    // Every indicator chart of the report has the four points on its axis.
    expect(layout.match(/Étude de +Vague 1 +Vague 2 +Vague 3/g)?.length ?? 0).toBeGreaterThanOrEqual(20);
  });
});

describe('the strategy document', () => {
  let plan: StrategyPlan;
  beforeAll(async () => {
    plan = await coordinator.get<StrategyPlan>('/barometer/strategy');
  });

  it('has the columns W1, W2 and W3, none provisional, after the baseline', async () => {
    expect(plan.baseline?.code).toBe('B2020');
    expect(plan.waves.map((wave) => [wave.code, wave.provisional])).toEqual([
      ['W1', false],
      ['W2', false],
      ['W3', false],
    ]);
    const detention = plan.objectives
      .flatMap((objective) => objective.lines)
      .find((line) => line.indicator === 'ADM_DETENTION_RATE');
    expect(detention?.values).toEqual([21.6, 20.9, 19.8]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await download('/barometer/strategy?format=xlsx')).buffer);
    const headers = (workbook.getWorksheet(PLAN_SHEET)?.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual(expect.arrayContaining(['Référence B2020', 'W1', 'W2', 'W3']));
    const text = oneLine(pdfLayout(await download('/barometer/strategy?format=pdf'), 'strategie.pdf'));
    expect(text).toMatch(/Réf\. B2020 W1 W2 W3 Cible/);
    expect(text).not.toMatch(/W\d \(p\)/);
  });
});
