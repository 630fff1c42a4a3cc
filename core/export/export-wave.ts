import type { QuestionnaireVersion } from '../questionnaire/index.ts';
import { codebookCsv } from './codebook.ts';
import { exportFileName, repeatFileName } from './file-names.ts';
import { interviewsCsv } from './interviews-csv.ts';
import { buildDataset, buildRepeatDataset } from './layout.ts';
import { spssSyntax } from './spss.ts';
import { stataDoFile } from './stata.ts';
import { kAnonymise, kAnonymiseWithRespondents, relinkRepeatTable } from '../disclosure/k-anonymity.ts';
import type {
  ExportDataset,
  ExportFile,
  ExportFormat,
  ExportInterview,
  ExportOptions,
  ExportProtectionMode,
  RepeatTableFormat,
} from './types.ts';

export interface WaveExportInput {
  /** The wave's code: first column of the data and stem of the file names. */
  readonly wave: string;
  /** The wave's instrument versions, oldest first: their codes are united in that order. */
  readonly versions: readonly QuestionnaireVersion[];
  /** The interviews that count (the caller filters on status and exclusion). */
  readonly interviews: readonly ExportInterview[];
}

const WRITERS: Record<ExportFormat, { contentType: string; write: (dataset: ExportDataset) => string }> = {
  csv: { contentType: 'text/csv; charset=utf-8', write: interviewsCsv },
  codebook: { contentType: 'text/csv; charset=utf-8', write: codebookCsv },
  spss: { contentType: 'text/plain; charset=utf-8', write: spssSyntax },
  stata: { contentType: 'text/plain; charset=utf-8', write: stataDoFile },
};

export function exportWave(
  input: WaveExportInput,
  format: ExportFormat,
  options: ExportOptions,
  mode: ExportProtectionMode,
): ExportFile {
  const raw = buildDataset(input.wave, input.versions, input.interviews, options);
  const dataset = mode === 'raw' ? raw : kAnonymise(raw);
  const writer = WRITERS[format];
  return {
    filename: exportFileName(input.wave, format, options.includeText),
    contentType: writer.contentType,
    body: writer.write(dataset),
  };
}

/**
 * The table of one repeat (`repeat` its code) as CSV, or the SPSS or Stata script that reads it: one row
 * per instance, linked to the interviews' file of the same mode by `respondent_id` (and by
 * `interview_code` in the raw export; the k-anonymous one has no interview code), a nested repeat's to
 * its outer repeat's table by `instance_OUTER` too; undefined when no version of the wave has that repeat.
 */
export function exportRepeatTable(
  input: WaveExportInput,
  repeat: string,
  options: ExportOptions,
  mode: ExportProtectionMode,
  format: RepeatTableFormat = 'csv',
): ExportFile | undefined {
  const table = buildRepeatDataset(input.wave, input.versions, input.interviews, repeat, options);
  if (table === undefined) return undefined;
  const dataset =
    mode === 'raw'
      ? table
      : relinkRepeatTable(
          table,
          kAnonymiseWithRespondents(buildDataset(input.wave, input.versions, input.interviews, options)).respondents,
        );
  const writer = WRITERS[format];
  return {
    filename: repeatFileName(input.wave, repeat, options.includeText, format),
    contentType: writer.contentType,
    body: writer.write(dataset),
  };
}
