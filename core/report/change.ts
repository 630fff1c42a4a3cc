import { muted, withArrow } from './blocks.ts';
import { formatChange, formatScoreChange } from './format.ts';
import type { Direction, Indicator, ScoreChange, TrendChange } from './model.ts';
import type { Alignment, ContentNode } from './pdf-types.ts';
import { COLORS } from './theme.ts';

/** Whether a change is good news for the children, given which way the indicator should move. */
export function isImprovement(direction: Direction, delta: number): boolean {
  return direction === 'higher_is_better' ? delta > 0 : delta < 0;
}

/**
 * A change cell: the arrow appears only where the 95% interval of the change excludes zero, green
 * or red by whether the move is good news; a broken definition reads "non comparable".
 */
export function changeCell(
  indicator: Indicator,
  change: TrendChange | undefined,
  align: Alignment = 'right',
): ContentNode {
  if (!change) return { ...muted('—'), alignment: align };
  if (!change.comparable) return { ...muted('non comparable', true), alignment: align };
  if (change.estimate === undefined) return { ...muted('s'), alignment: align };
  const text = formatChange(indicator, change.estimate);
  if (!change.significant) return withArrow({ ...muted(text) }, undefined, align);
  const color = isImprovement(indicator.direction, change.estimate) ? COLORS.better : COLORS.worse;
  return withArrow({ text, style: 'cell', color, bold: true }, { up: change.estimate > 0, color }, align);
}

/** A score change: scores are oriented so that up is always better. */
export function scoreChangeCell(
  change: ScoreChange | undefined,
  align: Alignment = 'right',
  fontSize?: number,
): ContentNode {
  if (!change) return { ...muted('—'), alignment: align };
  const text = formatScoreChange(change.delta);
  const size = fontSize === undefined ? {} : { fontSize };
  if (!change.significant) return withArrow({ ...muted(text), ...size }, undefined, align);
  const color = change.delta > 0 ? COLORS.better : COLORS.worse;
  return withArrow({ text, style: 'cell', color, bold: true, ...size }, { up: change.delta > 0, color }, align);
}
