import { describe, expect, it } from 'vitest';
import { relationId } from './relation-id.ts';

describe('relationId', () => {
  it.each([
    [12, 12],
    ['a1b2', 'a1b2'],
    [{ id: 7, version: 1 }, 7],
    [{ id: { id: 3 } }, 3],
    [null, null],
    [undefined, null],
    ['', null],
    [{ version: 1 }, null],
  ])('%j -> %j', (value, expected) => {
    expect(relationId(value)).toBe(expected);
  });
});
