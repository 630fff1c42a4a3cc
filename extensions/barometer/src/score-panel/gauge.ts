// Geometry of a half-ring gauge for a 0-100 score: 0 on the left, 100 on the right, over the top.

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** A score clamped to the gauge's 0-100 range (a jackknife interval is clipped, but a bad value must not draw outside). */
export function clampScore(value: number): number {
  return Math.min(100, Math.max(0, value));
}

/** The point of the ring at `value`, for a ring of `radius` around `center` (SVG coordinates, y downwards). */
export function pointAt(value: number, radius: number, center: Point): Point {
  const angle = Math.PI * (1 - clampScore(value) / 100);
  return { x: round(center.x + radius * Math.cos(angle)), y: round(center.y - radius * Math.sin(angle)) };
}

/**
 * The SVG path of the ring between two scores, or '' when there is nothing to draw. The span is never
 * more than half a turn, so the small-arc flag is always right; sweep 1 goes clockwise on screen.
 */
export function arcPath(from: number, to: number, radius: number, center: Point): string {
  const start = clampScore(Math.min(from, to));
  const end = clampScore(Math.max(from, to));
  if (end - start <= 0) return '';
  const a = pointAt(start, radius, center);
  const b = pointAt(end, radius, center);
  return `M ${a.x} ${a.y} A ${radius} ${radius} 0 0 1 ${b.x} ${b.y}`;
}

// Two decimals keep the markup short and stable for tests; a hundredth of a pixel is invisible.
// Adding 0 turns the -0 that rounding can give into 0.
function round(value: number): number {
  return Math.round(value * 100) / 100 + 0;
}
