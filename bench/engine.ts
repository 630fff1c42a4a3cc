// The indicator engine on a synthetic wave: 100,000 interviews in 60 establishments, 25 indicators,
// 3 domain variables; and, where R with the survey package is installed, R on the same data.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mulberry32 } from '../core/random/index.ts';
import {
  computeIndicators,
  loadDisclosureSolver,
  type FrameEntry,
  type IndicatorDefinition,
  type InterviewRecord,
} from '../core/indicators/index.ts';

const INTERVIEWS = 100_000;
const STRATA = 60;
const TYPES = ['cre', 'quartier_mineurs', 'centre_sauvegarde'];
const REGIONS = ['Casablanca-Settat', 'Rabat-Salé-Kénitra', 'Fès-Meknès', 'Marrakech-Safi', 'Oriental', 'Souss-Massa'];
const BY = ['SEX', 'establishment_type', 'region'];

export interface SyntheticWave {
  frame: FrameEntry[];
  interviews: InterviewRecord[];
  indicators: IndicatorDefinition[];
  knownCodes: Set<string>;
}

export function syntheticWave(size = INTERVIEWS, strata = STRATA): SyntheticWave {
  const next = mulberry32(2026);
  const frame: FrameEntry[] = Array.from({ length: strata }, (_, index) => ({
    establishment: `E${String(index + 1).padStart(2, '0')}`,
    population: 0,
    establishment_type: TYPES[index % TYPES.length] ?? 'cre',
    region: REGIONS[index % REGIONS.length] ?? 'Oriental',
  }));
  const interviews: InterviewRecord[] = [];
  for (let index = 0; index < size; index += 1) {
    const stratum = frame[Math.floor(next() * strata)] ?? frame[0];
    if (!stratum) throw new Error('empty frame');
    const answers: Record<string, unknown> = { SEX: next() < 0.08 ? 'f' : 'm', AGE: 13 + Math.floor(next() * 5) };
    for (let question = 1; question <= 20; question += 1) {
      if (next() > 0.05) answers[`Q${question}`] = next() < 0.3 + question / 40 ? 'yes' : 'no';
    }
    for (let scale = 1; scale <= 5; scale += 1) {
      if (next() > 0.05) answers[`S${scale}`] = 1 + Math.floor(next() * 5);
    }
    interviews.push({
      establishment: stratum.establishment,
      answers,
      attributes: { establishment_type: stratum.establishment_type ?? null, region: stratum.region ?? null },
    });
  }
  const sampled = new Map<string, number>();
  for (const interview of interviews)
    sampled.set(interview.establishment, (sampled.get(interview.establishment) ?? 0) + 1);
  const sizedFrame = frame.map((entry) => ({
    ...entry,
    population: Math.ceil((sampled.get(entry.establishment) ?? 1) * 4),
  }));
  const indicators: IndicatorDefinition[] = [
    ...Array.from({ length: 20 }, (_, index): IndicatorDefinition => ({
      code: `P${index + 1}`,
      type: 'proportion',
      numerator: `\${Q${index + 1}} = 'yes'`,
      denominator: index % 4 === 0 ? '${AGE} >= 15' : null,
      direction: 'higher_is_better',
      // A quarter of them sensitive, so the bench covers attribute disclosure too.
      dimension: index % 4 === 1 ? 'SAFETY' : null,
    })),
    ...Array.from({ length: 5 }, (_, index): IndicatorDefinition => ({
      code: `M${index + 1}`,
      type: 'mean',
      numerator: `\${S${index + 1}}`,
      denominator: null,
      direction: 'higher_is_better',
    })),
  ];
  const knownCodes = new Set([
    'SEX',
    'AGE',
    ...Array.from({ length: 20 }, (_, index) => `Q${index + 1}`),
    ...Array.from({ length: 5 }, (_, index) => `S${index + 1}`),
  ]);
  return { frame: sizedFrame, interviews, indicators, knownCodes };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

export function timeEngine(wave: SyntheticWave, repeats = 3): { seconds: number; results: number } {
  const times: number[] = [];
  let results = 0;
  for (let run = 0; run < repeats; run += 1) {
    const started = performance.now();
    results = 0;
    for (const by of [[], ...BY.map((variable) => [variable])]) {
      results += computeIndicators(wave.indicators, wave.interviews, wave.frame, wave.knownCodes, {
        by,
        disclosure: false,
      }).length;
    }
    times.push((performance.now() - started) / 1000);
  }
  return { seconds: median(times), results };
}

/** R's svymean (and svyby) for the same indicators and domains, timed inside R; null without R. */
export function timeR(wave: SyntheticWave): { seconds: number; version: string } | null {
  if (spawnSync('Rscript', ['-e', 'library(survey)'], { stdio: 'ignore' }).status !== 0) return null;
  const folder = mkdtempSync(join(tmpdir(), 'barometre-bench-r-'));
  try {
    const population = new Map(wave.frame.map((entry) => [entry.establishment, entry.population]));
    const columns = [
      'stratum',
      'population',
      'SEX',
      'establishment_type',
      'region',
      'AGE',
      ...Array.from({ length: 20 }, (_, i) => `Q${i + 1}`),
      ...Array.from({ length: 5 }, (_, i) => `S${i + 1}`),
    ];
    const lines = wave.interviews.map((interview) => {
      const answers = interview.answers;
      const cell = (value: unknown) =>
        value === undefined ? 'NA' : value === 'yes' ? '1' : value === 'no' ? '0' : String(value);
      return [
        interview.establishment,
        population.get(interview.establishment),
        answers['SEX'],
        interview.attributes?.['establishment_type'],
        interview.attributes?.['region'],
        ...columns.slice(5).map((column) => cell(answers[column])),
      ].join(',');
    });
    writeFileSync(join(folder, 'wave.csv'), `${columns.join(',')}\n${lines.join('\n')}\n`);
    const script = `
suppressMessages(library(survey)); options(survey.lonely.psu = "adjust")
d <- read.csv("${join(folder, 'wave.csv')}")
des <- svydesign(ids = ~1, strata = ~stratum, fpc = ~population, data = d)
elapsed <- system.time({
  for (i in 1:25) {
    v <- if (i <= 20) paste0("Q", i) else paste0("S", i - 20)
    keep <- !is.na(d[[v]]) & (if (i <= 20 && (i - 1) %% 4 == 0) d$AGE >= 15 else TRUE)
    sub <- subset(des, keep)
    f <- as.formula(paste0("~", v))
    svymean(f, sub, deff = TRUE)
    if (i <= 20) svyciprop(f, sub, method = "logit")
    for (by in c("SEX", "establishment_type", "region")) svyby(f, as.formula(paste0("~", by)), sub, svymean, deff = TRUE)
  }
})[["elapsed"]]
cat(elapsed, as.character(packageVersion("survey")), "\\n")`;
    const output = execFileSync('Rscript', ['-e', script], { encoding: 'utf8', maxBuffer: 10_000_000 })
      .trim()
      .split(/\s+/);
    return { seconds: Number(output[0]), version: output[1] ?? '?' };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * The disclosure pattern of a demo-sized wave (250 interviews, 12 establishments): every indicator
 * over the whole menu and the frame, computed once (the pattern is then cached with the wave's data).
 */
export async function timeDisclosure(): Promise<{
  seconds: number;
  cpuSeconds: number;
  interviews: number;
  indicators: number;
  suppressed: number;
}> {
  await loadDisclosureSolver();
  const wave = syntheticWave(250, 12);
  const start = performance.now();
  // CPU time too: on a shared machine the wall clock measures the neighbours as much as the code.
  const cpu = process.cpuUsage();
  const results = computeIndicators(wave.indicators, wave.interviews, wave.frame, wave.knownCodes, { by: [] });
  const used = process.cpuUsage(cpu);
  const seconds = (performance.now() - start) / 1000;
  const cpuSeconds = (used.user + used.system) / 1e6;
  const suppressed = ['SEX', 'establishment_type', 'region'].reduce(
    (sum, variable) =>
      sum +
      computeIndicators(wave.indicators, wave.interviews, wave.frame, wave.knownCodes, { by: [variable] }).filter(
        (result) => 'suppressed' in result && result.suppressed,
      ).length,
    results.filter((result) => 'suppressed' in result && result.suppressed).length,
  );
  return { seconds, cpuSeconds, interviews: wave.interviews.length, indicators: wave.indicators.length, suppressed };
}
