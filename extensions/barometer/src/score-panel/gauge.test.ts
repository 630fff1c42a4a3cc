import { describe, expect, it } from 'vitest';
import { arcPath, clampScore, pointAt } from './gauge.ts';

const center = { x: 60, y: 60 };

describe('pointAt', () => {
  it.each([
    [0, { x: 10, y: 60 }],
    [50, { x: 60, y: 10 }],
    [100, { x: 110, y: 60 }],
    [-20, { x: 10, y: 60 }],
    [140, { x: 110, y: 60 }],
  ])('%d -> %j', (value, expected) => {
    expect(pointAt(value, 50, center)).toEqual(expected);
  });

  it('places a quarter of the scale at 45 degrees', () => {
    const point = pointAt(25, 50, center);
    expect(point.x).toBeCloseTo(60 - 50 * Math.SQRT1_2, 2);
    expect(point.y).toBeCloseTo(60 - 50 * Math.SQRT1_2, 2);
  });
});

describe('arcPath', () => {
  it('draws the whole ring from left to right, clockwise', () => {
    expect(arcPath(0, 100, 50, center)).toBe('M 10 60 A 50 50 0 0 1 110 60');
  });

  it('orders its ends, so an interval given high to low draws the same arc', () => {
    expect(arcPath(75, 25, 50, center)).toBe(arcPath(25, 75, 50, center));
  });

  it('draws nothing for an empty span, even outside the scale', () => {
    expect(arcPath(40, 40, 50, center)).toBe('');
    expect(arcPath(120, 150, 50, center)).toBe('');
  });
});

describe('clampScore', () => {
  it.each([
    [-1, 0],
    [0, 0],
    [62.5, 62.5],
    [100, 100],
    [101, 100],
  ])('%d -> %d', (value, expected) => {
    expect(clampScore(value)).toBe(expected);
  });
});
