import { describe, expect, it } from 'vitest';
import { changeCoverage } from './test-support/change-simulation.ts';

/**
 * The change's interval and standard error (core/stats/change-variance.ts) on the real draw: 600
 * seeded replications of two waves of a fixed population of 560 minors in 4 establishments, the second
 * wave's draw taking the first wave's respondents still present first (test-support/change-simulation.ts).
 *
 * Tolerances from the binomial SE: with 600 replications a method that covers 95 % has a coverage SE of
 * √(0.95 × 0.05 / 600) = 0.9 point, so the 93-97 % band is ±2.2 SE; the SD of the changes has a relative
 * SE of about 1 / √(2 × 600) = 2.9 %, so ±10 % on the SE ratio is ±3.4 SE. `npm run bench` runs 5,000.
 */
const REPLICATIONS = 600;
/** About 1.5 s per share on an idle core; the default 5 s is too short on a shared machine. */
const TIMEOUT_MS = 60_000;

describe('the change between two waves of the real draw', () => {
  it.each([0, 0.4, 0.8])(
    'panel share %s: the 95 percent interval covers 93-97 percent, the mean SE is the true SD within 10 percent',
    (share) => {
      const summary = changeCoverage(share, REPLICATIONS);
      expect(Math.abs(summary.panelShare - share)).toBeLessThan(0.02);
      expect(summary.coverage).toBeGreaterThanOrEqual(0.93);
      expect(summary.coverage).toBeLessThanOrEqual(0.97);
      expect(summary.seRatio).toBeGreaterThan(0.9);
      expect(summary.seRatio).toBeLessThan(1.1);
      // Unbiased with the panel sub-strata: well inside one simulation SE of the mean change.
      expect(Math.abs(summary.bias)).toBeLessThan((3 * summary.trueSd) / Math.sqrt(REPLICATIONS));
    },
    TIMEOUT_MS,
  );
});
