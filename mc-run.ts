import { changeCoverageBenchmark, coverageRow } from './bench/change-coverage.ts';
for (const summary of changeCoverageBenchmark(5000)) console.log(coverageRow(summary));
