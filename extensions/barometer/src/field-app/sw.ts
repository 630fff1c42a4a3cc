/// <reference lib="webworker" />
// Keeps the offline page's files (never the API's answers: data lives encrypted in IndexedDB) so the
// page opens in a centre with no network. The build writes the file list and its hash into
// PRECACHE_MANIFEST, so a new build is a new service worker with a new cache.
declare const self: ServiceWorkerGlobalScope;

interface PrecacheManifest {
  version: string;
  files: string[];
}

const manifest: PrecacheManifest = JSON.parse('__PRECACHE_MANIFEST__');
const CACHE_PREFIX = 'omp-terrain-';
const cacheName = `${CACHE_PREFIX}${manifest.version}`;
const precached = new Set(
  ['./', ...manifest.files.map((file) => `./${file}`)].map((path) => new URL(path, self.location.href).href),
);

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(cacheName);
      await cache.addAll([...precached]);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== cacheName).map((name) => caches.delete(name)),
      );
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  url.search = '';
  if (event.request.method !== 'GET' || !precached.has(url.href)) return;
  // The page's files first from the cache: the same page opens online and offline.
  event.respondWith((async () => (await caches.match(url.href, { cacheName })) ?? fetch(event.request))());
});
