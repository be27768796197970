// What the bench measures: the kiosk and its peer, behind one interface, so that every
// measurement runs the same code on both.
import type { Page } from '@playwright/test';
import { pathToFileURL } from 'node:url';
import { waitForServiceWorker as serviceWorkerInControl } from '../lib/service-worker.ts';
import { assertDown, startServer, type StaticServer } from '../lib/serve-process.ts';
import type { PeerSlides } from './peer/build-slides.ts';

export type TargetKey = 'kiosk' | 'peer';

export interface Target {
  key: TargetKey;
  label: string;
  firstSceneId: string;
  /** Scene ids in loop order. */
  sceneIds: string[];
  /** One loop at speed 1, in seconds. */
  loopSeconds: number;
  /** Each scene's time at speed 1, ms, by id (the soak's clock drive). */
  sceneMs: Record<string, number>;
  /** Start and frames runs, at `speed`. */
  url(speed: number): string;
  /** The soak, at `speed`. */
  soakUrl(speed: number): string;
  /** How the warm offline start is made, in words for the report. */
  warmOfflineHow: string;
  warmOfflineUrl(): string;
  /** After a cold start in a profile: wait until that profile can start offline. */
  prepareOffline(page: Page): Promise<void>;
  /** Take the network away (stop the server) and give it back. */
  goOffline(): Promise<void>;
  goOnline(): Promise<void>;
  stop(): Promise<void>;
}

/** A server that can be stopped and started again on the same port (same origin, same SW). */
class Restartable {
  #server: StaticServer | null = null;
  constructor(private readonly options: Parameters<typeof startServer>[0]) {}
  get url(): string {
    return `http://127.0.0.1:${this.options.port}/`;
  }
  async start(): Promise<void> {
    this.#server ??= await startServer(this.options);
  }
  async stop(): Promise<void> {
    const server = this.#server;
    this.#server = null;
    await server?.stop();
  }
}

export async function kioskTarget(options: { port: number; dist: string; soakContentDir: string; now: string; sceneIds: string[]; loopSeconds: number; sceneMs: Record<string, number> }): Promise<Target> {
  const server = new Restartable({ port: options.port, dist: options.dist, mounts: [`/bench-content/=${options.soakContentDir}`] });
  await server.start();
  const query = (speed: number, extra = '') => `?now=${encodeURIComponent(options.now)}&speed=${speed}${extra}`;
  return {
    key: 'kiosk',
    label: 'palace-kiosk',
    firstSceneId: options.sceneIds[0]!,
    sceneIds: options.sceneIds,
    loopSeconds: options.loopSeconds,
    sceneMs: options.sceneMs,
    url: (speed) => server.url + query(speed),
    soakUrl: (speed) => server.url + query(speed, '&content=bench-content/'),
    warmOfflineHow: 'same profile after a first visit (service worker installed, last good content stored), server stopped, browser restarted',
    warmOfflineUrl: () => server.url + query(1),
    prepareOffline: waitForServiceWorker,
    goOffline: async () => {
      await server.stop();
      await assertDown(server.url);
    },
    goOnline: () => server.start(),
    stop: () => server.stop(),
  };
}

export async function peerTarget(options: { port: number; slides: PeerSlides }): Promise<Target> {
  const server = new Restartable({ port: options.port, dist: options.slides.dir });
  await server.start();
  const fileUrl = pathToFileURL(options.slides.indexFile).href;
  return {
    key: 'peer',
    label: 'reveal.js slides',
    firstSceneId: options.slides.firstSceneId,
    sceneIds: options.slides.sceneIds,
    loopSeconds: options.slides.loopSeconds,
    // Each slide carries its own time (data-duration), which the soak reads.
    sceneMs: {},
    url: (speed) => `${server.url}?speed=${speed}`,
    soakUrl: (speed) => `${server.url}?speed=${speed}`,
    // Slides have no service worker: offline, a palace opens the folder from the PC's disk.
    warmOfflineHow: 'the slide folder opened from disk (file://), server stopped, browser restarted (slides have no service worker)',
    warmOfflineUrl: () => `${fileUrl}?speed=1`,
    prepareOffline: async () => {},
    goOffline: async () => {
      await server.stop();
      await assertDown(server.url);
    },
    goOnline: () => server.start(),
    stop: () => server.stop(),
  };
}

/** The kiosk's service worker is active and controls the page (so the next start is offline-able). */
async function waitForServiceWorker(page: Page): Promise<void> {
  await serviceWorkerInControl(page);
  // Content is kept as last good only after it has been on screen 10 s without an error
  // (src/content/shown.svelte.ts, CONFIRM_AFTER_MS); before that an offline start has nothing to show.
  await page.waitForTimeout(11_000);
}
