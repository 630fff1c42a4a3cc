import fc from 'fast-check';

/**
 * Test-only generator of small stratified samples: strata of 1 to 6 units (lonely strata included),
 * populations from n_h (a stratum taken whole) to 5 n_h, values with a domain flag and missing values.
 */
export interface RandomSample {
  readonly strata: readonly string[];
  readonly populations: Readonly<Record<string, number>>;
  readonly values: readonly (number | null)[];
  readonly inDomain: readonly boolean[];
}

export const randomSample: fc.Arbitrary<RandomSample> = fc
  .array(
    fc.record({
      units: fc.array(
        fc.record({
          value: fc.option(
            fc.integer({ min: -50, max: 50 }).map((v) => v / 4),
            { freq: 6 },
          ),
          inDomain: fc.boolean(),
        }),
        { minLength: 1, maxLength: 6 },
      ),
      extra: fc.integer({ min: 0, max: 20 }),
    }),
    { minLength: 2, maxLength: 6 },
  )
  .map((strata) => {
    const codes: string[] = [];
    const values: (number | null)[] = [];
    const inDomain: boolean[] = [];
    const populations: Record<string, number> = {};
    strata.forEach((stratum, h) => {
      const code = `S${h}`;
      populations[code] = stratum.units.length + stratum.extra;
      for (const unit of stratum.units) {
        codes.push(code);
        values.push(unit.value);
        inDomain.push(unit.inDomain);
      }
    });
    return { strata: codes, populations, values, inDomain };
  });

/**
 * Linearised variance of the domain mean computed the long way, as R `svyrecvar` does: the influence
 * vector over every unit (zeros outside the domain), then per stratum (1 - f) n/(n - 1) Σ (z - z̄)²,
 * or (1 - f) z² for a lonely unit.
 */
export function naiveDomainMean(sample: RandomSample): { estimate: number; variance: number } | null {
  const { strata, populations, values, inDomain } = sample;
  const sizes = new Map<string, number>();
  for (const code of strata) sizes.set(code, (sizes.get(code) ?? 0) + 1);
  const weightOf = (code: string): number => (populations[code] ?? 0) / (sizes.get(code) ?? 1);
  let total = 0;
  let size = 0;
  strata.forEach((code, i) => {
    const value = values[i];
    if (value === null || value === undefined || !inDomain[i]) return;
    total += weightOf(code) * value;
    size += weightOf(code);
  });
  if (size === 0) return null;
  const estimate = total / size;
  const influence = strata.map((code, i) => {
    const value = values[i];
    return value === null || value === undefined || !inDomain[i] ? 0 : (weightOf(code) * (value - estimate)) / size;
  });
  let variance = 0;
  for (const [code, n] of sizes) {
    const z = influence.filter((_, i) => strata[i] === code);
    const f = 1 - n / (populations[code] ?? n);
    if (n === 1) {
      variance += f * (z[0] ?? 0) ** 2;
      continue;
    }
    const mean = z.reduce((a, b) => a + b, 0) / n;
    variance += ((f * n) / (n - 1)) * z.reduce((a, b) => a + (b - mean) ** 2, 0);
  }
  return { estimate, variance };
}
