import { describe, expect, it } from 'vitest';
import { safeNames, SPSS_NAMES, STATA_NAMES } from './names.ts';

describe('safeNames', () => {
  it.each<[string[], string[], string[]]>([
    [
      ['AGE', 'SEX__male'],
      ['AGE', 'SEX__male'],
      ['AGE', 'SEX__male'],
    ],
    [['Q-1.a'], ['Q_1.a'], ['Q_1_a']],
    [['_x'], ['v__x'], ['_x']],
    [['9lives'], ['v_9lives'], ['v_9lives']],
    [['ACT__école'], ['ACT___cole'], ['ACT___cole']],
    [
      ['to', 'in', 'str12'],
      ['to_v', 'in', 'str12'],
      ['to', 'in_v', 'str12_v'],
    ],
    [
      ['Sex', 'SEX'],
      ['Sex', 'SEX_2'],
      ['Sex', 'SEX'],
    ],
    [['A.'], ['A'], ['A_']],
  ])('%j -> SPSS %j, Stata %j', (wanted, spss, stata) => {
    expect(safeNames(wanted, SPSS_NAMES)).toEqual(spss);
    expect(safeNames(wanted, STATA_NAMES)).toEqual(stata);
  });

  it('cuts long names to the limit and keeps them unique', () => {
    const long = `ACTIVITIES__${'x'.repeat(40)}`;
    const names = safeNames([`${long}1`, `${long}2`], STATA_NAMES);
    expect(names).toEqual([long.slice(0, 32), `${long.slice(0, 30)}_2`]);
  });
});
