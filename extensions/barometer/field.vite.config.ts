// The offline entry page (src/field-app): a small Vue app of its own, built beside the bundle in
// dist/field and served by the barometer endpoint, with a service worker that precaches it.
import vue from '@vitejs/plugin-vue';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { FIELD_ASSET_NAME } from './src/shared/field-assets.ts';

const SERVICE_WORKER = 'sw.js';

/** Writes the list of built files and their hash into the service worker. */
function precacheManifest(): Plugin {
  return {
    name: 'omp-precache-manifest',
    generateBundle(_options, bundle) {
      const worker = bundle[SERVICE_WORKER];
      if (!worker || worker.type !== 'chunk') this.error('the service worker chunk is missing');
      const files = Object.keys(bundle)
        .filter((name) => name !== SERVICE_WORKER)
        .sort();
      const unserved = files.filter(
        (name) => name !== 'index.html' && !(name.startsWith('assets/') && FIELD_ASSET_NAME.test(name.slice(7))),
      );
      if (unserved.length > 0)
        this.error(
          `the offline page would precache files the endpoint does not serve (${unserved.join(', ')}): its service worker would never install`,
        );
      const hash = createHash('sha256');
      for (const name of files) {
        const output = bundle[name];
        hash.update(name).update(output?.type === 'chunk' ? output.code : String(output?.source ?? ''));
      }
      const manifest = JSON.stringify({
        version: hash.digest('hex').slice(0, 16),
        files: files.filter((name) => name !== 'index.html'),
      });
      worker.code = worker.code.replace(/(["'])__PRECACHE_MANIFEST__\1/, JSON.stringify(manifest));
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('./src/field-app/', import.meta.url)),
  base: './',
  plugins: [vue(), precacheManifest()],
  build: {
    outDir: fileURLToPath(new URL('./dist/field/', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      input: {
        index: fileURLToPath(new URL('./src/field-app/index.html', import.meta.url)),
        sw: fileURLToPath(new URL('./src/field-app/sw.ts', import.meta.url)),
      },
      output: {
        entryFileNames: (chunk) => (chunk.name === 'sw' ? SERVICE_WORKER : 'assets/[name]-[hash].js'),
      },
    },
  },
});
