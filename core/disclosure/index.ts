export { loadSolver } from './solver.ts';
export { countBounds, type CountFact } from './bounds.ts';
export { auditPattern, protectionWidth, PROTECTION_CHILDREN, type CellAudit, type Interval } from './audit.ts';
export { cellStatus, patternHolds, protectTables, type ProtectionResult } from './pattern.ts';
export { auditIndicator, protectIndicator, type IndicatorPattern } from './protect.ts';
export {
  ATTRIBUTE_MARGIN,
  buildTables,
  disclosesAttribute,
  MISSING,
  type DisclosureColumn,
  type DisclosureUnit,
  type IndicatorTables,
  type TableCell,
} from './tables.ts';
