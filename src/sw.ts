/// <reference lib="webworker" />
// The kiosk's service worker: the app shell and fonts are precached at install, so the kiosk
// starts with the server gone. Content JSON always goes to the network (the page validates it and
// keeps the last good set itself); media is network-first with a cached copy for offline.
import { cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { NetworkFirst, NetworkOnly } from 'workbox-strategies';
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { ExpirationPlugin } from 'workbox-expiration';
import { clientsClaim } from 'workbox-core';
import { ANSWER_WITHIN_MS, FROZEN_AFTER_MS, FrozenPageWatch } from './kiosk/frozen-page.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: { url: string; revision: string | null }[] };

export const MEDIA_CACHE = 'kiosk-media-v1';
const manifest = self.__WB_MANIFEST;

// Any query string (?now=…, ?scene=…) still gets the precached app shell.
precacheAndRoute(manifest, { ignoreURLParametersMatching: [/.*/] });
cleanupOutdatedCaches();
// The first version takes the page at once; later versions wait until the page asks (at a scene
// boundary), so an update never cuts a scene in half.
clientsClaim();

// Content JSON: never served stale by the worker; the page falls back to its last good set.
registerRoute(({ url, request }) => url.origin === self.location.origin && request.destination === '' && url.pathname.endsWith('.json'), new NetworkOnly());

// Pictures and other media inside content sets.
registerRoute(
  ({ url, request }) => url.origin === self.location.origin && (request.destination === 'image' || /\/media\//.test(url.pathname)),
  new NetworkFirst({
    cacheName: MEDIA_CACHE,
    networkTimeoutSeconds: 4,
    plugins: [new CacheableResponsePlugin({ statuses: [200] }), new ExpirationPlugin({ maxEntries: 2000, purgeOnQuotaError: false })],
  }),
);

// A navigation while offline that is not in the precache (e.g. /?now=…) gets the app shell.
setCatchHandler(async ({ request }) => {
  if (request.mode === 'navigate') {
    const shell = await caches.match('index.html', { ignoreSearch: true });
    if (shell) return shell;
  }
  return Response.error();
});

// Frozen-page watchdog: pages send a heartbeat from their animation frames once a second. A
// visible page whose heartbeats stop is asked whether it is alive, and reloaded only if it does not
// answer either (kiosk/frozen-page.ts: a busy machine must never reload the kiosk).
const frozen = new FrozenPageWatch();
let watching: ReturnType<typeof setInterval> | null = null;

async function checkHeartbeats(): Promise<void> {
  const now = Date.now();
  const { ask, reload } = frozen.check(now);
  for (const id of ask) {
    const client = await self.clients.get(id);
    if (client) client.postMessage({ type: 'PING' });
    else frozen.forget(id);
  }
  for (const id of reload) {
    const client = (await self.clients.get(id)) as WindowClient | undefined;
    if (!client || client.visibilityState !== 'visible') continue;
    if (!frozen.takeReload(now)) continue;
    console.warn('[sw] page stopped drawing and does not answer; reloading it');
    await client.navigate(client.url).catch(() => undefined);
  }
  if (frozen.watching === 0 && watching) {
    clearInterval(watching);
    watching = null;
  }
}

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const data = event.data as { type?: string; frozenAfterMs?: number; answerWithinMs?: number } | null;
  const source = event.source as Client | null;
  if (data?.type === 'HEARTBEAT' && source) {
    frozen.heard(source.id, Date.now(), data.frozenAfterMs ?? FROZEN_AFTER_MS, data.answerWithinMs ?? ANSWER_WITHIN_MS);
    watching ??= setInterval(() => void checkHeartbeats(), 1_000);
    return;
  }
  if (data?.type === 'ALIVE' && source) frozen.answered(source.id, Date.now());
  if (data?.type === 'HIDDEN' && source) frozen.forget(source.id);
  if (data?.type === 'SKIP_WAITING') void self.skipWaiting();
  if (data?.type === 'PRECACHE_PROGRESS') {
    event.waitUntil(
      (async () => {
        const names = await caches.keys();
        let done = 0;
        for (const name of names.filter((n) => n.startsWith('workbox-precache'))) done += (await (await caches.open(name)).keys()).length;
        event.ports[0]?.postMessage({ done: Math.min(done, manifest.length), total: manifest.length });
      })(),
    );
  }
});
