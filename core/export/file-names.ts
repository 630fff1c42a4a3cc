import type { ExportFormat } from './types.ts';

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

/** A repeat's table: the wave's stem, the repeat's code (made portable the same way). */
export function repeatFileName(wave: string, repeat: string, includeText: boolean): string {
  return `${safeStem(wave)}-repetition-${safeStem(repeat)}${includeText ? '-avec-textes' : ''}.csv`;
}
