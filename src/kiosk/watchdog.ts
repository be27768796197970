// Recovers a kiosk that nobody is watching: a burst of unhandled errors first rebuilds the scene
// in place and, if that does not help, reloads the page; a
// frozen page (no animation frame for several seconds while visible, and no answer when the service
// worker asks) is reloaded by the worker, which still runs when the page's main thread does not. Reloads are capped so a broken
// build cannot reload forever; past the cap the page shows a calm error and tries again later.
import type { Cancel, Clock } from './clock.ts';
import { errorLog } from './error-log.svelte.ts';
import { ANSWER_WITHIN_MS, FROZEN_AFTER_MS } from './frozen-page.ts';

export const ERROR_BURST = 5;
export const ERROR_WINDOW_MS = 60_000;
export const MAX_RELOADS = 3;
export const RELOAD_WINDOW_MS = 10 * 60_000;
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

/**
 * Browser notices that arrive as window "error" events but are not failures of the page: the
 * ResizeObserver ones say a size change was delivered a frame late (the spec's own loop guard).
 * Our observers never resize inside their callbacks (see charts/fit.ts, three/renderer.ts), so
 * these should not appear at all; if a browser still sends one, it must not reload a lobby screen.
 */
export function isBenignNotice(message: string): boolean {
  return /^(Uncaught )?ResizeObserver loop (completed with undelivered notifications|limit exceeded)/i.test(message.trim());
}

/** Real time after an in-place recovery during which another burst means recovery did not help. */
export const RECOVERY_WINDOW_MS = 10 * 60_000;

export interface WatchdogHooks {
  /** First resort: rebuild the scene on screen in place. */
  recover: () => void;
  reload: () => void;
  /** The reload budget is spent: show a calm error. */
  giveUp: (reason: string) => void;
}

/**
 * Error bursts escalate: the first burst rebuilds the scene in place; another burst soon after
 * reloads the page (capped by the budget); past the cap the kiosk gives up calmly.
 */
export function startWatchdog(clock: Clock, hooks: WatchdogHooks, budget = new ReloadBudget(localStorage)): Cancel {
  // Only the recent past matters: a kiosk that logs one stray error an hour for months must not
  // keep every one of them.
  const errors: number[] = [];
  let lastError = '';
  let recoveredAt = -Infinity;
  const onError = (message: string) => {
    if (isBenignNotice(message)) return;
    const now = clock.wallNow();
    errors.push(now);
    if (errors.length > ERROR_BURST) errors.shift();
    lastError = message;
    console.error('[watchdog] unhandled:', message);
    errorLog.record(message, clock.now());
    if (!isErrorBurst(errors, now)) return;
    errors.length = 0;
    if (now - recoveredAt >= RECOVERY_WINDOW_MS) {
      recoveredAt = now;
      console.warn('[watchdog] a burst of errors; rebuilding the scene on screen');
      errorLog.record(`出错过多，已重建当前画面 / a burst of errors; the scene was rebuilt in place (${lastError})`, clock.now());
      hooks.recover();
    } else if (budget.take(now)) hooks.reload();
    else hooks.giveUp(`反复出错，已暂停自动重启 / repeated errors; automatic reloads paused (${lastError})`);
  };
  const onWindowError = (event: ErrorEvent) => onError(event.message || String(event.error));
  const onRejection = (event: PromiseRejectionEvent) => onError(String(event.reason?.message ?? event.reason));
  window.addEventListener('error', onWindowError);
  window.addEventListener('unhandledrejection', onRejection);

  // Heartbeats for the service worker: once a real second, sent from an animation frame, so that
  // when frames stop while the page is visible, the heartbeats stop too and the worker reloads
  // the page. One frame a second, not every frame: a still scene costs nothing.
  let cancelBeatFrame: Cancel = () => {};
  const stopBeats = clock.everyReal(1_000, () => {
    cancelBeatFrame();
    cancelBeatFrame = clock.frame(() => {
      navigator.serviceWorker?.controller?.postMessage({ type: 'HEARTBEAT', frozenAfterMs: FROZEN_AFTER_MS, answerWithinMs: ANSWER_WITHIN_MS });
    });
  });
  // The worker asks a page whose heartbeats stopped whether it is alive: answered from the message
  // handler, not a frame, so a page that is slow to draw on a busy machine is not reloaded.
  const onWorkerMessage = (event: MessageEvent) => {
    if ((event.data as { type?: string } | null)?.type === 'PING') navigator.serviceWorker?.controller?.postMessage({ type: 'ALIVE' });
  };
  navigator.serviceWorker?.addEventListener('message', onWorkerMessage);
  // Messages from the worker wait until the page says it listens.
  navigator.serviceWorker?.startMessages();
  const onHidden = () => {
    if (document.visibilityState === 'hidden') navigator.serviceWorker?.controller?.postMessage({ type: 'HIDDEN' });
  };
  document.addEventListener('visibilitychange', onHidden);

  return () => {
    window.removeEventListener('error', onWindowError);
    window.removeEventListener('unhandledrejection', onRejection);
    document.removeEventListener('visibilitychange', onHidden);
    navigator.serviceWorker?.removeEventListener('message', onWorkerMessage);
    stopBeats();
    cancelBeatFrame();
  };
}
