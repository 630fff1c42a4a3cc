import { describe, expect, it } from 'vitest';
import { dependencyGraph, evaluationOrder, findCycles, withDependents } from './dependency-graph.ts';
import { question, version } from './test-support.ts';

function graphOf(entries: Record<string, readonly string[]>) {
  return new Map(Object.entries(entries));
}

describe('dependencyGraph', () => {
  it('collects what relevance and calculation read, not constraints, nor unknown codes', () => {
    const subject = version(
      question('a', 'integer', { relevant: '${b} = 1 and ${a} > 0', constraint: '${c} > .' }),
      question('b', 'integer'),
      question('c', 'calculate', { calculation: '${a} + ${b} + ${zz}' }),
    );
    expect(Object.fromEntries(dependencyGraph(subject))).toEqual({ a: ['b'], b: [], c: ['a', 'b'] });
  });
});

describe('findCycles', () => {
  it.each<[string, Record<string, readonly string[]>, readonly (readonly string[])[]]>([
    ['none', { a: ['b'], b: [] }, []],
    ['a self loop', { a: ['a'] }, [['a', 'a']]],
    ['a triangle, once', { a: ['b'], b: ['c'], c: ['a'] }, [['a', 'b', 'c', 'a']]],
    [
      'two separate cycles',
      { a: ['b'], b: ['a'], c: ['d'], d: ['c'] },
      [
        ['a', 'b', 'a'],
        ['c', 'd', 'c'],
      ],
    ],
  ])('%s', (_name, entries, expected) => {
    expect(findCycles(graphOf(entries))).toEqual(expected);
  });
});

describe('evaluationOrder', () => {
  it('keeps display order when everything looks backwards', () => {
    expect(evaluationOrder(graphOf({ a: [], b: ['a'], c: ['a', 'b'] }))).toEqual(['a', 'b', 'c']);
  });

  it('puts dependencies first', () => {
    expect(evaluationOrder(graphOf({ a: ['c'], b: [], c: ['b'] }))).toEqual(['b', 'c', 'a']);
  });

  it('still lists every code when there is a cycle', () => {
    expect(
      evaluationOrder(graphOf({ a: ['b'], b: ['a'] }))
        .slice()
        .sort(),
    ).toEqual(['a', 'b']);
  });
});

describe('withDependents', () => {
  it('follows dependencies transitively, and only forwards', () => {
    const graph = graphOf({ a: [], b: ['a'], c: ['b'], d: [], e: ['d', 'c'] });
    expect([...withDependents(graph, new Set(['b']))].sort()).toEqual(['b', 'c', 'e']);
  });
});
