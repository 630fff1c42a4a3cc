/**
 * The recommendation tracker's rules: when a wave's follow-up is frozen, which follow-up rows may be
 * written, and the follow-up table a report prints. Plain TypeScript, no Directus.
 */
export { FROZEN_WAVE_STATUSES, isFrozenWave } from './freeze.ts';
export {
  FOLLOW_UP_LABELS,
  FOLLOW_UP_STATUSES,
  followUpProblem,
  type FollowUpStatus,
  type WaveRef,
} from './follow-up.ts';
export { statusAsOf, type FollowUpRow, type TrackedRecommendation, type TrackerLine } from './tracker.ts';
