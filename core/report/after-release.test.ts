import { describe, expect, it } from 'vitest';
import { loadSolver } from '../disclosure/index.ts';
import { protectTracing } from '../followup/index.ts';
import { AFTERCARE_ESTIMATE } from './fixture/followup.ts';
import { buildFixtureModel } from './fixture/model.ts';
import type { FollowupFigures } from './model.ts';
import type { Content, ContentNode } from './pdf-types.ts';
import { afterRelease } from './sections/after-release.ts';

function texts(content: Content): string[] {
  if (typeof content === 'string') return [content];
  if (Array.isArray(content)) return content.flatMap(texts);
  const node = content as ContentNode;
  return [node.text, node.stack, node.table?.body].flatMap((child) =>
    child === undefined ? [] : texts(child as Content),
  );
}

const FIGURES: FollowupFigures = {
  months: [6, 12],
  cohort: 60,
  eligible: 57,
  interviewed: 30,
  rate: 30 / 57,
  outcomes: {
    interviewed: 30,
    refused: 12,
    unreachable: 10,
    re_detained: 0,
    moved_abroad: 2,
    deceased: 1,
    consent_withdrawn: 0,
    re_detained_observed: 0,
    not_traced: 5,
  },
  // What core/followup's protectTracing hides in this table (the last as the complement of not traced).
  hidden: ['moved_abroad', 'deceased', 'not_traced', 'unreachable'],
};

describe('the chapter "Après la sortie"', () => {
  it('is left out for a wave without a follow-up cohort', () => {
    expect(afterRelease(buildFixtureModel(), 13)).toEqual([]);
  });

  it('gives the cohort, the response rate and the tracing, hiding small counts with a complement', () => {
    const words = texts(afterRelease({ ...buildFixtureModel(), followup: FIGURES }, 13));
    expect(words[0]).toBe('13. Après la sortie');
    const row = (label: string) => words[words.indexOf(label) + 1];
    expect(row('Interviewé')).toBe('30');
    expect(row('Refus')).toBe('12');
    expect(row('De nouveau détenu (signalé)')).toBe('0');
    expect(row('De nouveau détenu (observé dans l’échantillon d’une vague)')).toBe('0');
    // 2, 1 and 5 are under 10: hidden, and 10 unreachable with them.
    expect(row('Parti à l’étranger')).toBe('s');
    expect(row('Décédé')).toBe('s');
    expect(row('Pas encore recherché')).toBe('s');
    expect(row('Injoignable')).toBe('s');
    expect(row('Cohorte')).toBe('60');
    expect(words.join(' ')).toMatch(/Taux de réponse du suivi : 52,6/);
    expect(words.join(' ')).toContain('ne comptent pas dans le score du baromètre');
  });

  it('hides the counts that protectTracing hides: with none abroad, the deaths need a second hidden count', async () => {
    await loadSolver();
    const outcomes = { ...FIGURES.outcomes, moved_abroad: 0, not_traced: 0, deceased: 3 };
    const figures = { ...FIGURES, outcomes, cohort: 55, eligible: 52 };
    const hidden = [...protectTracing(figures, 10)];
    const words = texts(afterRelease({ ...buildFixtureModel(), followup: { ...figures, hidden } }, 13));
    const row = (label: string) => words[words.indexOf(label) + 1];
    expect(row('Décédé')).toBe('s');
    // Published, the 0 abroad would give the deaths as 55 − 52 − 0.
    expect(row('Parti à l’étranger')).toBe('s');
    expect(row('Refus')).toBe('12');
  });

  it('prints the outcome indicators with their interval and rules, hiding those under the threshold', () => {
    const estimates = [AFTERCARE_ESTIMATE, { indicator: 'FU_NOT_NEET', suppressed: true as const, n: 8 }];
    const words = texts(
      afterRelease({ ...buildFixtureModel(), followup: { ...FIGURES, estimates, emptyClasses: ['cre|f'] } }, 13),
    );
    const at = words.indexOf('Accompagnement reçu depuis la sortie');
    expect(words.slice(at, at + 5)).toEqual([
      'Accompagnement reçu depuis la sortie',
      '50,0\u00A0%',
      '35,0\u00A0–\u00A065,0',
      '30',
      'UNODC-UNICEF-indicateur11, HAVANA-r.80, BEIJING-r.24.1',
    ]);
    const neet = words.indexOf('En études, en formation ou au travail');
    expect(words.slice(neet + 1, neet + 4)).toEqual(['s', '', '8']);
    expect(words.join(' ')).toContain('Classes sans répondant, non représentées : cre|f.');
    expect(words.join(' ')).toContain('Déclaré par le jeune');
  });
});
