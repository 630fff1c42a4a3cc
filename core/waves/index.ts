/**
 * The rules of a wave (README "Waves"): its statuses and lifecycle, what refuses a lock, the reason a
 * move needs, the target sample size, the default sampling rate and which interviews count. Pure
 * TypeScript: the server's hooks and endpoint and the app's module import the same rules.
 *
 *   transition('open', 'wave', 'lock'); // { ok: true, to: 'locked' }
 *   targetSize(0.25, 41); // 11
 */
export { COUNTED_STATUSES, isCounted } from './counted.ts';
export { availableActions, transition, WAVE_ACTIONS, type Transition, type WaveAction } from './lifecycle.ts';
export { lockChecks, UNREVIEWED_STATUSES, unreviewedCount, type LockCheckInput, type LockChecks } from './lock.ts';
export { checkTransitionReason, MIN_UNLOCK_REASON, type ReasonCheck } from './reason.ts';
export { DEFAULT_SAMPLING_RATE, samplingRateOf } from './sampling-rate.ts';
export {
  CLOSED_STATUSES,
  isClosed,
  WAVE_KINDS,
  WAVE_STATUS_LABELS,
  WAVE_STATUSES,
  type WaveKind,
  type WaveStatus,
} from './status.ts';
export { targetSize } from './target.ts';
