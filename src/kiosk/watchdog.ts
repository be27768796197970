// Recovers a kiosk that nobody is watching: a burst of unhandled errors reloads the page, and a
// frozen page (no animation frame for several seconds while visible) is reloaded by the service
// worker, which still runs when the page's main thread does not. Reloads are capped so a broken
// build cannot reload forever; past the cap the page shows a calm error and tries again later.
import type { Cancel, Clock } from './clock.ts';
import { errorLog } from './error-log.svelte.ts';

export const ERROR_BURST = 5;
export const ERROR_WINDOW_MS = 60_000;
export const MAX_RELOADS = 3;
export const RELOAD_WINDOW_MS = 10 * 60_000;
export const FROZEN_AFTER_MS = 8_000;
const LOG_KEY = 'palace-kiosk:watchdog-reloads';

/** Real-time reload bookkeeping (safety caps follow the real clock, not the kiosk's). */
export class ReloadBudget {
  constructor(
    private readonly storage: Pick<Storage, 'getItem' | 'setItem'>,
    private readonly key = LOG_KEY,
  ) {}

  recent(nowMs: number): number[] {
    try {
      const log = JSON.parse(this.storage.getItem(this.key) ?? '[]') as number[];
      return log.filter((t) => nowMs - t < RELOAD_WINDOW_MS);
    } catch {
      return [];
    }
  }

  /** Records a reload and returns true if one is still allowed now. */
  take(nowMs: number): boolean {
    const recent = this.recent(nowMs);
    if (recent.length >= MAX_RELOADS) return false;
    try {
      this.storage.setItem(this.key, JSON.stringify([...recent, nowMs]));
    } catch {
      // storage full: allow, the window still bounds it in practice
    }
    return true;
  }
}

/** True when `errors` (timestamps) hold a burst worth a reload. */
export function isErrorBurst(errors: readonly number[], nowMs: number): boolean {
  return errors.filter((t) => nowMs - t < ERROR_WINDOW_MS).length >= ERROR_BURST;
}

export interface WatchdogHooks {
  reload: () => void;
  /** The reload budget is spent: show a calm error. */
  giveUp: (reason: string) => void;
}

export function startWatchdog(clock: Clock, hooks: WatchdogHooks, budget = new ReloadBudget(localStorage)): Cancel {
  // Only the recent past matters: a kiosk that logs one stray error an hour for months must not
  // keep every one of them.
  const errors: number[] = [];
  let lastError = '';
  const onError = (message: string) => {
    const now = Date.now();
    errors.push(now);
    if (errors.length > ERROR_BURST) errors.shift();
    lastError = message;
    console.error('[watchdog] unhandled:', message);
    errorLog.record(message);
    if (!isErrorBurst(errors, now)) return;
    errors.length = 0;
    if (budget.take(now)) hooks.reload();
    else hooks.giveUp(`反复出错，已暂停自动重启 / repeated errors; automatic reloads paused (${lastError})`);
  };
  const onWindowError = (event: ErrorEvent) => onError(event.message || String(event.error));
  const onRejection = (event: PromiseRejectionEvent) => onError(String(event.reason?.message ?? event.reason));
  window.addEventListener('error', onWindowError);
  window.addEventListener('unhandledrejection', onRejection);

  // Heartbeats for the service worker, sent from animation frames: when frames stop while the
  // page is visible, the heartbeats stop too, and the worker reloads the page.
  let frame = 0;
  let lastBeat = 0;
  const beat = (time: number) => {
    frame = requestAnimationFrame(beat);
    if (time - lastBeat < 1_000) return;
    lastBeat = time;
    navigator.serviceWorker?.controller?.postMessage({ type: 'HEARTBEAT', frozenAfterMs: FROZEN_AFTER_MS });
  };
  frame = requestAnimationFrame(beat);
  const onHidden = () => {
    if (document.visibilityState === 'hidden') navigator.serviceWorker?.controller?.postMessage({ type: 'HIDDEN' });
  };
  document.addEventListener('visibilitychange', onHidden);
  void clock;

  return () => {
    window.removeEventListener('error', onWindowError);
    window.removeEventListener('unhandledrejection', onRejection);
    document.removeEventListener('visibilitychange', onHidden);
    cancelAnimationFrame(frame);
  };
}
