// The draw of W2's sample (issue 9) in the establishments the team has not visited yet, so the demo shows
// lists that fieldwork can still follow. Each list is the minors present on W2's reference date: those
// the demo already follows (W1 respondents still detained there or transferred there, whom the draw
// puts first as the panel) and new pseudonymous codes up to the frame's N_h.
import { participantCodes, type Fieldwork } from './fieldwork.ts';
import { W2_PLAN } from './fieldwork-plan.ts';
import type { DrawRecord, ParticipantStatusRecord } from './types.ts';
import { frameOf, waveByCode } from './waves.ts';

/** As a seed read out at a public drawing would be: anyone may replay the draw with it (core/draw). */
export const W2_DRAW_SEED = 'OMP-W2-2026-09-30';

/** Where each minor is held on `date`, from the last event of its history on or before that day. */
export function heldOn(statuses: readonly ParticipantStatusRecord[], date: string): Map<string, string> {
  const latest = new Map<string, ParticipantStatusRecord>();
  for (const row of statuses) {
    const known = latest.get(row.participant);
    if (row.date <= date && (!known || known.date <= row.date)) latest.set(row.participant, row);
  }
  const held = new Map<string, string>();
  for (const [participant, row] of latest) {
    // A release keeps the establishment it was from: only detention and transfer say where a minor is.
    if (row.establishment !== null && (row.status === 'detained' || row.status === 'transferred'))
      held.set(participant, row.establishment);
  }
  return held;
}

export function generateDraws(seed: number, fieldwork: Fieldwork): DrawRecord[] {
  const { code: wave, reference_date: referenceDate } = waveByCode('W2');
  const held = heldOn(fieldwork.participantStatuses, referenceDate);
  const newCode = participantCodes(
    seed,
    'draw-lists',
    new Set(fieldwork.participants.map((participant) => participant.code)),
  );
  const lists = W2_PLAN.filter((plan) => plan.interviews === 0).map(({ establishment }) => {
    const followed = [...held].filter(([, where]) => where === establishment).map(([code]) => code);
    const { population } = frameOf(wave, establishment);
    if (followed.length > population)
      throw new Error(
        `Demo draw: ${followed.length} followed minors in ${establishment}, more than N_h = ${population}`,
      );
    return {
      establishment,
      codes: [...followed, ...Array.from({ length: population - followed.length }, () => newCode())],
    };
  });
  return [{ wave, seed: W2_DRAW_SEED, lists }];
}
