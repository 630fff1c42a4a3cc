// The strategy guidelines over HTTP: the plan's figures are the trend endpoint's, the workbook holds the
// same numbers, and the PDF, read back with pdftotext, has its headings and a value; refused to those
// who do not read the figures.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatEstimate } from '../../core/report/format.ts';
import { STRATEGY_TITLE } from '../../core/report/index.ts';
import { STRATEGY_TITLE_AR } from '../../core/report/strategy.ts';
import {
  PLAN_SHEET,
  planHeaders,
  planSheetName,
  type StrategyLine,
  type StrategyPlan,
} from '../../core/strategy/index.ts';
import type { Api } from '../../scripts/lib/api.ts';
import { as } from '../helpers.ts';

const scratch = mkdtempSync(join(tmpdir(), 'barometre-strategy-'));

let coordinator: Api;
let plan: StrategyPlan;
const lines = () => plan.objectives.flatMap((objective) => objective.lines);
const lineOf = (code: string): StrategyLine => {
  const found = lines().find((line) => line.indicator === code);
  if (!found) throw new Error(`no line for ${code}`);
  return found;
};

async function download(format: 'xlsx' | 'pdf', lang: 'fr' | 'ar' = 'fr'): Promise<Response> {
  return fetch(`${coordinator.url}/barometer/strategy?format=${format}${lang === 'ar' ? '&lang=ar' : ''}`, {
    headers: { authorization: `Bearer ${coordinator.token ?? ''}` },
  });
}

/** The plan's columns of the demo's W1 and W2: other test files add waves of their own to the shared instance. */
function demoColumns(): number[] {
  const columns = ['W1', 'W2'].map((code) => plan.waves.findIndex((wave) => wave.code === code));
  expect(columns.every((column) => column >= 0)).toBe(true);
  return columns;
}

beforeAll(async () => {
  coordinator = await as('coordinator');
  plan = await coordinator.get<StrategyPlan>('/barometer/strategy');
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('GET /barometer/strategy', () => {
  it('makes an objective of each dimension, then of the framework’s other indicators, over the baseline and the waves', async () => {
    expect(plan.baseline?.code).toBe('B2020');
    expect(demoColumns().map((column) => plan.waves[column]?.provisional)).toEqual([false, true]);
    // Every dimension that holds an indicator (the demo's eight, and any another test file left), in order.
    const dimensions = await coordinator.get<Array<{ code: string; indicators: unknown[] }>>(
      '/items/dimensions?fields=code,indicators.id&sort=sort,id&limit=-1',
    );
    const held = dimensions.filter((dimension) => dimension.indicators.length > 0).map((dimension) => dimension.code);
    expect(held.length).toBeGreaterThanOrEqual(8);
    expect(plan.objectives.map((objective) => objective.dimension)).toEqual([...held, null]);
    expect(plan.objectives.at(-1)?.lines.map((line) => line.indicator)).toEqual(
      expect.arrayContaining(['LEG_PARENTS_INFORMED', 'ADM_DETENTION_RATE']),
    );
  });

  it('gives each indicator the values of its trend, its rules’ target and the institutions that answer for it', async () => {
    const analyst = await as('analyst');
    for (const code of ['SAF_ADULTS', 'FAM_VISIT_3M', 'ADM_DETENTION_RATE', 'LEG_PARENTS_INFORMED']) {
      const trend = await analyst.get<{ points: Array<{ wave: string; estimate: number | null }> }>(
        `/barometer/indicators/${code}/trend`,
      );
      const byWave = new Map(trend.points.map((point) => [point.wave, point.estimate]));
      const line = lineOf(code);
      expect(line.baseline, code).toBe(byWave.get('B2020') ?? null);
      expect(line.values, code).toEqual(plan.waves.map((wave) => byWave.get(wave.code) ?? null));
    }
    const adults = lineOf('SAF_ADULTS');
    expect(adults.target).toBe(0);
    expect(adults.target_met).toBe((adults.values.at(-1) ?? 1) === 0);
    expect(adults.rules.map((rule) => rule.code)).toContain('HAVANA-r.29');
    expect(adults.institutions.length).toBeGreaterThan(0);
    const detention = lineOf('ADM_DETENTION_RATE');
    expect(demoColumns().map((column) => detention.values[column])).toEqual([21.6, 20.9]);
  });

  it('refuses an enumerator and an unknown format', async () => {
    const enumerator = await as('enumerator1');
    expect((await enumerator.raw('GET', '/barometer/strategy')).status).toBe(403);
    expect((await coordinator.raw('GET', '/barometer/strategy?format=docx')).status).toBe(400);
  });
});

describe('the workbook', () => {
  it('holds the plan’s numbers, one row per indicator, the waves as columns', async () => {
    const response = await download('xlsx');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/\.xlsx/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet(PLAN_SHEET);
    if (!sheet) throw new Error('no plan sheet');
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual(planHeaders(plan));
    expect(sheet.rowCount).toBe(lines().length + 1);
    const first = headers.indexOf('Référence B2020') + 1;
    sheet.eachRow((row, number) => {
      if (number === 1) return;
      const line = lineOf(String(row.getCell(3).value));
      const cells = [line.baseline, ...line.values, line.target];
      expect(
        cells.map((_, offset) => row.getCell(first + offset).value ?? null),
        line.indicator,
      ).toEqual(cells);
    });
  });
});

describe('the PDF', () => {
  let text: string;

  beforeAll(async () => {
    const response = await download('pdf');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/pdf/);
    const path = join(scratch, 'strategie.pdf');
    writeFileSync(path, Buffer.from(await response.arrayBuffer()));
    text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
      .replace(/[\u00A0\u202F]/g, ' ')
      .replace(/\s+/g, ' ');
  });

  it('has its title, an objective per dimension and the indicators’ values', () => {
    expect(text).toContain(STRATEGY_TITLE);
    for (const objective of plan.objectives) expect(text).toContain(`Objectif ${objective.number}. ${objective.title}`);
    const adults = lineOf('SAF_ADULTS');
    const w1 = adults.values[demoColumns()[0] ?? -1];
    if (w1 === null || w1 === undefined) throw new Error('no W1 value of SAF_ADULTS');
    expect(text).toContain(formatEstimate({ type: adults.type }, w1).replace(/[\u00A0\u202F]/g, ' '));
    expect(text).toContain('Institutions responsables');
    expect(text).toContain('Règles servies');
  });
});

/** pdftotext may put an Arabic vowel mark (a tanwin, a shadda) before its letter: the test reads without them. */
const withoutMarks = (text: string) => text.replace(/[\u064B-\u065F\u0670]/g, '');

describe('the Arabic editions (lang=ar)', () => {
  it('is a workbook with Arabic sheets and headers, right to left, holding the same numbers', async () => {
    const response = await download('xlsx', 'ar');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/-ar\.xlsx/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet(planSheetName('ar'));
    if (!sheet) throw new Error('no Arabic plan sheet');
    expect(sheet.views[0]?.rightToLeft).toBe(true);
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual(planHeaders(plan, 'ar'));
    expect(headers).toContain('المؤسسات المسؤولة');
    const adults = lineOf('SAF_ADULTS');
    const row = sheet.getRows(2, sheet.rowCount - 1)?.find((candidate) => candidate.getCell(3).value === 'SAF_ADULTS');
    expect(row?.getCell(4).value).toBe(adults.label_ar);
    const first = headers.indexOf(`مرجع ${plan.baseline?.code ?? ''}`) + 1;
    expect([adults.baseline, ...adults.values].map((_, offset) => row?.getCell(first + offset).value ?? null)).toEqual([
      adults.baseline,
      ...adults.values,
    ]);
  });

  it('is a PDF in Arabic, right to left, with the Arabic labels, institutions and the same values', async () => {
    const response = await download('pdf', 'ar');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/-ar\.pdf/);
    const path = join(scratch, 'strategie-ar.pdf');
    writeFileSync(path, Buffer.from(await response.arrayBuffer()));
    const text = withoutMarks(
      execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
        .replace(/[\u00A0\u202F]/g, ' ')
        // pdftotext marks right-to-left runs with embedding controls.
        .replace(/[\u202A-\u202E]/g, '')
        .replace(/\s+/g, ' '),
    );
    expect(text).toContain(withoutMarks(STRATEGY_TITLE_AR));
    expect(text).not.toContain(STRATEGY_TITLE);
    expect(text).not.toContain('Institutions responsables');
    for (const words of ['المؤسسات المسؤولة', 'القواعد التي يخدمها', 'القيمة المستهدفة'])
      expect(text).toContain(withoutMarks(words));
    const adults = lineOf('SAF_ADULTS');
    // The label column narrows as other test files add waves: the label wraps, each of its words is there.
    for (const word of adults.label_ar.split(' ')) expect(text).toContain(withoutMarks(word));
    const w1 = adults.values[demoColumns()[0] ?? -1];
    if (w1 === null || w1 === undefined) throw new Error('no W1 value of SAF_ADULTS');
    expect(text).toContain(formatEstimate({ type: adults.type }, w1).replace(/[\u00A0\u202F]/g, ' '));
    for (const word of (adults.institutions[0]?.name_ar ?? '').split(' ')) expect(text).toContain(withoutMarks(word));
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    expect(info).toContain(STRATEGY_TITLE_AR);
  });

  it('refuses a language it does not have', async () => {
    expect((await coordinator.raw('GET', '/barometer/strategy?format=pdf&lang=en')).status).toBe(400);
  });
});
