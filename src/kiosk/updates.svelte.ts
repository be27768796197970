// The service worker from the page's side: registers it, shows install progress on the first
// load, checks for a new app version periodically, and switches to it at a scene boundary.
import { Workbox } from 'workbox-window';
import type { Cancel, Clock } from './clock.ts';

export type WorkerState = 'unsupported' | 'registering' | 'installing' | 'active' | 'error';

const RELOAD_LOG_KEY = 'palace-kiosk:update-reloads';
const MAX_UPDATE_RELOADS = 3;
const RELOAD_WINDOW_MS = 10 * 60_000;

/** True if fewer than MAX reloads happened in the window (real time, not kiosk time: a safety cap). */
export function mayReload(log: readonly number[], nowMs: number, max = MAX_UPDATE_RELOADS, windowMs = RELOAD_WINDOW_MS): boolean {
  return log.filter((t) => nowMs - t < windowMs).length < max;
}

export class AppUpdates {
  state = $state<WorkerState>('registering');
  /** Precache progress while the first install runs; null otherwise. */
  progress = $state<{ done: number; total: number } | null>(null);
  updateWaiting = $state(false);
  lastCheck = $state<Date | null>(null);

  readonly #clock: Clock;
  #checkIntervalMs: number;
  #wb: Workbox | null = null;
  #registration: ServiceWorkerRegistration | null = null;
  #stopChecks: Cancel = () => {};
  #stopProgress: Cancel = () => {};

  constructor(clock: Clock, checkIntervalMs = 10 * 60_000) {
    this.#clock = clock;
    this.#checkIntervalMs = checkIntervalMs;
  }

  async start(swUrl = 'sw.js'): Promise<void> {
    if (!('serviceWorker' in navigator) || import.meta.env.DEV) {
      this.state = 'unsupported';
      return;
    }
    const wb = new Workbox(swUrl);
    this.#wb = wb;
    const firstInstall = !navigator.serviceWorker.controller;
    wb.addEventListener('waiting', () => (this.updateWaiting = true));
    wb.addEventListener('activated', (event) => {
      if (!event.isUpdate) this.#installed();
    });
    try {
      const registration = await wb.register();
      if (!registration) throw new Error('no registration');
      this.#registration = registration;
      if (registration.waiting && navigator.serviceWorker.controller) this.updateWaiting = true;
      if (firstInstall && !registration.active) {
        this.state = 'installing';
        this.#watchProgress(wb);
      } else {
        this.state = 'active';
      }
      void navigator.storage?.persist?.().catch(() => false);
      this.#stopChecks = this.#clock.every(this.#checkIntervalMs, () => void this.checkNow());
    } catch (error) {
      console.warn('[updates] service worker registration failed', error);
      this.state = 'error';
    }
  }

  /** Site settings arrived: check on their schedule from now on. */
  setCheckInterval(ms: number): void {
    if (ms === this.#checkIntervalMs) return;
    this.#checkIntervalMs = ms;
    if (this.state !== 'active' && this.state !== 'installing') return;
    this.#stopChecks();
    this.#stopChecks = this.#clock.every(ms, () => void this.checkNow());
  }

  async checkNow(): Promise<void> {
    this.lastCheck = this.#clock.now();
    try {
      await this.#wb?.update();
    } catch {
      // offline: try again at the next check
    }
    // Workbox's "waiting" event can be missed (a worker that finished installing between two
    // checks); the registration itself says whether a new version waits to take over.
    if (this.#registration?.waiting && navigator.serviceWorker.controller) this.updateWaiting = true;
  }

  /**
   * At a scene boundary: if a new version is waiting, hand over to it and reload. Returns true
   * when a reload is under way (the player should not start another scene).
   */
  applyAtBoundary(): boolean {
    if (!this.updateWaiting || !this.#wb) return false;
    const log = readLog();
    const now = this.#clock.wallNow();
    if (!mayReload(log, now)) {
      console.warn('[updates] too many update reloads recently; staying on this version for now');
      return false;
    }
    writeLog([...log.filter((t) => now - t < RELOAD_WINDOW_MS), now]);
    this.updateWaiting = false;
    this.#wb.addEventListener('controlling', () => location.reload());
    this.#wb.messageSkipWaiting();
    return true;
  }

  dispose(): void {
    this.#stopChecks();
    this.#stopProgress();
  }

  #installed(): void {
    this.state = 'active';
    this.#stopProgress();
    this.progress = null;
  }

  #watchProgress(wb: Workbox): void {
    const ask = async () => {
      try {
        const answer = (await wb.messageSW({ type: 'PRECACHE_PROGRESS' })) as { done: number; total: number };
        if (this.state === 'installing') this.progress = answer;
      } catch {
        // the installing worker may not answer yet
      }
    };
    // Real time: install progress is about the network, not the kiosk's clock.
    this.#stopProgress = this.#clock.everyReal(300, () => void ask());
  }
}

function readLog(): number[] {
  try {
    return JSON.parse(localStorage.getItem(RELOAD_LOG_KEY) ?? '[]') as number[];
  } catch {
    return [];
  }
}

function writeLog(log: number[]): void {
  try {
    localStorage.setItem(RELOAD_LOG_KEY, JSON.stringify(log));
  } catch {
    // storage full: the cap simply does not persist
  }
}
