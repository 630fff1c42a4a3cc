// The demo's follow-up interviews (issue 16, point 7): the W2 cohort members whose tracing ends in
// "interviewed" answer SUIVI, entered by their enumerator, so that the outcome is recorded by the
// interview itself and the chapter "Après la sortie" has figures. Answers are invented, seeded and the
// same on every run.
import { mulberry32 } from '../../core/random/index.ts';

/** Months the demo's W2 follows a release: from 4 to 12, so that a part of the cohort is due by the demo's date. */
export const DEMO_FOLLOWUP_MONTHS = [4, 12];

const pick = <T>(random: () => number, weighted: ReadonlyArray<readonly [T, number]>): T => {
  let draw = random() * weighted.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [value, weight] of weighted) {
    draw -= weight;
    if (draw < 0) return value;
  }
  return weighted[weighted.length - 1]![0];
};

function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

/** SUIVI's answers for one member, from its follow-up's id (the seed) and its dates. */
export function followupAnswers(id: number, releasedOn: string, interviewedOn: string): Record<string, unknown> {
  const random = mulberry32(0x5a1f0000 + id);
  const aftercare = random() < 0.55;
  const answers: Record<string, unknown> = {
    MONTHS_SINCE_RELEASE: Math.min(24, Math.max(0, monthsBetween(releasedOn, interviewedOn))),
    AFTERCARE_RECEIVED: aftercare ? 'yes' : 'no',
    SERVICE_CONTACT_MONTH: aftercare && random() < 0.6 ? 'yes' : 'no',
    HOUSING_NOW: pick(random, [
      ['parents', 55],
      ['other_family', 20],
      ['institution', 8],
      ['friends', 10],
      ['no_stable_housing', 7],
    ]),
    ACTIVITY_NOW: pick(random, [
      ['school', 20],
      ['training', 25],
      ['work', 20],
      ['none', 35],
    ]),
    NEW_JUSTICE_CONTACT: pick(random, [
      ['no', 75],
      ['yes', 18],
      ['refused', 7],
    ]),
    FU_WELLBEING: pick(random, [
      [1, 5],
      [2, 12],
      [3, 30],
      [4, 33],
      [5, 20],
    ]),
  };
  if (aftercare)
    answers['AFTERCARE_PROVIDER'] = random() < 0.5 ? ['fm6'] : random() < 0.5 ? ['ngo'] : ['fm6', 'public_social'];
  return answers;
}
