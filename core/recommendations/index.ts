/**
 * The recommendation tracker's rules (a wave's follow-up is frozen with the wave: core/waves `isClosed`):
 * which follow-up rows may be written, and the follow-up table a report prints. Plain TypeScript, no Directus.
 */
export {
  FOLLOW_UP_LABELS,
  FOLLOW_UP_STATUSES,
  followUpProblem,
  type FollowUpStatus,
  type WaveRef,
} from './follow-up.ts';
export { statusAsOf, type FollowUpRow, type TrackedRecommendation, type TrackerLine } from './tracker.ts';
