import { describe, expect, it } from 'vitest';
import { exceedsDepth } from './body-depth.ts';

const nested = (depth: number): unknown => (depth === 0 ? 1 : [nested(depth - 1)]);

describe('exceedsDepth', () => {
  it('counts objects and arrays, not scalars', () => {
    expect(exceedsDepth(nested(3), 3)).toBe(false);
    expect(exceedsDepth(nested(4), 3)).toBe(true);
    expect(exceedsDepth({ a: { b: { c: 'deep string' } } }, 3)).toBe(false);
    expect(exceedsDepth({ a: { b: { c: {} } } }, 3)).toBe(true);
    expect(exceedsDepth('text', 0)).toBe(false);
  });

  it('measures a body 100,000 deep without recursion', () => {
    const body: unknown = JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expect(exceedsDepth(body, 100)).toBe(true);
  });
});
