// Shapes of what the module reads from the Directus items API and the /barometer endpoints.
import type { QuestionChange } from '../../../../core/questionnaire/index.ts';
import type { ScoreEntry } from '../../../../core/stats/index.ts';

import type { WaveKind, WaveStatus } from '../../../../core/waves/index.ts';
import type { InterviewCounts } from '../../../../core/interview-counts/index.ts';

export type { WaveKind, WaveStatus };
export type VersionStatus = 'draft' | 'published' | 'retired';

export interface WaveVersionLink {
  readonly instrument_versions_id: {
    readonly id: number;
    readonly version: number;
    readonly status: VersionStatus;
    readonly instrument: { readonly code: string; readonly title: string } | null;
  } | null;
}

export interface Wave {
  readonly id: number;
  readonly code: string;
  readonly label: string;
  readonly kind: WaveKind;
  readonly status: WaveStatus;
  readonly reference_date: string | null;
  readonly fieldwork_start: string | null;
  readonly fieldwork_end: string | null;
  readonly sampling_rate: number | string | null;
  readonly locked_at: string | null;
  readonly published_at: string | null;
  readonly instrument_versions?: readonly WaveVersionLink[];
}

export interface CoverageEstablishment {
  readonly code: string;
  readonly name: string;
  readonly type: string | null;
  readonly region: string | null;
  readonly population: number;
  readonly target: number;
  readonly achieved: number;
  readonly statuses: Readonly<Record<string, number>>;
  readonly rate: number | null;
  readonly warning: boolean;
}

export interface CoverageEnumerator {
  readonly user: string | null;
  readonly name: string | null;
  readonly achieved: number;
}

export interface Coverage {
  readonly wave: string;
  readonly status: WaveStatus;
  readonly totals: {
    readonly population: number;
    readonly target: number;
    readonly achieved: number;
    readonly rate: number | null;
    readonly interviews: InterviewCounts;
  };
  readonly establishments: readonly CoverageEstablishment[];
  readonly enumerators: readonly CoverageEnumerator[];
}

export interface WaveEvent {
  readonly id: number;
  readonly from_status: WaveStatus | null;
  readonly to_status: WaveStatus;
  readonly reason: string | null;
  readonly details: { readonly action?: string; readonly excluded?: number; readonly snapshot?: number | null } | null;
  readonly date_created: string;
  /** Absent for those who may not read the user directory (analysts). */
  readonly user_created?: { readonly first_name: string | null; readonly last_name: string | null } | null;
}

// The score routes answer the core's entries as they are.
export type { ScoreEntry };

export interface WaveScore {
  readonly source: 'live' | 'snapshot';
  readonly overall: ScoreEntry | null;
  readonly dimensions: readonly ScoreEntry[];
  readonly indicators: readonly ScoreEntry[];
}

export interface IndicatorResult {
  readonly indicator: string;
  readonly domain?: Readonly<Record<string, unknown>>;
  readonly applicable?: false;
  readonly estimate?: number;
  readonly ci_low?: number;
  readonly ci_high?: number;
  readonly n?: number;
  readonly suppressed?: boolean;
}

export interface IndicatorDefinition {
  readonly code: string;
  readonly label: string;
  readonly label_ar?: string | null;
  readonly type: 'proportion' | 'mean';
  readonly dimension: { readonly code: string; readonly label: string; readonly label_ar?: string | null } | null;
}

export interface InstrumentVersion {
  readonly id: number;
  readonly version: number;
  readonly status: VersionStatus;
  readonly published_at: string | null;
  readonly date_created: string | null;
  readonly notes: string | null;
}

export interface Instrument {
  readonly id: number;
  readonly code: string;
  readonly title: string;
  readonly versions: readonly InstrumentVersion[];
}

export interface DiffQuestion {
  readonly code: string;
  readonly type: string;
  readonly label: string;
}

export interface VersionDiffResult {
  readonly from: { readonly id: number; readonly version: number; readonly status: VersionStatus };
  readonly to: { readonly id: number; readonly version: number; readonly status: VersionStatus };
  readonly added: readonly DiffQuestion[];
  readonly removed: readonly DiffQuestion[];
  /** The route answers the core's changes, both sides in full. */
  readonly changed: readonly QuestionChange[];
  readonly impacted_indicators: ReadonlyArray<{
    readonly indicator: string;
    readonly questions: ReadonlyArray<{
      readonly code: string;
      readonly change: 'added' | 'removed' | 'changed';
      readonly properties: readonly string[];
    }>;
    readonly invalidExpression: boolean;
  }>;
}

/** A version with the instrument it belongs to, as the questionnaire page's dialogs need it. */
export interface VersionInContext {
  readonly id: number;
  readonly version: number;
  readonly status: VersionStatus;
  readonly instrument: { readonly code: string; readonly title: string };
}
