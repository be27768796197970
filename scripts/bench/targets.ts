// What the bench measures: the kiosk and its peer, behind one interface, so that every
// measurement runs the same code on both.
import type { Page } from '@playwright/test';
import { createServer, type Server, type Socket } from 'node:net';
import { pathToFileURL } from 'node:url';
import { waitForServiceWorker as serviceWorkerInControl } from '../lib/service-worker.ts';
import { assertDown, startServer, type StaticServer } from '../lib/serve-process.ts';
import type { PeerSlides } from './peer/build-slides.ts';

export type TargetKey = 'kiosk' | 'peer';
export type OfflineHow = 'refused' | 'hung';

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
  /**
   * Take the network away and give it back: `refused`, the server stopped (nothing listens, a
   * connection is refused at once); `hung`, a server that accepts every connection and never
   * answers (a stalled network or a hung server: a request waits until someone gives up).
   */
  goOffline(how?: OfflineHow): Promise<void>;
  goOnline(): Promise<void>;
  stop(): Promise<void>;
}

/** A server that can be stopped and started again on the same port (same origin, same SW), or hung. */
class Restartable {
  #server: StaticServer | null = null;
  #hung: { server: Server; sockets: Set<Socket> } | null = null;
  constructor(private readonly options: Parameters<typeof startServer>[0]) {}
  get url(): string {
    return `http://127.0.0.1:${this.options.port}/`;
  }
  async start(): Promise<void> {
    await this.#unhang();
    this.#server ??= await startServer(this.options);
  }
  async stop(): Promise<void> {
    await this.#unhang();
    const server = this.#server;
    this.#server = null;
    await server?.stop();
  }
  async goOffline(how: OfflineHow = 'refused'): Promise<void> {
    await this.stop();
    await assertDown(this.url);
    if (how === 'hung') await this.#hang();
  }
  /** Listens on the port and holds every connection open without a byte in answer. */
  async #hang(): Promise<void> {
    const sockets = new Set<Socket>();
    const server = createServer((socket) => {
      sockets.add(socket);
      socket.on('error', () => {});
      socket.on('close', () => sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(this.options.port, '127.0.0.1', resolve));
    this.#hung = { server, sockets };
  }
  async #unhang(): Promise<void> {
    const hung = this.#hung;
    this.#hung = null;
    if (!hung) return;
    for (const socket of hung.sockets) socket.destroy();
    await new Promise<void>((resolve) => hung.server.close(() => resolve()));
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
    goOffline: (how) => server.goOffline(how),
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
    // Opened from disk, the slides never ask the network: a hung one changes nothing for them.
    goOffline: (how) => server.goOffline(how),
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
