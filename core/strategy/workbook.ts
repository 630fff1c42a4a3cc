// The monitoring plan as a workbook, one row per indicator: the figures stay numbers (a proportion as
// a fraction shown in percent) so that the ministries' officers can chart and compute with them.
import ExcelJS, { type Worksheet } from 'exceljs';
import { cleanText, keepTextInert } from '../xlsform/index.ts';
import type { StrategyLine, StrategyPlan } from './types.ts';

type Cell = string | number | null;

export const PLAN_SHEET = 'Plan de suivi';
export const OBJECTIVES_SHEET = 'Objectifs';

const DIRECTION = { higher_is_better: 'à la hausse', lower_is_better: 'à la baisse' } as const;

function addRow(sheet: Worksheet, cells: readonly Cell[]): void {
  keepTextInert(sheet.addRow(cells.map((cell) => (typeof cell === 'string' ? cleanText(cell) || null : cell))));
}

function numberFormat(line: StrategyLine): string {
  return line.type === 'proportion' ? '0.0%' : '0.0';
}

function verdict(line: StrategyLine): string {
  if (line.target === null) return 'cible à fixer';
  if (line.target_met === null) return 'pas de valeur';
  return line.target_met ? 'atteinte' : 'non atteinte';
}

/** The headers of the plan sheet: the value columns are named after the waves of the plan. */
export function planHeaders(plan: StrategyPlan): string[] {
  return [
    'Objectif',
    'Dimension',
    'Code',
    'Indicateur',
    'Indicateur (arabe)',
    'Évolution souhaitée',
    `Référence ${plan.baseline?.code ?? ''}`.trim(),
    ...plan.waves.map((wave) => (wave.provisional ? `${wave.code} (provisoire)` : wave.code)),
    'Cible',
    'Cible atteinte (dernière valeur)',
    'Institutions responsables',
    'Règles servies',
  ];
}

export async function strategyWorkbook(plan: StrategyPlan): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Baromètre OMP';
  const sheet = workbook.addWorksheet(PLAN_SHEET, { views: [{ state: 'frozen', ySplit: 1, xSplit: 4 }] });
  const headers = planHeaders(plan);
  addRow(sheet, headers);
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((column, index) => {
    column.width = index === 3 || index === 4 ? 44 : index >= headers.length - 2 ? 40 : 14;
  });
  const firstValue = 7;
  for (const objective of plan.objectives) {
    for (const line of objective.lines) {
      addRow(sheet, [
        objective.number,
        objective.title,
        line.indicator,
        line.label,
        line.label_ar,
        DIRECTION[line.direction],
        line.baseline,
        ...line.values,
        line.target,
        verdict(line),
        line.institutions.map((institution) => institution.name).join(' ; ') || 'à désigner',
        line.rules.map((rule) => `${rule.reference}${rule.nature === 'approximates' ? ' (approché)' : ''}`).join(' ; '),
      ]);
      const row = sheet.lastRow;
      if (!row) continue;
      for (let column = firstValue; column <= firstValue + plan.waves.length + 1; column += 1)
        row.getCell(column).numFmt = numberFormat(line);
    }
  }
  const objectives = workbook.addWorksheet(OBJECTIVES_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  addRow(objectives, ['Objectif', 'Dimension', 'البعد', 'Objectif poursuivi', 'الهدف', 'Normes de la dimension']);
  objectives.getRow(1).font = { bold: true };
  objectives.columns.forEach((column, index) => {
    column.width = index === 3 || index === 4 ? 70 : 24;
  });
  for (const objective of plan.objectives)
    addRow(objectives, [
      objective.number,
      objective.title,
      objective.title_ar,
      objective.objective,
      objective.objective_ar,
      objective.standard,
    ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
