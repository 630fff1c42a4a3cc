export { codebookCsv } from './codebook.ts';
export { exportRepeatTable, exportWave, type WaveExportInput } from './export-wave.ts';
export { exportFileName, repeatFileName } from './file-names.ts';
export { interviewsCsv } from './interviews-csv.ts';
export { buildDataset, buildRepeatDataset, CHOICE_SEPARATOR } from './layout.ts';
export { neutralise, neutraliseText } from './neutralise.ts';
export { spssSyntax } from './spss.ts';
export { stataDoFile } from './stata.ts';
export {
  EXPORT_FORMATS,
  REPEAT_TABLE_FORMATS,
  type Cell,
  type Column,
  type ColumnKind,
  type ExportDataset,
  type ExportFile,
  type ExportFormat,
  type ExportInterview,
  type ExportOptions,
  type ExportQuestion,
  type RepeatTableFormat,
} from './types.ts';
