import { test } from 'vitest';
import { writeFileSync } from 'node:fs';
import { buildFixtureModel } from './fixture/model.ts';
import { buildReportDocument } from './document.ts';
import { renderPdf } from './render.ts';
test('scratch', async () => {
  const t0 = performance.now();
  const doc = await buildReportDocument(buildFixtureModel());
  const t1 = performance.now();
  const pdf = await renderPdf(doc);
  const t2 = performance.now();
  writeFileSync('test-artifacts/report/scratch.pdf', pdf);
  console.log('build', t1 - t0, 'render', t2 - t1, pdf.length);
}, 60000);
