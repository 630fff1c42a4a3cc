// The demo's follow-up of released minors (issue 16, point 7): W1 respondents released before W2's
// reference date form W2's cohort; enumerator1 traces half of them, some already with an outcome, so
// that a coordinator sees the whole journey. Only follow-up rows change: the detention sample and its
// figures stay as they are.
import type { Api } from '../../scripts/lib/api.ts';
import type { TracingOutcome } from '../../core/followup/index.ts';
import { demoUser } from '../demo-users.ts';

export interface DemoFollowup {
  id: number;
  window_start: string;
  enumerator: string | null;
  outcome: TracingOutcome | null;
}

const REGIONS = ['Oriental', 'Rabat-Salé-Kénitra', 'Casablanca-Settat', 'Fès-Meknès'];
/** Outcomes given in turn to the traced members whose window opened before the demo's date. */
const OUTCOMES: readonly TracingOutcome[] = ['interviewed', 'unreachable', 'interviewed', 'refused', 're_detained'];
/** The demo's "today" for tracing, fixed so the demo is the same whenever it is seeded. */
export const DEMO_TRACING_DATE = '2026-11-30';

/** What the demo sets on each member, by position: every other one assigned, then outcomes in turn. */
export function planFollowups(members: readonly DemoFollowup[]) {
  const sorted = [...members].sort((a, b) => a.id - b.id);
  let traced = 0;
  return sorted.flatMap((member, position) => {
    if (position % 2 === 1) return [];
    const outcome = member.window_start <= DEMO_TRACING_DATE ? (OUTCOMES[traced++ % OUTCOMES.length] ?? null) : null;
    return [
      {
        id: member.id,
        place_region: REGIONS[position % REGIONS.length] ?? null,
        outcome,
        outcome_date: outcome ? member.window_start : null,
      },
    ];
  });
}

export async function seedFollowups(api: Api): Promise<void> {
  await api.post('/barometer/waves/W2/followups');
  const members = await api.get<DemoFollowup[]>(
    '/items/followups?filter[wave][code][_eq]=W2&fields=id,window_start,enumerator,outcome&limit=-1',
  );
  if (members.some((member) => member.enumerator !== null || member.outcome !== null)) return;
  const enumerator = demoUser('enumerator1').id;
  const plans = planFollowups(members);
  if (plans.length === 0) return;
  await api.patch(
    '/items/followups',
    plans.map((plan) => ({ id: plan.id, enumerator, place_region: plan.place_region })),
  );
  for (const plan of plans) {
    if (plan.outcome) {
      await api.post(`/barometer/followups/${plan.id}/outcome`, { outcome: plan.outcome, date: plan.outcome_date });
    }
  }
}
