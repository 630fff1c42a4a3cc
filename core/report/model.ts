import type { ComplianceMatrix } from '../compliance/index.ts';
import type { OutcomeEstimate, TracingCell } from '../followup/index.ts';
import type { TrackerLine } from '../recommendations/index.ts';

/**
 * Everything a barometer report needs, as plain data. The Directus side fills it in; this module
 * never queries anything, so the same model always gives the same document.
 */

import type { WaveKind, WaveStatus } from '../waves/index.ts';

export type { WaveKind, WaveStatus };
export type IndicatorType = 'proportion' | 'mean';
export type Direction = 'higher_is_better' | 'lower_is_better';
export type Priority = 'high' | 'medium' | 'low';

/** Dates are ISO 8601 strings (`YYYY-MM-DD`), timestamps full ISO strings with a zone. */
export interface WaveInfo {
  readonly code: string;
  readonly label: string;
  readonly kind: WaveKind;
  readonly status: WaveStatus;
  readonly referenceDate: string;
  readonly fieldwork: { readonly start: string; readonly end: string };
  readonly samplingRate: number;
}

export interface Organisation {
  readonly acronym: string;
  readonly name: string;
  readonly nameAr: string;
  readonly website?: string;
  readonly funders?: readonly string[];
}

export interface ScoreValue {
  readonly score: number;
  readonly se: number;
  readonly ci_low: number;
  readonly ci_high: number;
}

/** Change of a score against an earlier wave, in score points (0-100 scale). */
export interface ScoreChange {
  readonly from: string;
  readonly delta: number;
  /** Null when not tested: a change involving a wave still in the field (provisional.ts). */
  readonly significant: boolean | null;
}

export interface DimensionScore extends ScoreValue {
  readonly dimension: string;
  readonly change?: ScoreChange;
}

export interface BarometerScore {
  readonly overall: ScoreValue & { readonly change?: ScoreChange };
  readonly dimensions: readonly DimensionScore[];
}

export interface Dimension {
  readonly code: string;
  readonly label: string;
  readonly labelAr: string;
  readonly sort: number;
}

export interface Indicator {
  readonly code: string;
  readonly label: string;
  readonly dimension: string;
  readonly type: IndicatorType;
  readonly direction: Direction;
  readonly standard: string;
  readonly definition: { readonly numerator: string; readonly denominator: string };
  /** Unit printed after a mean (e.g. "jours"); proportions are printed as percentages. */
  readonly unit?: string;
  /** Values mapped to 0 and 100 in the score; 0 and 1 for a proportion when absent. */
  readonly goalposts?: { readonly low: number; readonly high: number };
  readonly labelAr?: string;
  /** The target its rules set (indicator_standards.target), on the indicator's own scale. */
  readonly target?: number;
  /** One of its rules is an absolute prohibition (standard_rules.absolute_prohibition): any non-zero value is a red line crossed. */
  readonly redLine?: boolean;
  /** The questions its expressions name, as worded in the wave's instrument (for the annex). */
  readonly questions?: readonly QuestionWording[];
}

export interface QuestionWording {
  readonly code: string;
  readonly label: string;
  readonly labelAr?: string;
  readonly choices?: readonly { readonly value: string; readonly label: string; readonly labelAr?: string }[];
}

/** The contract's indicator result; `domain` is `{}` for the whole wave. */
export interface IndicatorResult {
  readonly indicator: string;
  readonly domain: Readonly<Record<string, string>>;
  readonly estimate?: number;
  readonly se?: number;
  readonly ci_low?: number;
  readonly ci_high?: number;
  /** Withheld on a suppressed cell (core/indicators): it would give a small count away. */
  readonly n?: number;
  readonly population_estimate?: number;
  readonly deff?: number;
  readonly df?: number;
  readonly suppressed: boolean;
}

/** An indicator whose questions none of the wave's instrument versions has. */
export interface NotApplicableResult {
  readonly indicator: string;
  readonly applicable: false;
}

/** A variable results are broken down by (SEX, establishment_type, region), in print order. */
export interface Breakdown {
  readonly variable: string;
  readonly label: string;
  readonly categories: readonly { readonly value: string; readonly label: string }[];
}

export interface TrendPoint {
  readonly wave: string;
  readonly label: string;
  readonly kind: WaveKind;
  readonly estimate?: number;
  readonly ci_low?: number;
  readonly ci_high?: number;
  readonly suppressed?: boolean;
}

/** A difference between two waves' estimates, on the indicator's own scale. */
export interface TrendChange {
  readonly from: string;
  readonly comparable: boolean;
  /** Null when not tested: a change involving a wave still in the field (provisional.ts). */
  readonly significant: boolean | null;
  /** Set by the trend engine when either wave of the change is still open. */
  readonly provisional?: boolean;
  readonly estimate?: number;
  readonly se?: number;
  readonly ci_low?: number;
  readonly ci_high?: number;
}

export interface IndicatorTrend {
  readonly indicator: string;
  /** Oldest first, the baseline included, the report's wave last. */
  readonly series: readonly TrendPoint[];
  readonly changeFromPrevious?: TrendChange;
  readonly changeFromBaseline?: TrendChange;
}

export interface FrameRow {
  readonly code: string;
  readonly name: string;
  readonly type: string;
  readonly region: string;
  readonly population: number;
  readonly target: number;
  readonly achieved: number;
}

/**
 * Participation as recorded, never derived: the draw lists filed in the system (sample_draws), the
 * interviews and refusals entered, the releases and transfers logged in the minors' histories.
 */
export interface ResponseFigures {
  /** Establishments whose draw list is recorded, and the minors drawn on them; `drawn` null when none is. */
  readonly drawEstablishments: number;
  readonly drawn: number | null;
  /** Minors on the recorded replacement lists who were approached (an interview or a refusal recorded). */
  readonly replacementsUsed: number | null;
  readonly refusedGuardian: number;
  readonly refusedChild: number;
  /** Drawn minors not approached whose history records a release or a transfer. */
  readonly released: number | null;
  readonly transferred: number | null;
  /** Drawn minors not approached with nothing recorded: not yet met (open wave), or absent, reason not recorded. */
  readonly notMet: number | null;
  readonly completed: number;
  readonly rejectedBySupervisor: number;
  readonly validated: number;
}

/** Panel follow-up of the previous wave's respondents. */
export interface AttritionFigures {
  readonly previousRespondents: number;
  readonly reinterviewed: number;
  readonly released: number;
  readonly transferred: number;
  readonly lost: number;
  /** Still detained but not interviewed again (not drawn, or fieldwork not finished). */
  readonly notReinterviewed?: number;
}

export type InstrumentChangeKind = 'added' | 'removed' | 'modified';

export interface InstrumentChange {
  readonly question: string;
  readonly kind: InstrumentChangeKind;
  readonly description: string;
  /** Indicators whose trend is broken by this change (shown "non comparable"). */
  readonly indicators: readonly string[];
}

export interface InstrumentInfo {
  readonly code: string;
  readonly title: string;
  readonly version: number;
  readonly previousVersion?: number;
  readonly changes: readonly InstrumentChange[];
}

export interface Methodology {
  readonly frame: readonly FrameRow[];
  readonly totals: { readonly population: number; readonly target: number; readonly achieved: number };
  readonly response: ResponseFigures;
  readonly attrition?: AttritionFigures;
  readonly suppressionThreshold: number;
  readonly confidenceLevel: number;
  readonly instrument: InstrumentInfo;
  /** Paragraphs on the methods of changes and of the score's uncertainty, in French. */
  readonly methodNotes?: readonly string[];
}

export interface Recommendation {
  readonly text: string;
  /** The recommendation as written in Arabic (recommendations.text_ar), printed by the Arabic edition. */
  readonly textAr?: string;
  readonly dimension: string;
  readonly standard: string;
  readonly priority: Priority;
  readonly addressee: string;
  /** Codes of the indicators whose figures it answers. */
  readonly indicators?: readonly string[];
}

export type QualityUnit = 'count' | 'percent' | 'minutes';

export interface QualityFigure {
  readonly label: string;
  readonly value: number;
  readonly unit: QualityUnit;
  readonly note?: string;
}

export interface ItemNonResponse {
  readonly question: string;
  readonly label: string;
  readonly n: number;
  /** Share of eligible interviews without an answer, 0-1. */
  readonly rate: number;
}

export interface DataQuality {
  readonly figures: readonly QualityFigure[];
  readonly itemNonResponse: readonly ItemNonResponse[];
}

/**
 * The released minors' follow-up (issue 16): figures for the released, never mixed into the detention
 * score. `outcomes` counts the cohort's members per tracing outcome (`not_traced` for those with none).
 */
export interface FollowupFigures {
  readonly months: readonly number[];
  readonly cohort: number;
  readonly eligible: number;
  readonly interviewed: number;
  /** Interviewed / eligible, null for an empty cohort. */
  readonly rate: number | null;
  readonly outcomes: Readonly<Record<TracingCell, number>>;
  /** The tracing cells not published (core/followup `protectTracing`), printed "s". */
  readonly hidden: readonly TracingCell[];
  /** The outcome indicators over the respondents, weighted for non-response (core/followup). */
  readonly estimates?: readonly OutcomeEstimate[];
  /** Weighting classes with eligible members and no respondent. */
  readonly emptyClasses?: readonly string[];
}

export interface ReportModel {
  /** The report's creation timestamp; also the PDF's creation date, so builds are reproducible. */
  readonly generatedAt: string;
  readonly organisation: Organisation;
  readonly title: { readonly fr: string; readonly ar: string };
  readonly wave: WaveInfo;
  readonly score: BarometerScore;
  readonly dimensions: readonly Dimension[];
  readonly indicators: readonly Indicator[];
  readonly results: readonly (IndicatorResult | NotApplicableResult)[];
  readonly breakdowns: readonly Breakdown[];
  readonly trends: readonly IndicatorTrend[];
  readonly methodology: Methodology;
  readonly recommendations: readonly Recommendation[];
  readonly dataQuality: DataQuality;
  /** The follow-up cohort of the wave, when it has one ("Après la sortie"). */
  readonly followup?: FollowupFigures;
  /** The earlier waves' recommendations with their status as of this wave (core/recommendations). */
  readonly followUps?: readonly TrackerLine[];
  /** The wave's compliance matrix (core/compliance), printed as an annex when present. */
  readonly compliance?: ComplianceMatrix;
  /** Analysts' own paragraphs, printed under the computed executive summary. */
  readonly summaryFr?: readonly string[];
  /** Arabic executive summary, one string per paragraph, in logical order. */
  readonly summaryAr: readonly string[];
}
