import type { TracingOutcome } from './outcomes.ts';

/** A counted detention interview of a participant, on its day (or its wave's reference date when undated). */
export interface DetentionSighting {
  readonly participant: number;
  readonly wave: number;
  readonly on: string;
}

/** A member's tracing outcome as the cohort's figures count it, and whether re-detention was observed. */
export interface TracedOutcome {
  readonly outcome: TracingOutcome | null;
  /** Re-detained as seen in a detention sample after the release, not as reported by the tracing. */
  readonly observed: boolean;
}

/**
 * The first detention interview of a released member after its release (issue 16, point 5): the minor
 * reappears in a later wave's detention sample, the same participant code. Null when none is known.
 */
export function observedRedetention(
  participant: number,
  releasedOn: string,
  sightings: readonly DetentionSighting[],
): DetentionSighting | null {
  let first: DetentionSighting | null = null;
  for (const sighting of sightings) {
    if (sighting.participant !== participant || sighting.on <= releasedOn) continue;
    if (first === null || sighting.on < first.on) first = sighting;
  }
  return first;
}

/**
 * A member seen back in detention is re-detained, observed, whatever the tracing had recorded so far
 * (nothing yet, unreachable, or re-detained as told by the family). A member already interviewed, or
 * whose follow-up closed otherwise (refusal, death, abroad, consent withdrawn), keeps that outcome:
 * its follow-up was over before, and the refusal or the withdrawal is the minor's to keep.
 */
export function tracedOutcome(recorded: TracingOutcome | null, sighting: DetentionSighting | null): TracedOutcome {
  const stillTraced = recorded === null || recorded === 'unreachable' || recorded === 're_detained';
  return sighting !== null && stillTraced
    ? { outcome: 're_detained', observed: true }
    : { outcome: recorded, observed: false };
}
