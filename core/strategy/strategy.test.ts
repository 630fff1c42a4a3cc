import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { PLAN_SHEET, planHeaders, planSheetName, strategyPlan, strategyWorkbook, type StrategyInput } from './index.ts';

const input: StrategyInput = {
  waves: [
    { code: 'B2020', label: 'Référence 2020', kind: 'baseline', provisional: false },
    { code: 'W1', label: 'Vague 1', kind: 'wave', provisional: false },
    { code: 'W2', label: 'Vague 2', kind: 'wave', provisional: false },
    { code: 'W3', label: 'Vague 3', kind: 'wave', provisional: true },
    { code: 'W4', label: 'Vague 4', kind: 'wave', provisional: true },
  ],
  dimensions: [
    { code: 'SAFETY', label: 'Séparation et sécurité', label_ar: 'السلامة', standard: 'La Havane r.29' },
    { code: 'EMPTY', label: 'Sans indicateur', label_ar: 'بدون', standard: null },
  ],
  indicators: [
    {
      code: 'ADULTS',
      label: 'Avec des adultes',
      label_ar: 'مع الراشدين',
      dimension: 'SAFETY',
      type: 'proportion',
      direction: 'lower_is_better',
    },
    {
      code: 'VISITS',
      label: 'Visites',
      label_ar: 'الزيارات',
      dimension: 'SAFETY',
      type: 'proportion',
      direction: 'higher_is_better',
    },
    {
      code: 'RATE',
      label: 'Taux de détention',
      label_ar: 'معدل',
      dimension: null,
      type: 'mean',
      direction: 'lower_is_better',
    },
    {
      code: 'UNLINKED',
      label: 'Sans règle',
      label_ar: 'بدون',
      dimension: null,
      type: 'mean',
      direction: 'lower_is_better',
    },
  ],
  values: {
    ADULTS: { B2020: 0.16, W1: 0.08, W2: 0.05, W3: 0 },
    VISITS: { W1: 0.6, W2: 0.7 },
    RATE: { B2020: 24.1, W1: 21.6, W2: 20.9, W3: null, W4: null },
  },
  links: [
    { indicator: 'ADULTS', rule: 'HAVANA-r.29', reference: 'HAVANA r.29', nature: 'measures', target: 0 },
    { indicator: 'ADULTS', rule: 'CRC-art.37(c)', reference: 'CRC art. 37(c)', nature: 'approximates', target: 0.02 },
    { indicator: 'VISITS', rule: 'HAVANA-r.60', reference: 'HAVANA r.60', nature: 'measures', target: 0.9 },
    { indicator: 'VISITS', rule: 'HAVANA-r.60', reference: 'HAVANA r.60', nature: 'measures', target: 1 },
    { indicator: 'RATE', rule: 'UNODC-2', reference: 'UNODC-UNICEF indicateur 2', nature: 'measures', target: null },
  ],
  institutions: [
    { indicator: 'ADULTS', name: 'DGAPR', name_ar: 'المندوبية' },
    { indicator: 'ADULTS', name: 'DGAPR', name_ar: 'المندوبية' },
    { indicator: 'ADULTS', name: 'CNDH', name_ar: 'المجلس' },
  ],
};

describe('strategyPlan', () => {
  const plan = strategyPlan(input);

  it('makes one objective per dimension with indicators, then one for the commitments outside the score', () => {
    expect(plan.objectives.map((objective) => [objective.number, objective.dimension])).toEqual([
      [1, 'SAFETY'],
      [2, null],
    ]);
    // An indicator outside the score and linked to no rule is not part of the framework's plan.
    expect(plan.objectives[1]?.lines.map((line) => line.indicator)).toEqual(['RATE']);
    expect(plan.baseline?.code).toBe('B2020');
    // W4 measured nothing yet: it is no column.
    expect(plan.waves.map((wave) => wave.code)).toEqual(['W1', 'W2', 'W3']);
  });

  it('gives each line its baseline, its values wave by wave, the strictest target and who answers for it', () => {
    const [adults, visits] = plan.objectives[0]?.lines ?? [];
    expect(adults).toMatchObject({ baseline: 0.16, values: [0.08, 0.05, 0], target: 0, target_met: true });
    expect(adults?.institutions.map((institution) => institution.name)).toEqual(['DGAPR', 'CNDH']);
    expect(adults?.rules.map((rule) => rule.code)).toEqual(['HAVANA-r.29', 'CRC-art.37(c)']);
    expect(visits).toMatchObject({ baseline: null, values: [0.6, 0.7, null], target: 1, target_met: false });
    expect(visits?.rules).toHaveLength(1);
    expect(plan.objectives[1]?.lines[0]).toMatchObject({ target: null, target_met: null, values: [21.6, 20.9, null] });
    expect(plan.summary).toEqual({ indicators: 3, with_target: 2, targets_met: 1, without_institution: 2 });
    expect(plan.objectives[0]?.objective).toMatch(/2 indicateur\(s\) sur 2/);
    expect(plan.objectives[1]?.objective_ar).toMatch(/[\u0600-\u06FF]/);
  });
});

describe('strategyWorkbook', () => {
  it('writes the plan with its figures as numbers, the waves as columns, and formulas left inert', async () => {
    const plan = strategyPlan({
      ...input,
      institutions: [...input.institutions, { indicator: 'VISITS', name: '=HYPERLINK("x")', name_ar: '' }],
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await strategyWorkbook(plan)).buffer);
    const sheet = workbook.getWorksheet(PLAN_SHEET);
    if (!sheet) throw new Error('no plan sheet');
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(planHeaders(plan));
    expect(header).toEqual(expect.arrayContaining(['Référence B2020', 'W1', 'W2', 'W3 (provisoire)']));
    const adults = sheet.getRow(2);
    expect(adults.getCell(3).value).toBe('ADULTS');
    expect([7, 8, 9, 10, 11].map((column) => adults.getCell(column).value)).toEqual([0.16, 0.08, 0.05, 0, 0]);
    expect(adults.getCell(8).numFmt).toBe('0.0%');
    expect(adults.getCell(13).value).toBe('DGAPR ; CNDH');
    expect(adults.getCell(14).value).toBe('HAVANA r.29 ; CRC art. 37(c) (approché)');
    const visits = sheet.getRow(3);
    expect(visits.getCell(13).value).toBe('=HYPERLINK("x")');
    expect(visits.getCell(13).numFmt).toBe('@');
    expect(visits.getCell(13).formula).toBeUndefined();
    expect(sheet.getRow(4).getCell(12).value).toBe('cible à fixer');
    expect(sheet.getRow(4).getCell(8).numFmt).toBe('0.0');
  });
});

describe('the Arabic workbook', () => {
  it('names its sheets and headers in Arabic, right to left, with the same numbers', async () => {
    const plan = strategyPlan(input);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await strategyWorkbook(plan, 'ar')).buffer);
    const sheet = workbook.getWorksheet(planSheetName('ar'));
    if (!sheet) throw new Error('no Arabic plan sheet');
    expect(sheet.views[0]?.rightToLeft).toBe(true);
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(planHeaders(plan, 'ar'));
    expect(header).toEqual(expect.arrayContaining(['مرجع B2020', 'W1', 'W3 (مؤقت)', 'المؤسسات المسؤولة']));
    const adults = sheet.getRow(2);
    expect(adults.getCell(4).value).toBe('مع الراشدين');
    expect([7, 8, 9, 10].map((column) => adults.getCell(column).value)).toEqual([0.16, 0.08, 0.05, 0]);
    expect(adults.getCell(13).value).toBe('المندوبية، المجلس');
    expect(sheet.getRow(4).getCell(12).value).toBe('تُحدَّد لاحقًا');
  });
});
