/** What the engine reads: plain data, as the Directus side loads it for one wave. */
import type { Estimate } from '../stats/index.ts';

export type IndicatorType = 'proportion' | 'mean';
export type Direction = 'higher_is_better' | 'lower_is_better';

export interface IndicatorDefinition {
  readonly code: string;
  readonly label?: string | null | undefined;
  readonly type: IndicatorType;
  /** A condition for a proportion, a number for a mean. */
  readonly numerator: string;
  /** A condition; blank means every interview. */
  readonly denominator?: string | null | undefined;
  /** The dimension's code; an indicator without one is left out of the barometer score. */
  readonly dimension?: string | null | undefined;
  readonly direction: Direction;
  readonly goalpost_low?: number | null | undefined;
  readonly goalpost_high?: number | null | undefined;
}

export interface InterviewRecord {
  /** The establishment's code: the stratum. */
  readonly establishment: string;
  /** Keyed by question code; a select_multiple answer is an array of values. */
  readonly answers: Readonly<Record<string, unknown>>;
  /** Establishment attributes at the time of the interview (establishment_type, region). */
  readonly attributes?: Readonly<Record<string, string | null>> | undefined;
  /** Interviewed in the previous wave too: the panel sub-stratum of its establishment (panel-design.ts). */
  readonly panel?: boolean | undefined;
}

/** One row of the wave's sample frame. */
export interface FrameEntry {
  readonly establishment: string;
  /** N_h, minors detained on the wave's reference date. */
  readonly population: number;
  readonly establishment_type?: string | null | undefined;
  readonly region?: string | null | undefined;
  /** Panel members on the establishment's recorded draw list; absent without a recorded draw. */
  readonly panel_population?: number | null | undefined;
}

export interface IndicatorOptions {
  /** Domain variables, crossed when there are several (question codes or establishment variables). */
  readonly by?: readonly string[] | undefined;
  /** On by default: the contract publishes nothing under the threshold. */
  readonly disclosure?: boolean | undefined;
  /** Smallest publishable number of interviews, 10 by default. */
  readonly threshold?: number | undefined;
  /** ISO date `today()` returns in expressions; the device's date when absent. */
  readonly today?: string | undefined;
}

/** The contract's indicator result. Values that do not exist for the data (no interval below 1 df) are null. */
export interface EstimateResult extends Estimate {
  readonly indicator: string;
  readonly domain: Readonly<Record<string, string>>;
  readonly suppressed: false;
}

/**
 * A cell withheld by disclosure control. Beyond the contract's estimate, se and interval, n,
 * population_estimate, deff and df are withheld too: n and the population estimate are counts under
 * the threshold for a primary cell, and for a secondary cell they would give the primary cell's count
 * away by difference from the total.
 */
export interface SuppressedResult {
  readonly indicator: string;
  readonly domain: Readonly<Record<string, string>>;
  readonly suppressed: true;
}

/** An indicator not computed for the wave: an expression that does not parse or names an unknown question. */
export interface NotApplicableResult {
  readonly indicator: string;
  readonly applicable: false;
  readonly reason: string;
}

export type IndicatorResult = EstimateResult | SuppressedResult | NotApplicableResult;
