import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalList, drawSample, type Draw } from './draw.ts';
import type { DrawInput } from './input.ts';

const TWELVE = Array.from({ length: 12 }, (_, index) => `P${String(index + 1).padStart(2, '0')}`);
const FORTY = Array.from({ length: 40 }, (_, index) => `C-${String(index).padStart(3, '0')}`);

function draw(input: DrawInput): Draw {
  const result = drawSample(input);
  if (!result.ok) throw new Error(result.problems.join('; '));
  return result.draw;
}

function problems(input: DrawInput): readonly string[] {
  const result = drawSample(input);
  return result.ok ? [] : result.problems;
}

describe('the algorithm is frozen', () => {
  // Produced by the Python replay script of README.md ("Replaying a draw elsewhere"), an independent
  // implementation from the written description: a change here breaks the replay of past draws.
  it('gives the documented selection for the documented example', () => {
    expect(draw({ codes: TWELVE, rate: 0.25, seed: 'OMP-2026', stratum: 'CRE-OUJDA' })).toEqual({
      target: 3,
      selected: ['P04', 'P12', 'P09'],
      replacements: ['P01', 'P03', 'P08', 'P11', 'P10', 'P05', 'P07', 'P02', 'P06'],
      listSha256: '9281db89eabebcefd36bec8e26f5aa62037a4ecda41fe291c7371e946feb1c37',
    });
  });

  it('puts the panel first and keeps the same random order for the rest', () => {
    expect(
      draw({ codes: TWELVE, rate: 0.25, seed: 'OMP-2026', stratum: 'CRE-OUJDA', panel: ['P07', 'P11'] }),
    ).toMatchObject({
      selected: ['P11', 'P07', 'P04'],
      replacements: ['P12', 'P09', 'P01', 'P03', 'P08', 'P10', 'P05', 'P02', 'P06'],
    });
  });
});

describe('replay', () => {
  it('gives the same draw for the same seed and list, in any order', () => {
    const reference = draw({ codes: FORTY, rate: 0.25, seed: 'graine', stratum: 'E1', panel: ['C-007', 'C-031'] });
    fc.assert(
      fc.property(fc.shuffledSubarray(FORTY, { minLength: 40, maxLength: 40 }), (shuffled) => {
        expect(draw({ codes: shuffled, rate: 0.25, seed: 'graine', stratum: 'E1', panel: ['C-031', 'C-007'] })).toEqual(
          reference,
        );
      }),
      { numRuns: 200 },
    );
  });

  it('differs with the seed, and between establishments of one seed', () => {
    const selections = new Set(
      ['a', 'b', 'c', 'd'].map((seed) => draw({ codes: FORTY, rate: 0.25, seed, stratum: 'E1' }).selected.join()),
    );
    expect(selections.size).toBe(4);
    const other = FORTY.map((code) => code.replace('C-', 'D-'));
    const positions = (codes: readonly string[], selected: readonly string[]) =>
      selected.map((code) => codes.indexOf(code));
    expect(positions(other, draw({ codes: other, rate: 0.25, seed: 'a', stratum: 'E2' }).selected)).not.toEqual(
      positions(FORTY, draw({ codes: FORTY, rate: 0.25, seed: 'a', stratum: 'E1' }).selected),
    );
  });

  it('does not modify its input', () => {
    const codes = Object.freeze([...FORTY].reverse());
    const panel = Object.freeze(['C-001']);
    draw({ codes, rate: 0.25, seed: 's', stratum: 'E', panel });
    expect(codes[0]).toBe('C-039');
    expect(panel).toEqual(['C-001']);
  });
});

describe('selection and replacements', () => {
  it('splits the whole list: target selected, every other minor a replacement, nobody twice', () => {
    const result = draw({ codes: FORTY, rate: 0.25, seed: 's', stratum: 'E' });
    expect(result.selected).toHaveLength(10);
    expect(result.replacements).toHaveLength(30);
    expect([...result.selected, ...result.replacements].sort()).toEqual(FORTY);
  });

  it('keeps every panel member still present when they fit, and ignores those who left', () => {
    const panel = ['C-003', 'C-017', 'C-029', 'GONE-1'];
    const result = draw({ codes: FORTY, rate: 0.25, seed: 's', stratum: 'E', panel });
    expect(result.selected.slice(0, 3).sort()).toEqual(['C-003', 'C-017', 'C-029']);
    expect(result.selected).toHaveLength(10);
    expect([...result.selected, ...result.replacements]).not.toContain('GONE-1');
  });

  it('draws among the panel when it exceeds the target, surplus members first among the replacements', () => {
    const panel = FORTY.slice(0, 15);
    const result = draw({ codes: FORTY, rate: 0.25, seed: 's', stratum: 'E', panel });
    expect(result.selected.every((code) => panel.includes(code))).toBe(true);
    expect(result.replacements.slice(0, 5).every((code) => panel.includes(code))).toBe(true);
    expect(result.replacements.slice(5).some((code) => panel.includes(code))).toBe(false);
  });

  it('selects everyone when the target exceeds the list', () => {
    const result = draw({ codes: TWELVE, rate: 0.25, population: 60, seed: 's', stratum: 'E' });
    expect(result.target).toBe(15);
    expect([...result.selected].sort()).toEqual(TWELVE);
    expect(result.replacements).toEqual([]);
  });

  it('takes N_h from the list unless given', () => {
    expect(draw({ codes: TWELVE, rate: 0.25, seed: 's', stratum: 'E' }).target).toBe(3);
    expect(draw({ codes: TWELVE, rate: 0.25, population: 13, seed: 's', stratum: 'E' }).target).toBe(4);
  });
});

describe('the list fingerprint', () => {
  it('is the SHA-256 of the sorted codes joined by line feeds, whatever the input order', () => {
    const result = draw({ codes: ['b-2', 'A1', 'a', 'B'], rate: 0.5, seed: 's', stratum: 'E' });
    expect(canonicalList(['b-2', 'A1', 'a', 'B'])).toBe('A1\nB\na\nb-2');
    expect(result.listSha256).toBe(createHash('sha256').update('A1\nB\na\nb-2').digest('hex'));
  });
});

describe('refused input', () => {
  const base = { codes: TWELVE, rate: 0.25, seed: 's', stratum: 'E' };

  it.each<[string, DrawInput, RegExp]>([
    ['an empty list', { ...base, codes: [] }, /liste vide/],
    ['a code given twice', { ...base, codes: [...TWELVE, 'P03'] }, /codes en double : P03/],
    ['a code with a space', { ...base, codes: ['P 1'] }, /code participant invalide/],
    ['a code too long', { ...base, codes: ['P'.repeat(65)] }, /code participant invalide/],
    ['a bad panel code', { ...base, panel: ['é'] }, /code participant invalide/],
    ['an empty seed', { ...base, seed: '' }, /graine vide/],
    ['a seed with a control character', { ...base, seed: 'a\nb' }, /caractère de contrôle/],
    ['a rate of zero', { ...base, rate: 0 }, /taux de sondage/],
    ['a rate above one', { ...base, rate: 1.5 }, /taux de sondage/],
    ['a negative population', { ...base, population: -1 }, /population/],
  ])('refuses %s', (_, input, message) => {
    expect(problems(input).join('\n')).toMatch(message);
  });
});
