/* global self, caches */
// Kinmap demo service worker: keeps the app's own files so it opens without a network.
// It only ever fetches this site's own files; family maps live in IndexedDB and are never sent anywhere.
// The build (vite.config.ts) fills in the list of files and names the cache after their hashes.
const PRECACHE = self.__KINMAP_PRECACHE__ ?? ['./', './index.html'];
const CACHE = `kinmap-demo-${self.__KINMAP_VERSION__ ?? 'dev'}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
  self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  // The shared-map mode's portal API (family data, the inbox and its live stream) is never kept on
  // the device: it goes to the network untouched, so nothing stays in the cache after signing out.
  if (url.pathname.includes('/api/')) return;
  // Network first (so a new version shows when online), falling back to the copy kept last time.
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          void caches.open(CACHE).then((cache) => cache.put(request, copy));
        }
        return response;
      })
      .catch(() =>
        caches
          .match(request, { ignoreVary: true })
          .then((hit) => hit ?? (request.mode === 'navigate' ? caches.match('./') : undefined))
          .then((hit) => hit ?? new Response('Offline and not saved yet', { status: 503 })),
      ),
  );
});
