/**
 * The strategy guidelines (issue 17, item 5): the normative framework and the barometer's series as
 * the monitoring plan of a national strategy, and that plan as a workbook. The PDF is core/report's.
 */
export { strategyPlan } from './plan.ts';
export {
  OBJECTIVES_SHEET,
  PLAN_SHEET,
  planHeaders,
  planSheetName,
  strategyWorkbook,
  type WorkbookLang,
} from './workbook.ts';
export type * from './types.ts';
