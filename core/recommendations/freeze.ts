/**
 * A wave's data is frozen once the wave is locked or published: its interviews, frame and estimates,
 * and the follow-up of recommendations recorded at it, so that each report shows the status as it
 * stood then. Unlocking (an audited action) is the only way back.
 */
export const FROZEN_WAVE_STATUSES: readonly string[] = ['locked', 'published'];

export function isFrozenWave(status: string): boolean {
  return FROZEN_WAVE_STATUSES.includes(status);
}
