// Achieved against target per establishment, on one scale shared by every bar so that they compare.
import { COVERAGE_WARNING, formatRate } from '../shared-app/format.ts';
import type { CoverageEstablishment } from '../shared-app/types.ts';

export type CoverageRow = Pick<CoverageEstablishment, 'code' | 'name' | 'target' | 'achieved' | 'rate' | 'warning'>;

export interface CoverageBar {
  readonly code: string;
  readonly name: string;
  readonly figures: string;
  readonly rate: string;
  readonly warning: boolean;
  /** Length of the bar, in percent of the track. */
  readonly length: number;
}

export interface CoverageChart {
  readonly bars: readonly CoverageBar[];
  /** Where the warning threshold and the target fall on the track, in percent. */
  readonly threshold: number;
  readonly target: number;
}

/**
 * The track spans the target, or the best rate when an establishment went past it (more interviews
 * than planned), so that over-achievement stays visible instead of being cut at 100 %.
 */
export function coverageChart(rows: readonly CoverageRow[]): CoverageChart {
  const scale = Math.max(1, ...rows.map((row) => row.rate ?? 0));
  return {
    threshold: percent(COVERAGE_WARNING / scale),
    target: percent(1 / scale),
    bars: rows.map((row) => ({
      code: row.code,
      name: row.name,
      figures: `${COUNT.format(row.achieved)} / ${COUNT.format(row.target)}`,
      rate: formatRate(row.rate),
      warning: row.warning,
      length: percent(Math.max(0, row.rate ?? 0) / scale),
    })),
  };
}

const COUNT = new Intl.NumberFormat('fr-FR');

function percent(share: number): number {
  return Math.round(share * 1000) / 10;
}
