import { describe, expect, it } from 'vitest';
import { PARTICIPANT_CODE_PATTERN } from '../../core/draw/index.ts';
import { demoData } from './data.ts';
import { heldOn, W2_DRAW_SEED } from './draws.ts';
import { frameOf } from './waves.ts';

describe('demo draw of W2', () => {
  const [draw] = demoData.draws;

  it('covers the establishments without W2 interviews yet, each with its N_h minors', () => {
    const visited = new Set(
      demoData.interviews.filter((interview) => interview.wave === 'W2').map((interview) => interview.establishment),
    );
    const unvisited = demoData.establishments
      .map((establishment) => establishment.code)
      .filter((code) => !visited.has(code));
    expect(demoData.draws).toHaveLength(1);
    expect(draw?.wave).toBe('W2');
    expect(draw?.seed).toBe(W2_DRAW_SEED);
    expect(draw?.lists.map((list) => list.establishment)).toEqual(unvisited);
    expect(unvisited.length).toBeGreaterThanOrEqual(2);
    for (const list of draw?.lists ?? []) expect(list.codes).toHaveLength(frameOf('W2', list.establishment).population);
  });

  it('lists valid pseudonymous codes, each once, new ones not taken by another minor', () => {
    const codes = (draw?.lists ?? []).flatMap((list) => list.codes);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^P-[2-9A-HJ-NP-Z]{5}$/);
    for (const code of codes) expect(code).toMatch(PARTICIPANT_CODE_PATTERN);
    const interviewedInW2 = new Set(
      demoData.interviews.filter((interview) => interview.wave === 'W2').map((interview) => interview.participant),
    );
    expect(codes.filter((code) => interviewedInW2.has(code))).toEqual([]);
  });

  it('puts on each list the W1 respondents held there on the reference date, who make the panel', () => {
    const respondents = new Set(
      demoData.interviews.filter((interview) => interview.wave === 'W1').map((interview) => interview.participant),
    );
    const held = heldOn(demoData.participantStatuses, '2026-09-30');
    for (const list of draw?.lists ?? []) {
      const expected = [...held]
        .filter(([code, where]) => where === list.establishment && respondents.has(code))
        .map(([code]) => code)
        .sort();
      expect(list.codes.filter((code) => respondents.has(code)).sort()).toEqual(expected);
    }
    expect((draw?.lists ?? []).some((list) => list.codes.some((code) => respondents.has(code)))).toBe(true);
  });
});

describe('heldOn', () => {
  it('follows detention, transfer and release up to the date', () => {
    const row = (
      participant: string,
      status: 'detained' | 'released' | 'transferred' | 'lost',
      date: string,
      establishment: string | null,
    ) => ({ participant, status, date, establishment, note: null });
    const held = heldOn(
      [
        row('A', 'detained', '2026-01-01', 'E01'),
        row('B', 'detained', '2026-01-01', 'E01'),
        row('B', 'transferred', '2026-05-01', 'E02'),
        row('C', 'detained', '2026-01-01', 'E01'),
        row('C', 'released', '2026-05-01', 'E01'),
        row('D', 'detained', '2026-10-15', 'E01'),
        row('E', 'detained', '2026-01-01', 'E03'),
        row('E', 'released', '2026-12-01', 'E03'),
      ],
      '2026-09-30',
    );
    expect(Object.fromEntries(held)).toEqual({ A: 'E01', B: 'E02', E: 'E03' });
  });
});
