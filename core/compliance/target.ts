import type { Direction } from './types.ts';

/**
 * A target is met when the estimate is on its right side given the indicator's direction: at or above
 * it when higher is better, at or below it when lower is better. For a target of 0 on a prohibition,
 * only 0 meets it: any child is one too many.
 */
export function meetsTarget(direction: Direction, target: number, estimate: number): boolean {
  return direction === 'higher_is_better' ? estimate >= target : estimate <= target;
}

/** An absolute prohibition with a target of 0 is crossed by any non-zero value. */
export function crossesRedLine(absoluteProhibition: boolean, target: number | null, estimate: number): boolean {
  return absoluteProhibition && target === 0 && estimate > 0;
}
