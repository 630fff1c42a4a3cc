/**
 * How a wave's interviews are counted (done, analysed, excluded) and what a lock leaves covered. Pure
 * TypeScript, no Directus: the lock dialog and the report read the same rule.
 */
export { interviewCounts, isAnalysed, type InterviewCounts, type InterviewTally } from './counts.ts';
export { lockCoverage, type FrameRow, type LockCoverage } from './lock-coverage.ts';
