// The demo's follow-up of released minors (issue 16, point 7): W1 respondents released before W2's
// reference date form W2's cohort; enumerator1 traces half of them, some already with an outcome, so
// that a coordinator sees the whole journey. Those interviewed answer SUIVI in a follow-up interview,
// which records their outcome. The detention sample and its figures stay as they are.
import type { Api } from '../../scripts/lib/api.ts';
import { login } from '../../scripts/lib/api.ts';
import type { TracingOutcome } from '../../core/followup/index.ts';
import { demoUser } from '../demo-users.ts';
import { DEMO_FOLLOWUP_MONTHS, followupAnswers } from './followup-interviews.ts';

export interface DemoFollowup {
  id: number;
  participant?: number;
  released_on?: string;
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

/** W2 follows up with SUIVI v1, from 4 to 12 months after release; set before its cohort is built. */
async function prepareW2(api: Api): Promise<{ wave: number; version: number }> {
  const [wave] = await api.get<Array<{ id: number; followup_instrument_version: number | null }>>(
    '/items/waves?filter[code][_eq]=W2&fields=id,followup_instrument_version',
  );
  const [suivi] = await api.get<Array<{ id: number }>>(
    '/items/instrument_versions?filter[instrument][code][_eq]=SUIVI&filter[version][_eq]=1&fields=id',
  );
  if (!wave || !suivi) throw new Error('Demo seed: W2 or SUIVI v1 is missing');
  if (wave.followup_instrument_version === null) {
    await api.patch(`/items/waves/${wave.id}`, {
      followup_instrument_version: suivi.id,
      followup_windows: DEMO_FOLLOWUP_MONTHS,
    });
  }
  return { wave: wave.id, version: wave.followup_instrument_version ?? suivi.id };
}

export async function seedFollowups(api: Api): Promise<void> {
  const [built] = await api.get<Array<{ id: number }>>('/items/followups?filter[wave][code][_eq]=W2&fields=id&limit=1');
  const w2 = built ? null : await prepareW2(api);
  await api.post('/barometer/waves/W2/followups');
  const members = await api.get<DemoFollowup[]>(
    '/items/followups?filter[wave][code][_eq]=W2&fields=id,participant,released_on,window_start,enumerator,outcome&limit=-1',
  );
  if (w2 === null || members.some((member) => member.enumerator !== null || member.outcome !== null)) return;
  const user = demoUser('enumerator1');
  const plans = planFollowups(members);
  if (plans.length === 0) return;
  await api.patch(
    '/items/followups',
    plans.map((plan) => ({ id: plan.id, enumerator: user.id, place_region: plan.place_region })),
  );
  const byId = new Map(members.map((member) => [member.id, member]));
  const interviewed = plans.filter((plan) => plan.outcome === 'interviewed' && plan.outcome_date);
  if (interviewed.length > 0) {
    const enumerator = await login(api.url, user.email, user.password);
    await enumerator.post(
      '/items/interviews',
      interviewed.map((plan) => {
        const member = byId.get(plan.id);
        return {
          code: `W2-SUIVI-F${String(plan.id).padStart(5, '0')}`,
          wave: w2.wave,
          followup: plan.id,
          participant: member?.participant,
          instrument_version: w2.version,
          consent_guardian: true,
          assent_child: true,
          interview_date: plan.outcome_date,
          duration_minutes: 20,
          answers: followupAnswers(plan.id, member?.released_on ?? '', plan.outcome_date ?? ''),
          status: 'submitted',
        };
      }),
    );
  }
  for (const plan of plans) {
    if (plan.outcome && plan.outcome !== 'interviewed') {
      await api.post(`/barometer/followups/${plan.id}/outcome`, { outcome: plan.outcome, date: plan.outcome_date });
    }
  }
}
