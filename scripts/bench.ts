// `npm run bench`: the performance figures quoted in the README, written to bench/RESULTS.md and
// bench/results.json. Timings are measured here, never asserted in tests. `BENCH_ONLY` (a comma-separated
// list of disclosure, report, import) measures only those, on the database of DB_CLIENT, and updates
// their lines of bench/RESULTS.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { changeCoverageBenchmark, coverageRow } from '../bench/change-coverage.ts';
import { timeDisclosure, timeEngine, timeR, syntheticWave } from '../bench/engine.ts';
import { indicatorsBenchmark, reportBenchmark, saveBenchmark, type Timing } from '../bench/http.ts';
import { importBenchmark, importFiles, type ImportTiming } from '../bench/import.ts';
import { loadBenchmark } from '../bench/load.ts';
import { login } from './lib/api.ts';
import { projectRoot } from './lib/env.ts';
import { ensureExtensionBuilt } from './lib/prepare.ts';
import { demoUser } from '../seed/demo-users.ts';
import { startTestInstance, type DatabaseClient } from '../test/setup/instance.ts';

const client: DatabaseClient = process.env['DB_CLIENT'] === 'pg' ? 'pg' : 'sqlite3';
const runs = Number(process.env['BENCH_RUNS'] ?? 200);
const ms = (timing: Timing) => `${timing.median.toFixed(1)} ms (p95 ${timing.p95.toFixed(1)} ms, ${timing.runs} runs)`;
const resultsFile = join(projectRoot, 'bench', 'RESULTS.md');
const importLabel = `| Interview import, 100,000 rows in 4 CSV files of 25,000, Directus on ${client}`;
const importLine = (timing: ImportTiming) =>
  `${importLabel} | ${timing.seconds.toFixed(1)} s (${((timing.seconds * 1000) / timing.rows).toFixed(2)} ms a row; files ${timing.perFile.map((seconds) => seconds.toFixed(1)).join(', ')} s) | < 60 s |`;
const loginAs = (url: string, key: 'analyst' | 'coordinator') =>
  login(url, demoUser(key).email, demoUser(key).password);

const disclosureLabel = "| Disclosure pattern (HiGHS MIP + reader's LP audit)";
const disclosureLine = (timing: Awaited<ReturnType<typeof timeDisclosure>>) =>
  `${disclosureLabel}, ${timing.interviews} interviews × ${timing.indicators} indicators, whole menu and frame, uncached | ${timing.seconds.toFixed(2)} s (CPU ${timing.cpuSeconds.toFixed(2)} s) | < 2 s |`;
const reportLabel = '| W1 barometer report (PDF built, or rebuilt to the same bytes, and stored)';
const reportLine = (timing: { first: number; rebuilds: Timing } | null) =>
  `${reportLabel} | ${timing ? `first build ${timing.first.toFixed(0)} ms; rebuilds ${ms(timing.rebuilds)}` : 'failed in this run'} | < 2 s |`;

/** Replaces the lines of bench/RESULTS.md that start with a measured label (appends the new ones). */
function updateResults(lines: ReadonlyArray<readonly [label: string, line: string]>): void {
  const current = existsSync(resultsFile)
    ? readFileSync(resultsFile, 'utf8').trimEnd().split('\n')
    : ['# Benchmark results', '', '| what | figure | goal |', '| --- | --- | --- |'];
  for (const [label, line] of lines) {
    const at = current.findIndex((row) => row.startsWith(label));
    if (at === -1) current.push(line);
    else current[at] = line;
  }
  writeFileSync(resultsFile, `${current.join('\n')}\n`);
  console.log('Updated bench/RESULTS.md');
}

// `BENCH_ONLY=disclosure,report,import`: only those measures, each updating its own line.
const only = new Set((process.env['BENCH_ONLY'] ?? '').split(',').filter(Boolean));
if (only.size > 0) {
  const measured: Array<readonly [string, string]> = [];
  if (only.has('disclosure')) {
    const timing = await timeDisclosure();
    measured.push([disclosureLabel, disclosureLine(timing)]);
    console.log(`  ${disclosureLine(timing)}`);
  }
  if (only.has('report') || only.has('import')) {
    ensureExtensionBuilt();
    const instance = await startTestInstance({ client });
    try {
      if (only.has('report')) {
        const report = await reportBenchmark(await loginAs(instance.info.url, 'coordinator'), 5);
        measured.push([reportLabel, reportLine(report)]);
        console.log(`  ${reportLine(report)}`);
      }
      if (only.has('import')) {
        const admin = await login(instance.info.url, instance.info.adminEmail, instance.info.adminPassword);
        const timing = await importBenchmark(admin, await loginAs(instance.info.url, 'coordinator'), importFiles());
        measured.push([importLabel, importLine(timing)]);
        console.log(`  ${importLine(timing)}`);
      }
    } finally {
      await instance.dispose();
    }
  }
  updateResults(measured);
  process.exit(0);
}

console.log('Engine: 100,000 synthetic interviews, 25 indicators, overall and by 3 domain variables...');
const wave = syntheticWave();
const engine = timeEngine(wave);
console.log(`  ours: ${engine.seconds.toFixed(2)} s for ${engine.results} estimates`);
const r = timeR(wave);
console.log(
  r
    ? `  R survey ${r.version}: ${r.seconds.toFixed(2)} s (ratio R / ours: ${(r.seconds / engine.seconds).toFixed(1)})`
    : '  R with the survey package is not installed: no comparison.',
);

const disclosure = await timeDisclosure();
console.log(
  `Disclosure pattern, ${disclosure.interviews} interviews, ${disclosure.indicators} indicators, whole menu and frame: ${disclosure.seconds.toFixed(2)} s (CPU ${disclosure.cpuSeconds.toFixed(2)} s, ${disclosure.suppressed} cells withheld)`,
);
const replications = Number(process.env['BENCH_MC_REPLICATIONS'] ?? 5000);
console.log(`Change between waves: Monte-Carlo of the real draw, ${replications} replications per panel share...`);
const coverage = changeCoverageBenchmark(replications);
for (const summary of coverage) console.log(`  ${coverageRow(summary)}`);

ensureExtensionBuilt();
console.log(`HTTP benchmarks on a fresh Directus (${client}) with the demo...`);
const instance = await startTestInstance({ client });
try {
  const admin = await login(instance.info.url, instance.info.adminEmail, instance.info.adminPassword);
  const as = (key: 'analyst' | 'coordinator') => loginAs(instance.info.url, key);
  const save = await saveBenchmark(admin, runs);
  console.log(
    `  interview save, full validation: ${ms(save.validated)}; plain Directus save: ${ms(save.plain)}; ratio ${save.ratio.toFixed(2)}`,
  );
  const indicators = await indicatorsBenchmark(await as('analyst'), 20);
  console.log(
    `  W1 indicators by SEX x type x region: ${ms(indicators.crossed)}; three separate breakdowns: ${ms(indicators.separate)}`,
  );
  const report = await reportBenchmark(await as('coordinator'), 5).catch((error: unknown) => {
    // Kept as a finding rather than stopping the other measures: the server's own log says why.
    console.error(
      `  W1 report failed: ${String(error)}\n--- Directus log (tail) ---\n${instance.server.output().slice(-6000)}`,
    );
    return null;
  });
  console.log(`  ${reportLine(report)}`);
  const imports = await importBenchmark(admin, await as('coordinator'), importFiles());
  console.log(`  ${importLine(imports)}`);
  // Last: it adds W2 interviews the other measures do not expect.
  const load = await loadBenchmark(admin);
  console.log(
    `  load: ${load.enumerators} enumerators, ${load.seconds.toFixed(0)} s: ${load.saved} interviews (${load.throughput.toFixed(1)}/s), p50 ${load.latency.p50.toFixed(0)} ms, p95 ${load.latency.p95.toFixed(0)} ms, p99 ${load.latency.p99.toFixed(0)} ms; lost ${load.lost}, duplicated ${load.duplicated}, extra ${load.unexpected}`,
  );

  const results = {
    date: new Date().toISOString(),
    machine: `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`,
    database: client,
    engine: {
      interviews: 100_000,
      indicators: 25,
      domainVariables: 3,
      seconds: engine.seconds,
      estimates: engine.results,
      r,
    },
    disclosure,
    coverage,
    save,
    indicators,
    report,
    imports,
    load,
  };
  writeFileSync(join(projectRoot, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(
    resultsFile,
    [
      `# Benchmark results`,
      '',
      `Measured ${results.date.slice(0, 10)} by \`npm run bench\` on ${results.machine}, Directus on ${client}.`,
      '',
      '| what | figure | goal |',
      '| --- | --- | --- |',
      `| Indicator engine, 100,000 interviews × 25 indicators, overall + 3 domain variables (${engine.results} estimates) | ${engine.seconds.toFixed(2)} s | no slower than R |`,
      `| R \`survey\` on the same data (svymean + svyciprop + svyby, deff) | ${r ? `${r.seconds.toFixed(2)} s (R ${r.version}; R / ours = ${(r.seconds / engine.seconds).toFixed(1)})` : 'R not installed'} | |`,
      disclosureLine(disclosure),
      `| Interview save with full validation (median) | ${ms(save.validated)} | ≤ 1.2 × plain |`,
      `| Plain Directus item save, same payload (median) | ${ms(save.plain)} | |`,
      `| Ratio validated / plain | ${save.ratio.toFixed(2)} | ≤ 1.2 |`,
      `| W1 (250 interviews), all indicators by SEX × type × region, one request | ${ms(indicators.crossed)} | < 500 ms |`,
      `| W1, all indicators by SEX, by type and by region (3 requests in parallel) | ${ms(indicators.separate)} | < 500 ms |`,
      reportLine(report),
      importLine(imports),
      `| Load: ${load.enumerators} enumerators saving interviews for ${load.seconds.toFixed(0)} s | ${load.saved} interviews, ${load.throughput.toFixed(1)}/s; p50 ${load.latency.p50.toFixed(0)} ms, p95 ${load.latency.p95.toFixed(0)} ms, p99 ${load.latency.p99.toFixed(0)} ms | 0 lost, 0 duplicated |`,
      `| Load: lost / duplicated / unexpected interviews | ${load.lost} / ${load.duplicated} / ${load.unexpected} | 0 / 0 / 0 |`,
      ...coverage.map(coverageRow),
      '',
    ].join('\n'),
  );
  console.log('Wrote bench/RESULTS.md and bench/results.json');
} finally {
  await instance.dispose();
}
