import { followupWindow, type FollowupWindow } from './window.ts';

export interface CohortWave {
  readonly id: number;
  readonly reference_date: string | null;
  readonly followup_months: readonly number[];
}

export interface ReleaseEvent {
  readonly participant: number;
  readonly date: string;
  readonly establishment: number | null;
}

export interface CohortMember {
  readonly participant: number;
  readonly released_on: string;
  readonly from_establishment: number | null;
  readonly window: FollowupWindow;
}

/**
 * The wave whose cohort a release joins: the first wave, by reference date, whose reference date is
 * after the release (a minor released on a wave's reference date was still in its detention frame).
 * Waves without a reference date take no cohort. Null when no later wave exists yet.
 */
export function cohortWaveOf<W extends CohortWave>(releasedOn: string, waves: readonly W[]): W | null {
  let best: W | null = null;
  for (const wave of waves) {
    if (wave.reference_date === null || wave.reference_date <= releasedOn) continue;
    if (best === null || (best.reference_date ?? '') > wave.reference_date) best = wave;
  }
  return best;
}

/**
 * A wave's follow-up cohort: each participant whose latest release (by date) is followed by this wave
 * and by no earlier one. A participant released twice joins with its last release only, since the
 * earlier one ended in a new detention.
 */
export function cohortOf(wave: CohortWave, waves: readonly CohortWave[], releases: readonly ReleaseEvent[]) {
  const latest = new Map<number, ReleaseEvent>();
  for (const release of releases) {
    const known = latest.get(release.participant);
    if (!known || known.date < release.date) latest.set(release.participant, release);
  }
  const members: CohortMember[] = [];
  for (const release of latest.values()) {
    if (cohortWaveOf(release.date, waves)?.id !== wave.id) continue;
    members.push({
      participant: release.participant,
      released_on: release.date,
      from_establishment: release.establishment,
      window: followupWindow(release.date, wave.followup_months),
    });
  }
  return members.sort((a, b) => a.participant - b.participant);
}
