import { describe, expect, it } from 'vitest';
import { neutralise } from './neutralise.ts';
import type { Cell } from './types.ts';

describe('neutralise (OWASP CSV injection)', () => {
  it.each<[Cell, Cell]>([
    ['=1+1', "'=1+1"],
    ['+33 6 12', "'+33 6 12"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', "'\rcmd"],
    ['a=1', 'a=1'],
    [' =1', ' =1'],
    ["'=1", "'=1"],
    ['', ''],
    [-3, -3],
    [-0.5, -0.5],
    [0, 0],
    [null, null],
  ])('%j -> %j', (cell, expected) => {
    expect(neutralise(cell)).toBe(expected);
  });
});
