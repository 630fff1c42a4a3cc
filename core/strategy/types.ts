/** The monitoring plan of a national strategy, drawn from the framework and the barometer's series. */
import type { Direction, LinkNature } from '../compliance/index.ts';

export type IndicatorKind = 'proportion' | 'mean';

export interface StrategyWave {
  readonly code: string;
  readonly label: string;
  readonly kind: 'baseline' | 'wave';
  /** Not locked yet: its values may still move. */
  readonly provisional: boolean;
}

export interface StrategyDimension {
  readonly code: string;
  readonly label: string;
  readonly label_ar: string;
  /** The standards the dimension follows, as the catalogue of dimensions writes them. */
  readonly standard: string | null;
}

export interface StrategyIndicator {
  readonly code: string;
  readonly label: string;
  readonly label_ar: string;
  /** null: outside the score (a framework or administrative indicator). */
  readonly dimension: string | null;
  readonly type: IndicatorKind;
  readonly direction: Direction;
}

export interface StrategyLink {
  readonly indicator: string;
  readonly rule: string;
  /** "CRC art. 37(b)". */
  readonly reference: string;
  readonly nature: LinkNature;
  readonly target: number | null;
}

export interface StrategyInstitution {
  readonly indicator: string;
  readonly name: string;
  readonly name_ar: string;
}

export interface StrategyInput {
  /** The series in order: the baseline first, then the waves. */
  readonly waves: readonly StrategyWave[];
  readonly dimensions: readonly StrategyDimension[];
  readonly indicators: readonly StrategyIndicator[];
  /** indicator code → wave code → the value the trend endpoint gives (absent: no point that wave). */
  readonly values: Readonly<Record<string, Readonly<Record<string, number | null>>>>;
  readonly links: readonly StrategyLink[];
  /** Institutions addressed by the recommendations that cite the indicator. */
  readonly institutions: readonly StrategyInstitution[];
}

export interface StrategyLine {
  readonly indicator: string;
  readonly label: string;
  readonly label_ar: string;
  readonly type: IndicatorKind;
  readonly direction: Direction;
  /** The baseline's value, null when the baseline did not measure it. */
  readonly baseline: number | null;
  /** One per wave of the plan (`StrategyPlan.waves`), null where the wave has no value. */
  readonly values: readonly (number | null)[];
  /** The strictest target the rules it serves set, null when none sets one: the strategy must fix it. */
  readonly target: number | null;
  /** The latest value against the target, null without either. */
  readonly target_met: boolean | null;
  readonly institutions: readonly { readonly name: string; readonly name_ar: string }[];
  readonly rules: readonly { readonly code: string; readonly reference: string; readonly nature: LinkNature }[];
}

export interface StrategyObjective {
  /** null: the commitments outside the score's dimensions. */
  readonly dimension: string | null;
  readonly number: number;
  readonly title: string;
  readonly title_ar: string;
  readonly objective: string;
  readonly objective_ar: string;
  readonly standard: string | null;
  readonly lines: readonly StrategyLine[];
}

export interface StrategyPlan {
  readonly baseline: StrategyWave | null;
  readonly waves: readonly StrategyWave[];
  readonly objectives: readonly StrategyObjective[];
  readonly summary: {
    readonly indicators: number;
    readonly with_target: number;
    readonly targets_met: number;
    readonly without_institution: number;
  };
}
