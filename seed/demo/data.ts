import { administrativeEstimates, administrativeIndicators, administrativeStandards } from './administrative.ts';
import { assignments, assignmentsOf } from './assignments.ts';
import { baseline, externalEstimates as baselineEstimates } from './baseline.ts';
import { dimensions } from './dimensions.ts';
import { generateDraws } from './draws.ts';
import { establishments } from './establishments.ts';
import { generateFieldwork } from './fieldwork.ts';
import {
  frameworkIndicators as questionnaireFrameworkIndicators,
  frameworkIndicatorStandards,
} from './framework-indicators.ts';
import { indicators } from './indicators.ts';
import { instruments } from './instruments.ts';
import { DEMO_NOTICE, DEMO_SEED } from './notice.ts';
import { institutions } from './institutions.ts';
import { followUps, followUpsOf, recommendations, recommendationsOf } from './recommendations.ts';
import { indicatorStandards as scoreIndicatorStandards, standardInstruments, standardRules } from './standards.ts';
import type {
  AssignmentRecord,
  DemoScenario,
  DimensionRecord,
  DrawRecord,
  EstablishmentRecord,
  ExternalEstimateRecord,
  FollowUpRecord,
  FrameworkIndicatorRecord,
  IndicatorRecord,
  IndicatorStandardRecord,
  InstitutionRecord,
  InstrumentRecord,
  InterviewRecord,
  ParticipantRecord,
  ParticipantStatusRecord,
  PopulationFrameRecord,
  RecommendationRecord,
  StandardInstrumentRecord,
  StandardRuleRecord,
  WaveRecord,
} from './types.ts';
import { frames, framesOf, waves, wavesOf } from './waves.ts';

/**
 * Everything the demo poster writes to Directus, in dependency order. Relations are codes (users are
 * keys: enumerator1, enumerator2, supervisor1); instrument versions are `{ instrument, version }`.
 */
export interface DemoData {
  readonly scenario: DemoScenario;
  readonly notice: string;
  readonly establishments: readonly EstablishmentRecord[];
  readonly instruments: readonly InstrumentRecord[];
  readonly dimensions: readonly DimensionRecord[];
  readonly indicators: readonly IndicatorRecord[];
  /** Indicators outside the score that answer a rule directly, from the interviews or an administration. */
  readonly frameworkIndicators: readonly FrameworkIndicatorRecord[];
  readonly standardInstruments: readonly StandardInstrumentRecord[];
  readonly standardRules: readonly StandardRuleRecord[];
  readonly indicatorStandards: readonly IndicatorStandardRecord[];
  readonly baseline: WaveRecord;
  readonly externalEstimates: readonly ExternalEstimateRecord[];
  readonly waves: readonly WaveRecord[];
  readonly frames: readonly PopulationFrameRecord[];
  readonly participants: readonly ParticipantRecord[];
  readonly participantStatuses: readonly ParticipantStatusRecord[];
  readonly interviews: readonly InterviewRecord[];
  readonly institutions: readonly InstitutionRecord[];
  readonly recommendations: readonly RecommendationRecord[];
  readonly followUps: readonly FollowUpRecord[];
  readonly assignments: readonly AssignmentRecord[];
  readonly draws: readonly DrawRecord[];
}

/** Every link of an indicator to a rule: the score's indicators', the framework and administrative indicators'. */
const indicatorStandards = [...scoreIndicatorStandards, ...frameworkIndicatorStandards, ...administrativeStandards];
const frameworkIndicators = [...questionnaireFrameworkIndicators, ...administrativeIndicators];
/** The 2020 study's figures and each wave's administrative figures. */
const externalEstimates = [...baselineEstimates, ...administrativeEstimates];

export function generateDemoData(seed: number = DEMO_SEED, scenario: DemoScenario = 'default'): DemoData {
  const fieldwork = generateFieldwork(seed, scenario);
  const scenarioWaves = wavesOf(scenario);
  const waveCodes = new Set([baseline.code, ...scenarioWaves.map((wave) => wave.code)]);
  return {
    scenario,
    notice: DEMO_NOTICE,
    establishments,
    instruments,
    dimensions,
    indicators,
    frameworkIndicators,
    standardInstruments,
    standardRules,
    indicatorStandards,
    baseline,
    externalEstimates: externalEstimates.filter((estimate) => waveCodes.has(estimate.wave)),
    waves: scenarioWaves,
    frames: framesOf(scenario),
    participants: fieldwork.participants,
    participantStatuses: fieldwork.participantStatuses,
    interviews: fieldwork.interviews,
    institutions,
    recommendations: recommendationsOf(scenario),
    followUps: followUpsOf(scenario),
    assignments: assignmentsOf(scenario),
    // The mandate's W2 fieldwork is finished: no list is left to draw.
    draws: scenario === 'mandate' ? [] : generateDraws(seed, fieldwork),
  };
}

export const demoData: DemoData = generateDemoData();

/** A scenario's demo: the default one is `demoData`, generated once. */
export function demoDataOf(scenario: DemoScenario): DemoData {
  return scenario === 'default' ? demoData : generateDemoData(DEMO_SEED, scenario);
}
export const { participants, participantStatuses, interviews } = demoData;
export {
  assignments,
  baseline,
  DEMO_NOTICE,
  DEMO_SEED,
  dimensions,
  establishments,
  externalEstimates,
  followUps,
  frameworkIndicators,
  frames,
  indicators,
  indicatorStandards,
  institutions,
  instruments,
  recommendations,
  standardInstruments,
  standardRules,
  waves,
};
export type * from './types.ts';
