// The monitoring plan as a workbook, one row per indicator: the figures stay numbers (a proportion as
// a fraction shown in percent) so that the ministries' officers can chart and compute with them. In
// French, or in Arabic with its sheets right to left.
import ExcelJS, { type Worksheet } from 'exceljs';
import { cleanText, keepTextInert } from '../xlsform/index.ts';
import type { StrategyLine, StrategyPlan } from './types.ts';

type Cell = string | number | null;

export type WorkbookLang = 'fr' | 'ar';

/** Every word of the workbook, in each language. */
const WORDS = {
  fr: {
    planSheet: 'Plan de suivi',
    objectivesSheet: 'Objectifs',
    planHeaders: ['Objectif', 'Dimension', 'Code', 'Indicateur', 'Indicateur (arabe)', 'Évolution souhaitée'],
    baseline: 'Référence',
    provisional: '(provisoire)',
    tail: ['Cible', 'Cible atteinte (dernière valeur)', 'Institutions responsables', 'Règles servies'],
    direction: { higher_is_better: 'à la hausse', lower_is_better: 'à la baisse' },
    toSet: 'cible à fixer',
    noValue: 'pas de valeur',
    met: 'atteinte',
    notMet: 'non atteinte',
    toName: 'à désigner',
    approximates: ' (approché)',
    objectivesHeaders: ['Objectif', 'Dimension', 'البعد', 'Objectif poursuivi', 'الهدف', 'Normes de la dimension'],
  },
  ar: {
    planSheet: 'خطة التتبع',
    objectivesSheet: 'الأهداف',
    planHeaders: ['الهدف', 'البعد', 'الرمز', 'المؤشر', 'المؤشر (بالفرنسية)', 'التطور المرغوب'],
    baseline: 'مرجع',
    provisional: '(مؤقت)',
    tail: ['القيمة المستهدفة', 'تحقق القيمة المستهدفة (آخر قيمة)', 'المؤسسات المسؤولة', 'القواعد التي يخدمها'],
    direction: { higher_is_better: 'نحو الارتفاع', lower_is_better: 'نحو الانخفاض' },
    toSet: 'تُحدَّد لاحقًا',
    noValue: 'لا قيمة',
    met: 'متحققة',
    notMet: 'غير متحققة',
    toName: 'لم تُعيَّن بعد',
    approximates: ' (تقريبي)',
    objectivesHeaders: ['الهدف', 'البعد', 'Dimension', 'الهدف المنشود', 'Objectif poursuivi', 'معايير البعد'],
  },
} as const;

export const PLAN_SHEET = WORDS.fr.planSheet;
export const OBJECTIVES_SHEET = WORDS.fr.objectivesSheet;

/** The plan sheet's name in a language. */
export function planSheetName(lang: WorkbookLang = 'fr'): string {
  return WORDS[lang].planSheet;
}

function addRow(sheet: Worksheet, cells: readonly Cell[]): void {
  keepTextInert(sheet.addRow(cells.map((cell) => (typeof cell === 'string' ? cleanText(cell) || null : cell))));
}

function numberFormat(line: StrategyLine): string {
  return line.type === 'proportion' ? '0.0%' : '0.0';
}

function verdict(line: StrategyLine, lang: WorkbookLang): string {
  const words = WORDS[lang];
  if (line.target === null) return words.toSet;
  if (line.target_met === null) return words.noValue;
  return line.target_met ? words.met : words.notMet;
}

/** The headers of the plan sheet: the value columns are named after the waves of the plan. */
export function planHeaders(plan: StrategyPlan, lang: WorkbookLang = 'fr'): string[] {
  const words = WORDS[lang];
  return [
    ...words.planHeaders,
    `${words.baseline} ${plan.baseline?.code ?? ''}`.trim(),
    ...plan.waves.map((wave) => (wave.provisional ? `${wave.code} ${words.provisional}` : wave.code)),
    ...words.tail,
  ];
}

export async function strategyWorkbook(plan: StrategyPlan, lang: WorkbookLang = 'fr'): Promise<Buffer> {
  const words = WORDS[lang];
  const arabic = lang === 'ar';
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Baromètre OMP';
  const sheet = workbook.addWorksheet(words.planSheet, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 4, rightToLeft: arabic }],
  });
  const headers = planHeaders(plan, lang);
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
        arabic ? objective.title_ar || objective.title : objective.title,
        line.indicator,
        // The column "in the other language" holds the other label, the Arabic one first in Arabic.
        arabic ? line.label_ar || line.label : line.label,
        arabic ? line.label : line.label_ar,
        words.direction[line.direction],
        line.baseline,
        ...line.values,
        line.target,
        verdict(line, lang),
        line.institutions
          .map((institution) => (arabic ? institution.name_ar || institution.name : institution.name))
          .join(arabic ? '، ' : ' ; ') || words.toName,
        line.rules
          .map((rule) => `${rule.reference}${rule.nature === 'approximates' ? words.approximates : ''}`)
          .join(arabic ? ' ؛ ' : ' ; '),
      ]);
      const row = sheet.lastRow;
      if (!row) continue;
      for (let column = firstValue; column <= firstValue + plan.waves.length + 1; column += 1)
        row.getCell(column).numFmt = numberFormat(line);
    }
  }
  const objectives = workbook.addWorksheet(words.objectivesSheet, {
    views: [{ state: 'frozen', ySplit: 1, rightToLeft: arabic }],
  });
  addRow(objectives, [...words.objectivesHeaders]);
  objectives.getRow(1).font = { bold: true };
  objectives.columns.forEach((column, index) => {
    column.width = index === 3 || index === 4 ? 70 : 24;
  });
  for (const objective of plan.objectives)
    addRow(
      objectives,
      arabic
        ? [
            objective.number,
            objective.title_ar,
            objective.title,
            objective.objective_ar,
            objective.objective,
            objective.standard,
          ]
        : [
            objective.number,
            objective.title,
            objective.title_ar,
            objective.objective,
            objective.objective_ar,
            objective.standard,
          ],
    );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
