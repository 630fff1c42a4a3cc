import { writeCsv } from './csv.ts';
import { neutraliseText } from './neutralise.ts';
import type { ExportDataset } from './types.ts';

/** The microdata: one row per interview, the columns of the dataset. */
export function interviewsCsv(dataset: ExportDataset): string {
  return writeCsv(
    dataset.columns.map((column) => neutraliseText(column.name)),
    dataset.rows,
  );
}
