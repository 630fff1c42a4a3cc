/**
 * Reintegration after release (issue 16): who joins the follow-up cohort of which wave, its window,
 * tracing outcomes and the response rate, and estimation for the released minors with a non-response
 * adjustment. Pure TypeScript, no Directus: the endpoint and the report call these functions (README.md).
 */
export { cohortOf, cohortWaveOf, type CohortMember, type CohortWave, type ReleaseEvent } from './cohort.ts';
export {
  addMonths,
  checkFollowupMonths,
  DEFAULT_FOLLOWUP_MONTHS,
  followupWindow,
  isWindowOpen,
  type FollowupWindow,
} from './window.ts';
export { endsFollowup, isEligible, TRACING_OUTCOME_LABELS, TRACING_OUTCOMES, type TracingOutcome } from './outcomes.ts';
export {
  followupResponse,
  TRACING_CELL_LABELS,
  TRACING_CELLS,
  type FollowupResponse,
  type TracingCell,
} from './response-rate.ts';
export { observedRedetention, tracedOutcome, type DetentionSighting, type TracedOutcome } from './redetention.ts';
export {
  adjustForNonresponse,
  estimateCohortProportion,
  type AdjustedWeights,
  type CohortUnit,
  type MemberStatus,
} from './nonresponse.ts';
export {
  followupInterviewProblems,
  interviewKind,
  outcomeOfInterview,
  placementProblem,
  type FollowupInterviewFacts,
  type InterviewKind,
  type InterviewPlacement,
  type InterviewProblem,
} from './interview.ts';
export {
  cohortOutcomeEstimates,
  OUTCOME_INDICATORS,
  outcomeValue,
  type CohortRespondentUnit,
  type OutcomeEstimate,
  type OutcomeIndicator,
} from './outcome-indicators.ts';
export {
  CONTACT_TRACER_ROLE,
  mayRecordOutcome,
  mayRevealContact,
  mayWriteContact,
  NO_FOLLOWUP,
  type ContactRequester,
  type FollowupAssignment,
} from './contact-access.ts';
export { protectTracing } from './tracing-protection.ts';
