import type { Answers, Choice, QuestionType } from '../questionnaire/index.ts';

/**
 * One interview as the export reads it. Only these fields exist: participant, users, review comment
 * and device id are not part of the input, so no code path can write them.
 */
export interface ExportInterview {
  readonly code: string;
  readonly establishment_code: string;
  readonly establishment_type: string | null;
  readonly region: string | null;
  readonly interview_date: string | null;
  readonly status: string;
  /** Id of the instrument version the interview answered (matched against the versions' `id`). */
  readonly instrument_version: string | number | null;
  readonly answers: Answers | null;
}

export interface ExportOptions {
  /**
   * Free-text answers, and those of questions marked identifying, leave only when a coordinator asks
   * for them: they may name or point to a child.
   */
  readonly includeText: boolean;
}

/** How a column is read back by SPSS and Stata. */
export type ColumnKind = 'string' | 'integer' | 'decimal' | 'date' | 'select_one' | 'dummy';

export interface Column {
  /** Header in the CSV. */
  readonly name: string;
  /** Variable label (French). */
  readonly label: string;
  readonly kind: ColumnKind;
  /** The question the column comes from; none for the interview's own fields. */
  readonly question?: string;
  /** select_one: the choices, in questionnaire order (their position is the numeric code in SPSS and Stata). */
  readonly choices?: readonly Choice[];
}

/** A cell as written: a number stays a number, a string is already neutralised, null is empty. */
export type Cell = string | number | null;

/** A question of the union of the wave's versions, with every choice any version offers. */
export interface ExportQuestion {
  readonly code: string;
  readonly type: QuestionType;
  /** Marked identifying in one of the wave's versions. */
  readonly identifying: boolean;
  readonly section: string | null;
  readonly label: string;
  readonly label_ar: string | null;
  readonly relevant: string | null;
  readonly constraint: string | null;
  readonly choices: readonly Choice[];
  /** The CSV columns holding its answers; empty for notes and for free text or identifying answers left out. */
  readonly columns: readonly string[];
  /** The repeat the question is asked in: its columns are in that repeat's table, one row per instance. */
  readonly repeat: string | null;
}

export interface ExportDataset {
  readonly wave: string;
  readonly includeText: boolean;
  readonly questions: readonly ExportQuestion[];
  readonly columns: readonly Column[];
  /** One per interview, sorted by interview code; cells in the order of `columns`. */
  readonly rows: ReadonlyArray<readonly Cell[]>;
  /** What record-level disclosure control changed (core/disclosure/k-anonymity.ts); null for the raw export. */
  readonly protection: ExportProtection | null;
  /** For a repeat's table (one row per instance): which repeat, and the repeats enclosing it, outermost first. */
  readonly table?: RepeatTableOf;
}

export interface RepeatTableOf {
  readonly repeat: string;
  readonly enclosing: readonly string[];
}

export interface ExportProtection {
  /** Every combination of the quasi-identifiers holds at least k interviews. */
  readonly k: number;
  /** The columns of the quasi-identifiers, as named in this export. */
  readonly quasiIdentifiers: readonly string[];
  /** One sentence (French) per recoded or removed column. */
  readonly recodes: readonly string[];
  /** Values set to missing by local suppression, per quasi-identifier. */
  readonly suppressed: ReadonlyArray<{ readonly column: string; readonly count: number }>;
}

/** `raw`: the interviews as counted, for holders of the unprotected-data policy; else `k-anonymous`. */
export type ExportProtectionMode = 'raw' | 'k-anonymous';

export const EXPORT_FORMATS = ['csv', 'codebook', 'spss', 'stata'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A repeat's table comes as its CSV and the scripts that read it; the wave's codebook describes it. */
export const REPEAT_TABLE_FORMATS = ['csv', 'spss', 'stata'] as const;
export type RepeatTableFormat = (typeof REPEAT_TABLE_FORMATS)[number];

export interface ExportFile {
  readonly filename: string;
  readonly contentType: string;
  readonly body: string;
}
