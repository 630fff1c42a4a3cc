// A Monte-Carlo of the real draw (core/draw) over two waves of a fixed population, to check the
// standard error of a change (core/stats/change-variance.ts): used by change-coverage.test.ts with few
// replications and by `npm run bench` with many. Deterministic: the population comes from mulberry32,
// each replication's draws from their own seeds.
import { drawSample } from '../../draw/index.ts';
import { mulberry32 } from '../../random/index.ts';
import { buildDesign, estimateChange, estimateProportion, type Design } from '../../stats/index.ts';
import { panelStrata } from '../panel-design.ts';
import type { FrameEntry, InterviewRecord } from '../types.ts';

const ESTABLISHMENTS = [
  { code: 'E1', population: 120 },
  { code: 'E2', population: 200 },
  { code: 'E3', population: 80 },
  { code: 'E4', population: 160 },
] as const;
const RATE = 0.25;

interface Minor {
  readonly code: string;
  readonly establishment: string;
  readonly y: 0 | 1;
}

export interface Population {
  readonly first: readonly Minor[];
  readonly second: readonly Minor[];
  /** Ȳ₂ − Ȳ₁, the change the interval must cover. */
  readonly trueChange: number;
}

const expit = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * Two waves of the same establishments and sizes: a share `panelShare` of each establishment's second
 * population stayed from the first (the long-stay minors, one logit more likely to have the outcome, stay
 * first), the others arrived. A stayer keeps the outcome with probability 0.7, else draws it afresh one
 * logit more likely: the two waves' values are correlated, as for the same child interviewed twice.
 */
export function simulatedPopulation(panelShare: number, seed = 2026): Population {
  const next = mulberry32(seed);
  const bernoulli = (p: number): 0 | 1 => (next() < p ? 1 : 0);
  const first: Minor[] = [];
  const second: Minor[] = [];
  for (const { code: establishment, population } of ESTABLISHMENTS) {
    const minors = Array.from({ length: population }, (_, i) => {
      const longStay = next() < 0.5 ? 1 : 0;
      return { code: `A-${establishment}-${i}`, establishment, longStay, y: bernoulli(expit(-0.3 + longStay)) };
    });
    first.push(...minors.map(({ code, y }) => ({ code, establishment, y })));
    const staying = Math.round(panelShare * population);
    const stayers = [...minors].sort((a, b) => b.longStay - a.longStay).slice(0, staying);
    second.push(
      ...stayers.map(({ code, longStay, y }) => ({
        code,
        establishment,
        y: next() < 0.7 ? y : bernoulli(expit(0.2 + longStay)),
      })),
    );
    for (let i = staying; i < population; i++) {
      second.push({
        code: `B-${establishment}-${i}`,
        establishment,
        y: bernoulli(expit(-0.2 + (next() < 0.3 ? 1 : 0))),
      });
    }
  }
  const mean = (minors: readonly Minor[]) => minors.reduce((sum, minor) => sum + minor.y, 0) / minors.length;
  return { first, second, trueChange: mean(second) - mean(first) };
}

function drawWave(minors: readonly Minor[], seed: string, panel: ReadonlySet<string>): Minor[] {
  return ESTABLISHMENTS.flatMap(({ code }) => {
    const list = minors.filter((minor) => minor.establishment === code);
    const result = drawSample({
      codes: list.map((minor) => minor.code),
      rate: RATE,
      seed,
      stratum: code,
      panel: [...panel],
    });
    if (!result.ok) throw new Error(result.problems.join('; '));
    const selected = new Set(result.draw.selected);
    return list.filter((minor) => selected.has(minor.code));
  });
}

const POPULATIONS: Readonly<Record<string, number>> = Object.fromEntries(
  ESTABLISHMENTS.map(({ code, population }) => [code, population]),
);

function firstDesign(sample: readonly Minor[]): Design {
  return buildDesign(
    sample.map((minor) => ({ stratum: minor.establishment })),
    POPULATIONS,
  );
}

/** The second wave's design as the endpoint builds it from a recorded draw (panel-design.ts). */
function secondDesign(sample: readonly Minor[], list: readonly Minor[], panel: ReadonlySet<string>): Design {
  const interviews: InterviewRecord[] = sample.map((minor) => ({
    establishment: minor.establishment,
    answers: {},
    panel: panel.has(minor.code),
  }));
  const frame: FrameEntry[] = ESTABLISHMENTS.map(({ code, population }) => ({
    establishment: code,
    population,
    panel_population: list.filter((minor) => minor.establishment === code && panel.has(minor.code)).length,
  }));
  const { units, populations } = panelStrata(interviews, frame, POPULATIONS);
  return buildDesign(units, populations);
}

/**
 * Kish's rotation covariance (1965, 12.4), the one the draw's design does not have (change-variance.ts):
 * Σ_h (1 − f_h) n_h / (n_h − 1) Σ over the units of h interviewed in both waves of z₁ z₂, z = w (y − θ̂) / Σ w.
 * Computed only to show, in the bench, what subtracting it would do to the coverage.
 */
function rotationCovariance(
  first: readonly Minor[],
  second: readonly Minor[],
  design1: Design,
  design2: Design,
  theta1: number,
  theta2: number,
): number {
  const total = (design: Design) =>
    Array.from({ length: design.size }, (_, i) => design.weight[design.unitStratum[i] ?? 0] ?? 0).reduce(
      (a, b) => a + b,
      0,
    );
  const [total1, total2] = [total(design1), total(design2)];
  const later = new Map(second.map((minor, i) => [minor.code, { minor, i }]));
  let covariance = 0;
  first.forEach((minor, i) => {
    const match = later.get(minor.code);
    if (match === undefined) return;
    const h = design1.unitStratum[i] ?? 0;
    const n = design1.sampleSize[h] ?? 0;
    const z1 = ((design1.weight[h] ?? 0) * (minor.y - theta1)) / total1;
    const z2 = ((design2.weight[design2.unitStratum[match.i] ?? 0] ?? 0) * (match.minor.y - theta2)) / total2;
    covariance += (((design1.fpc[h] ?? 0) * n) / (n - 1)) * z1 * z2;
  });
  return covariance;
}

export interface Replication {
  readonly change: number;
  readonly se: number;
  readonly covered: boolean;
  /** Covered by the interval that subtracts Kish's rotation covariance. */
  readonly coveredWithRotationCovariance: boolean;
  /** Share of the second sample that is panel. */
  readonly panelShare: number;
}

export function replicate(population: Population, r: number): Replication {
  const first = drawWave(population.first, `mc-${r}-1`, new Set());
  const respondents = new Set(first.map((minor) => minor.code));
  const second = drawWave(population.second, `mc-${r}-2`, respondents);
  const design1 = firstDesign(first);
  const design2 = secondDesign(second, population.second, respondents);
  const earlier = estimateProportion(
    design1,
    first.map((minor) => minor.y),
  );
  const later = estimateProportion(
    design2,
    second.map((minor) => minor.y),
  );
  const change = estimateChange(
    { estimate: earlier.estimate ?? 0, se: earlier.se ?? 0, df: earlier.df },
    { estimate: later.estimate ?? 0, se: later.se ?? 0, df: later.df },
  );
  const rotation = rotationCovariance(first, second, design1, design2, earlier.estimate ?? 0, later.estimate ?? 0);
  const narrowed = Math.sqrt(Math.max(0, change.se * change.se - 2 * rotation));
  const halfWidth = ((change.ci_high - change.ci_low) / 2 / change.se) * narrowed;
  return {
    change: change.change,
    se: change.se,
    covered: change.ci_low <= population.trueChange && population.trueChange <= change.ci_high,
    coveredWithRotationCovariance: Math.abs(change.change - population.trueChange) <= halfWidth,
    panelShare: second.filter((minor) => respondents.has(minor.code)).length / second.length,
  };
}

export interface CoverageSummary {
  readonly replications: number;
  readonly panelShare: number;
  readonly coverage: number;
  readonly coverageWithRotationCovariance: number;
  /** Mean estimated SE over the SD of the changes across replications. */
  readonly seRatio: number;
  readonly bias: number;
  readonly trueSd: number;
}

export function changeCoverage(panelShare: number, replications: number): CoverageSummary {
  const population = simulatedPopulation(panelShare);
  const runs = Array.from({ length: replications }, (_, r) => replicate(population, r));
  const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const changes = runs.map((run) => run.change);
  const centre = mean(changes);
  const trueSd = Math.sqrt(changes.reduce((sum, change) => sum + (change - centre) ** 2, 0) / (changes.length - 1));
  return {
    replications,
    panelShare: mean(runs.map((run) => run.panelShare)),
    coverage: runs.filter((run) => run.covered).length / replications,
    coverageWithRotationCovariance: runs.filter((run) => run.coveredWithRotationCovariance).length / replications,
    seRatio: mean(runs.map((run) => run.se)) / trueSd,
    bias: centre - population.trueChange,
    trueSd,
  };
}
