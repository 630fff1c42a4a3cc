import { describe, expect, it } from 'vitest';
import { nulPath } from './nul-guard.ts';

describe('nulPath', () => {
  it('names the first string holding a NUL, however deep', () => {
    expect(nulPath({ a: [{ b: 'ok' }, { c: 'x\u0000' }] })).toBe('body.a.1.c');
  });

  it('names a key holding a NUL', () => {
    expect(nulPath({ ['k\u0000']: 1 })).toBe('body.k\u0000');
  });

  it('finds nothing in a clean body, numbers, null or a missing body', () => {
    expect(nulPath({ a: 'text', b: 3, c: null, d: [true] })).toBeNull();
    expect(nulPath(undefined)).toBeNull();
  });
});
