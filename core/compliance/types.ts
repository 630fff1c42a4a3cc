/** The inputs and rows of a wave's compliance matrix (issue 17, item 2). Plain data, no I/O. */
import type { EstimateOrigin } from './origin.ts';

export type LinkNature = 'measures' | 'approximates';
export type Direction = 'higher_is_better' | 'lower_is_better';
export type IndicatorType = 'proportion' | 'mean';

/** A rule or article of the catalogue (standard_rules), with its instrument's titles. */
export interface CatalogueRule {
  readonly code: string;
  readonly instrument: string;
  readonly instrument_title: string;
  readonly instrument_title_ar: string;
  readonly number: string;
  readonly text: string;
  readonly text_ar: string;
  readonly url: string | null;
  readonly absolute_prohibition: boolean;
}

/** An indicator_standards row: an indicator tied to a rule, with the target the rule sets if any. */
export interface RuleLink {
  readonly indicator: string;
  readonly rule: string;
  readonly nature: LinkNature;
  /** On the indicator's own scale (a proportion between 0 and 1); null where the rule sets none. */
  readonly target: number | null;
}

export interface MatrixIndicator {
  readonly code: string;
  readonly label: string;
  readonly label_ar: string;
  readonly type: IndicatorType;
  readonly direction: Direction;
  /** It has a dimension, so it enters the barometer score. */
  readonly in_score: boolean;
}

/**
 * An indicator's value in the wave: estimated from the interviews, given by an outside source
 * (external_estimates: administrative figures from DGAPR or a ministry), withheld by disclosure
 * control, or absent because none of the wave's questionnaires asks its questions.
 */
export type IndicatorValue =
  | {
      readonly kind: 'survey';
      readonly estimate: number;
      readonly ci_low: number | null;
      readonly ci_high: number | null;
      readonly n: number;
    }
  | {
      readonly kind: 'external';
      readonly estimate: number;
      readonly origin: EstimateOrigin;
      readonly source: string | null;
      readonly n: number | null;
    }
  | { readonly kind: 'suppressed' }
  | { readonly kind: 'not_applicable' };

/** The change from the previous wave (null `significant` when a wave involved is still open). */
export interface ValueChange {
  readonly from: string;
  readonly change: number;
  readonly significant: boolean | null;
}

export interface ComplianceInput {
  readonly rules: readonly CatalogueRule[];
  readonly links: readonly RuleLink[];
  readonly indicators: readonly MatrixIndicator[];
  readonly values: ReadonlyMap<string, IndicatorValue>;
  readonly changes: ReadonlyMap<string, ValueChange>;
}

export interface MatrixEntry {
  readonly indicator: string;
  readonly label: string;
  readonly label_ar: string;
  readonly type: IndicatorType;
  readonly nature: LinkNature;
  readonly target: number | null;
  readonly value: IndicatorValue;
  /** Null where there is no target or no published value. */
  readonly target_met: boolean | null;
  /** A rule that forbids outright, a target of 0 and a value above it. */
  readonly red_line_crossed: boolean;
  readonly in_score: boolean;
  readonly change: ValueChange | null;
}

/**
 * `measured`: an indicator that measures the rule has a value (or a suppressed one) in the wave;
 * `approximated`: only indicators that approach it do; `not_measured`: no indicator of the wave bears on it.
 */
export type RuleCoverage = 'measured' | 'approximated' | 'not_measured';

export interface ComplianceRow extends CatalogueRule {
  readonly coverage: RuleCoverage;
  readonly indicators: readonly MatrixEntry[];
}

export interface ComplianceMatrix {
  /** The absolute prohibitions, apart: never averaged into a score. */
  readonly red_lines: readonly ComplianceRow[];
  readonly rules: readonly ComplianceRow[];
  readonly summary: {
    readonly rules: number;
    readonly measured: number;
    readonly approximated: number;
    readonly not_measured: number;
    readonly red_lines_crossed: number;
  };
}
