/** The barometer's design: 25% of the minors detained on the reference date (the wave's default). */
export const DEFAULT_SAMPLING_RATE = 0.25;

/** A stored rate (a decimal column: text on PostgreSQL, null when never set) as a number. */
export function samplingRateOf(stored: number | string | null | undefined): number {
  return stored === null || stored === undefined ? DEFAULT_SAMPLING_RATE : Number(stored);
}
