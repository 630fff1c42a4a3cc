import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDesign, type Design } from './design.ts';
import { jackknifeScales, jackknifeVariance, replicateMeans } from './jackknife.ts';
import { randomSample } from './test-support/random-design.ts';

/**
 * The closed form against explicit replicate weights built as R `jknweights` does for
 * `as.svrepdesign(design, type = "JKn")` with lonely.psu = "adjust" (survey 4.1 R/surveyrep.R).
 */
function explicitReplicates(design: Design, y: readonly (number | null)[]): { values: number[]; scales: number[] } {
  const values: number[] = [];
  const scales: number[] = [];
  const strata = design.strata.length;
  for (let dropped = 0; dropped < design.size; dropped++) {
    const h = design.unitStratum[dropped] ?? 0;
    const nh = design.sampleSize[h] ?? 0;
    const f = design.fpc[h] ?? 0;
    let total = 0;
    let size = 0;
    for (let i = 0; i < design.size; i++) {
      const g = design.unitStratum[i] ?? 0;
      let factor = 1;
      if (i === dropped) factor = 0;
      else if (nh === 1) factor = strata / (strata - 1);
      else if (g === h) factor = nh / (nh - 1);
      const value = y[i] ?? null;
      if (value === null) continue;
      const w = factor * (design.weight[g] ?? 0);
      total += w * value;
      size += w;
    }
    values.push(total / size);
    scales.push(f <= 0 ? 0 : nh === 1 ? (strata - 1) / strata : (f * (nh - 1)) / nh);
  }
  return { values, scales };
}

describe('stratified jackknife', () => {
  it('gives each replicate the domain mean of the explicit replicate weights (property, 1e-12)', () => {
    fc.assert(
      fc.property(randomSample, (sample) => {
        const design = buildDesign(
          sample.strata.map((stratum) => ({ stratum })),
          sample.populations,
        );
        const y = sample.values.map((value, i) => (sample.inDomain[i] ? value : null));
        const buffer = new Float64Array(design.size);
        replicateMeans(design, y, buffer);
        const expected = explicitReplicates(design, y);
        const scales = jackknifeScales(design);
        expected.values.forEach((value, r) => {
          const actual = buffer[r] ?? Number.NaN;
          if (Number.isNaN(value)) expect(actual).toBeNaN();
          else expect(Math.abs(actual - value)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(value)));
          expect(scales[r]).toBeCloseTo(expected.scales[r] ?? Number.NaN, 14);
        });
      }),
    );
  });

  it('centres the variance at the mean of the replicates (R survey.replicates.mse = FALSE)', () => {
    // replicates 1, 2, 6 with scales 1, 1, 0.5 and one that does not exist: mean 3.
    expect(jackknifeVariance([1, 2, 6, 100], [1, 1, 0.5, 0])).toBeCloseTo(4 + 1 + 0.5 * 9, 12);
    expect(jackknifeVariance([1, Number.NaN, 3], [1, 1, 1])).toBeCloseTo(2, 12);
  });
});
