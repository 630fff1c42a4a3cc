import { describe, expect, it } from 'vitest';
import { showParts } from './options.ts';

describe('showParts', () => {
  it.each([
    ['gauges', { gauges: true, table: false }],
    ['table', { gauges: false, table: true }],
    ['both', { gauges: true, table: true }],
    ['renamed', { gauges: true, table: true }],
    [null, { gauges: true, table: true }],
    [undefined, { gauges: true, table: true }],
  ])('%s -> %j', (show, expected) => {
    expect(showParts(show)).toEqual(expected);
  });
});
