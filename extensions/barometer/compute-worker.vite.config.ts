// The compute worker (core/compute/worker.ts): a Node entry of its own, built beside the bundle as
// dist/compute-worker.js, which the server's compute queue starts as worker threads. Its packages
// (pdfmake, vega, fonts, highs, zod) stay external and are resolved from node_modules, as for dist/api.js.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    ssr: fileURLToPath(new URL('../../core/compute/worker.ts', import.meta.url)),
    outDir: fileURLToPath(new URL('./dist/', import.meta.url)),
    emptyOutDir: false,
    target: 'node22',
    minify: false,
    // The report renderer is a chunk of its own, imported on a thread's first report; names without a
    // hash, so that rebuilds replace it rather than pile up beside it.
    rollupOptions: {
      output: { entryFileNames: 'compute-worker.js', chunkFileNames: 'compute-worker-[name].js', format: 'es' },
    },
  },
});
