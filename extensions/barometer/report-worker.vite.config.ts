// The report worker (core/report/worker.ts): a Node entry of its own, built beside the bundle as
// dist/report-worker.js, which the server's report queue starts as a worker thread. Its packages
// (pdfmake, vega, fonts, zod) stay external and are resolved from node_modules, as for dist/api.js.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    ssr: fileURLToPath(new URL('../../core/report/worker.ts', import.meta.url)),
    outDir: fileURLToPath(new URL('./dist/', import.meta.url)),
    emptyOutDir: false,
    target: 'node22',
    minify: false,
    rollupOptions: { output: { entryFileNames: 'report-worker.js', format: 'es' } },
  },
});
