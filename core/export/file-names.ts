import { parentKeyName } from './layout.ts';
import type { ExportDataset, ExportFormat, RepeatTableFormat } from './types.ts';

/** A wave code is free text: keep file names portable and safe inside quoted script paths. */
function safeStem(wave: string): string {
  return wave.replace(/[^A-Za-z0-9_-]/g, '_') || 'vague';
}

const FILES: Record<ExportFormat, { kind: string; extension: string }> = {
  csv: { kind: 'interviews', extension: 'csv' },
  codebook: { kind: 'codebook', extension: 'csv' },
  spss: { kind: 'interviews', extension: 'sps' },
  stata: { kind: 'interviews', extension: 'do' },
};

/** With free text the data is another file: its name says so, and its scripts name it. */
export function exportFileName(wave: string, format: ExportFormat, includeText: boolean): string {
  const { kind, extension } = FILES[format];
  return `${safeStem(wave)}-${kind}${includeText ? '-avec-textes' : ''}.${extension}`;
}

/** A repeat's table, or a script reading it: the wave's stem, the repeat's code (made portable the same way). */
export function repeatFileName(
  wave: string,
  repeat: string,
  includeText: boolean,
  format: RepeatTableFormat = 'csv',
): string {
  return `${safeStem(wave)}-repetition-${safeStem(repeat)}${includeText ? '-avec-textes' : ''}.${FILES[format].extension}`;
}

/** The CSV a script reads: the interviews' file, or a repeat's table. */
export function dataFileName(dataset: Pick<ExportDataset, 'wave' | 'includeText' | 'table'>): string {
  return dataset.table === undefined
    ? exportFileName(dataset.wave, 'csv', dataset.includeText)
    : repeatFileName(dataset.wave, dataset.table.repeat, dataset.includeText);
}

/**
 * Script comments for a repeat's table: what a row is and how to join it to the interviews' file, or to
 * the table of the repeat it is nested in.
 */
export function repeatTableComments(dataset: Pick<ExportDataset, 'wave' | 'includeText' | 'table'>): readonly string[] {
  const { table } = dataset;
  if (table === undefined) return [];
  const parent = table.enclosing.at(-1);
  return [
    `Table de la répétition « ${table.repeat} » : une ligne par instance (colonne instance, à partir de 1).`,
    parent === undefined
      ? `Jointure avec « ${exportFileName(dataset.wave, 'csv', dataset.includeText)} » : respondent_id (plusieurs instances par entretien).`
      : `Jointure avec « ${repeatFileName(dataset.wave, parent, dataset.includeText)} » : respondent_id${table.enclosing
          .slice(0, -1)
          .map((repeat) => ` et ${parentKeyName(repeat)}`)
          .join('')} et ${parentKeyName(parent)} (= sa colonne instance) ; avec les entretiens : respondent_id.`,
  ];
}
