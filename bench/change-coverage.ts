// The Monte-Carlo of the change's interval on the real draw (core/indicators/test-support/change-simulation.ts)
// with more replications than the unit test: the figures quoted in the README.
import { changeCoverage, type CoverageSummary } from '../core/indicators/test-support/change-simulation.ts';

export const PANEL_SHARES = [0, 0.4, 0.8] as const;

export function changeCoverageBenchmark(replications: number): CoverageSummary[] {
  return PANEL_SHARES.map((share) => changeCoverage(share, replications));
}

export function coverageRow(summary: CoverageSummary): string {
  const percent = (value: number) => `${(100 * value).toFixed(1)} %`;
  return (
    `| Change between two waves of the real draw, ${percent(summary.panelShare)} panel, ${summary.replications} replications | ` +
    `coverage ${percent(summary.coverage)}, mean SE / true SD ${summary.seRatio.toFixed(3)}, bias ${summary.bias.toFixed(4)} ` +
    `(with Kish's rotation covariance subtracted: ${percent(summary.coverageWithRotationCovariance)}) | 93-97 %, 0.9-1.1 |`
  );
}
