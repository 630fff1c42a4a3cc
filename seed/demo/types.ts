/**
 * Shapes of the demo records. Keys are the data model's field names (scripts/snapshot/model.ts);
 * relations hold the related record's `code` (or key, for users), which the poster resolves to ids.
 */
import type { WaveKind, WaveStatus } from '../../core/waves/index.ts';

/**
 * Which demo: `default` (W1 locked, W2 under way: the contract) or `mandate` (W1, W2 and W3 locked,
 * the three barometers of OMP's mandate; `SEED_DEMO=mandate`).
 */
export type DemoScenario = 'default' | 'mandate';

export type EstablishmentType = 'cre' | 'quartier_mineurs' | 'centre_sauvegarde';

export interface EstablishmentRecord {
  readonly code: string;
  readonly name: string;
  readonly type: EstablishmentType;
  readonly region: string;
}

export type QuestionType =
  'select_one' | 'select_multiple' | 'integer' | 'decimal' | 'text' | 'date' | 'note' | 'calculate';

export interface ChoiceRecord {
  readonly value: string;
  readonly label: string;
  readonly label_ar: string;
  readonly sort: number;
}

export interface SectionRecord {
  readonly code: string;
  readonly label: string;
  readonly label_ar: string;
  readonly relevant: string | null;
  readonly sort: number;
}

export interface QuestionRecord {
  /** The section's `code` within the same version. */
  readonly section: string;
  readonly code: string;
  readonly type: QuestionType;
  readonly label: string;
  readonly label_ar: string;
  readonly hint: string | null;
  readonly hint_ar: string | null;
  readonly required: boolean;
  readonly relevant: string | null;
  readonly constraint: string | null;
  readonly constraint_message: string | null;
  readonly constraint_message_ar: string | null;
  readonly calculation: string | null;
  readonly choices: readonly ChoiceRecord[];
  readonly sort: number;
}

export type VersionStatus = 'draft' | 'published' | 'retired';

export interface InstrumentVersionRecord {
  readonly version: number;
  readonly status: VersionStatus;
  readonly published_at: string | null;
  readonly notes: string;
  readonly sections: readonly SectionRecord[];
  readonly questions: readonly QuestionRecord[];
}

export interface InstrumentRecord {
  readonly code: string;
  readonly title: string;
  readonly title_ar: string;
  readonly description: string;
  readonly versions: readonly InstrumentVersionRecord[];
}

/** An instrument version has no code of its own: it is named by its instrument's code and its number. */
export interface VersionRef {
  readonly instrument: string;
  readonly version: number;
}

export interface DimensionRecord {
  readonly code: string;
  readonly label: string;
  readonly label_ar: string;
  readonly standard: string;
  readonly sort: number;
}

export type Direction = 'higher_is_better' | 'lower_is_better';

export interface IndicatorRecord {
  readonly code: string;
  readonly label: string;
  readonly label_ar: string;
  /** A dimension's `code`. */
  readonly dimension: string;
  readonly type: 'proportion' | 'mean';
  readonly numerator: string;
  /** Empty: every interview of the wave. */
  readonly denominator: string;
  readonly direction: Direction;
  readonly standard: string;
  readonly goalpost_low: number;
  readonly goalpost_high: number;
  readonly description: string;
  readonly sort: number;
}

export interface WaveRecord {
  readonly code: string;
  readonly label: string;
  readonly kind: WaveKind;
  readonly status: WaveStatus;
  readonly reference_date: string;
  readonly fieldwork_start: string | null;
  readonly fieldwork_end: string | null;
  readonly sampling_rate: number | null;
  readonly instrument_versions: readonly VersionRef[];
}

export interface ExternalEstimateRecord {
  /** A wave's `code`. */
  readonly wave: string;
  /** An indicator's `code`. */
  readonly indicator: string;
  readonly estimate: number;
  /** null for an administrative count: no sampling error. */
  readonly se: number | null;
  readonly n: number | null;
  readonly origin: 'administrative' | 'study';
  readonly source: string;
}

export interface PopulationFrameRecord {
  readonly wave: string;
  readonly establishment: string;
  readonly population: number;
  readonly target: number;
}

export type ParticipantStatus = 'detained' | 'released' | 'transferred' | 'lost';

export interface ParticipantRecord {
  readonly code: string;
  readonly current_status: ParticipantStatus;
}

export interface ParticipantStatusRecord {
  readonly participant: string;
  readonly status: ParticipantStatus;
  readonly date: string;
  /** Where the minor is held (for `transferred`, the establishment of destination); none once released or lost. */
  readonly establishment: string | null;
  readonly note: string | null;
}

export type InterviewStatus = 'draft' | 'submitted' | 'validated' | 'rejected';

/** Demo user keys; the poster maps them to Directus users. */
export type EnumeratorKey = 'enumerator1' | 'enumerator2';
export type UserKey = EnumeratorKey | 'supervisor1';

export type AnswerValue = string | number | readonly string[];
export type AnswerMap = Readonly<Record<string, AnswerValue>>;

export interface InterviewRecord {
  readonly code: string;
  readonly wave: string;
  readonly participant: string;
  readonly establishment: string;
  readonly instrument_version: VersionRef;
  readonly status: InterviewStatus;
  readonly consent_guardian: boolean;
  readonly assent_child: boolean;
  readonly interview_date: string;
  readonly duration_minutes: number;
  /** Becomes `user_created`. */
  readonly enumerator: EnumeratorKey;
  readonly answers: AnswerMap;
  readonly reviewed_by: 'supervisor1' | null;
  readonly reviewed_at: string | null;
  readonly review_comment: string | null;
}

export type Priority = 'high' | 'medium' | 'low';

export interface RecommendationRecord {
  readonly wave: string;
  readonly dimension: string;
  readonly text: string;
  readonly text_ar: string;
  readonly standard: string;
  readonly priority: Priority;
  /** An institution's `code`. */
  readonly institution: string;
  readonly deadline: string;
  readonly status: 'proposed' | 'adopted' | 'in_progress' | 'implemented';
  readonly sort: number;
  /** Codes of the indicators that show its effect and of the rules it invokes. */
  readonly indicators: readonly string[];
  readonly rules: readonly string[];
}

/** An indicator outside the barometer score: no dimension, no goalposts. */
export type FrameworkIndicatorRecord = Omit<IndicatorRecord, 'dimension' | 'goalpost_low' | 'goalpost_high'> & {
  readonly dimension: null;
};

export interface InstitutionRecord {
  readonly code: string;
  readonly name: string;
  readonly name_ar: string;
  readonly url: string;
  readonly sort: number;
}

export type FollowUpStatus = 'not_started' | 'in_progress' | 'partly_implemented' | 'implemented' | 'rejected';

/** The follow-up of a recommendation (by its `sort`) at a later wave. */
export interface FollowUpRecord {
  readonly recommendation: number;
  readonly wave: string;
  readonly status: FollowUpStatus;
  readonly evidence: string;
  readonly source: string;
  readonly date: string;
}

export interface AssignmentRecord {
  readonly user: UserKey;
  readonly wave: string;
  readonly establishment: string;
}

/** A draw of a wave's sample as a coordinator posts it: the seed and, per establishment, the minors present on the reference date. */
export interface DrawRecord {
  /** A wave's `code`. */
  readonly wave: string;
  readonly seed: string;
  /** `establishment`: a code; `codes`: pseudonymous participant codes. */
  readonly lists: ReadonlyArray<{ readonly establishment: string; readonly codes: readonly string[] }>;
}

export interface StandardInstrumentRecord {
  readonly code: string;
  readonly title: string;
  readonly title_ar: string;
  readonly scope: 'international' | 'national';
  readonly year: number;
  readonly url: string;
  readonly sort: number;
}

export interface StandardRuleRecord {
  readonly code: string;
  /** The instrument's `code`. */
  readonly instrument: string;
  readonly number: string;
  readonly text: string;
  readonly text_ar: string;
  readonly url: string | null;
  readonly absolute_prohibition: boolean;
  readonly sort: number;
}

export interface IndicatorStandardRecord {
  /** Codes of the indicator and of the rule. */
  readonly indicator: string;
  readonly rule: string;
  readonly nature: 'measures' | 'approximates';
  /** A proportion between 0 and 1; null where the rule sets no target. */
  readonly target: number | null;
}
