/**
 * Data quality of a wave (duplicates, short interviews, item non-response) and panel attrition since the
 * previous wave. Pure TypeScript, no Directus: the supervisors' endpoint and the report's annexes read
 * the database and call these same functions (README.md).
 */
export {
  duplicateParticipants,
  itemNonResponse,
  median,
  shortInterviews,
  SHORT_INTERVIEW_SHARE,
  typicalDuration,
  type DuplicateParticipant,
  type EnumeratorNonResponse,
  type NonResponse,
  type QualityInterview,
  type QuestionNonResponse,
  type ShortInterview,
} from './interview-quality.ts';
export {
  ATTRITION_REASONS,
  panelAttrition,
  type AttritionInput,
  type AttritionReason,
  type LeftPanel,
  type PanelAttrition,
  type PreviousRespondent,
  type StatusRecord,
} from './panel-attrition.ts';
