import type { DesignUnit } from '../stats/index.ts';
import type { FrameEntry, InterviewRecord } from './types.ts';

/**
 * The design a panel draw implies (core/draw/README.md, "Inference"; oracle README, "A panel wave"):
 * in each establishment the panel (respondents of the previous wave, taken with certainty) and the
 * top-up (a simple random sample of the other minors) are two sub-strata, R
 * `svydesign(ids = ~1, strata = ~sub, fpc = ~Nsub)`.
 *
 * - Panel sub-stratum: N_panel = the panel members present on the recorded draw's list
 *   (`FrameEntry.panel_population`); without a recorded draw (interviews imported by CSV),
 *   N_panel = n_panel, the wave's respondents of that establishment interviewed in the previous wave.
 *   A list can never hold fewer panel members than were interviewed, so N_panel is at least n_panel.
 * - Top-up sub-stratum: N_h - N_panel minors, the establishment's other interviews.
 *
 * The top-up keeps the establishment's code as its stratum and only establishments with a panel
 * member get a second sub-stratum, so a wave without panel members has exactly the plain stratified
 * design (same strata, same weights N_h / n_h), and lonely sub-strata count as R's strata do.
 */
export interface PanelStrata {
  readonly units: readonly DesignUnit[];
  /** Population per stratum code of `units`. */
  readonly populations: Readonly<Record<string, number>>;
}

/** The panel sub-stratum's code: NUL cannot occur in an establishment code. */
export function panelStratum(establishment: string): string {
  return `${establishment}\u0000panel`;
}

export function panelStrata(
  interviews: readonly InterviewRecord[],
  frame: readonly FrameEntry[],
  populations: Readonly<Record<string, number>>,
): PanelStrata {
  const interviewedPanel = new Map<string, number>();
  for (const interview of interviews) {
    if (interview.panel === true)
      interviewedPanel.set(interview.establishment, (interviewedPanel.get(interview.establishment) ?? 0) + 1);
  }
  // Null prototype: an establishment coded `constructor` must not find Object's.
  const strata: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, populations);
  const listed = new Map(frame.map((entry) => [entry.establishment, entry.panel_population] as const));
  for (const [establishment, interviewed] of interviewedPanel) {
    const population = populations[establishment];
    if (population === undefined) continue;
    const onList = listed.get(establishment);
    const panelPopulation = Math.max(interviewed, onList ?? interviewed);
    strata[panelStratum(establishment)] = panelPopulation;
    strata[establishment] = population - panelPopulation;
  }
  return {
    units: interviews.map((interview) => ({
      stratum: interview.panel === true ? panelStratum(interview.establishment) : interview.establishment,
    })),
    populations: strata,
  };
}

/** What the indicators endpoint says of the design it used: `panel` once any interview is a panel member. */
export interface DesignSummary {
  readonly design: 'stratified' | 'panel';
  readonly panel_interviews: number;
  readonly top_up_interviews: number;
}

export function designSummary(interviews: readonly InterviewRecord[]): DesignSummary {
  const panel = interviews.filter((interview) => interview.panel === true).length;
  return {
    design: panel > 0 ? 'panel' : 'stratified',
    panel_interviews: panel,
    top_up_interviews: interviews.length - panel,
  };
}
