// Tells the content store when the version on screen has been shown without error: a scene of it
// is ready and CONFIRM_AFTER_MS of kiosk time pass with no error logged. Only then is it kept as
// last good, so a set that breaks the screen never becomes the one the kiosk falls back to.
import { untrack } from 'svelte';
import type { Cancel, Clock } from '../kiosk/clock.ts';
import { errorLog } from '../kiosk/error-log.svelte.ts';
import type { ContentStore } from './store.svelte.ts';

export const CONFIRM_AFTER_MS = 10_000;

/** The part of the player this needs: is the visible scene laid out? */
export interface ShownScene {
  readonly visible: { readonly ready: boolean } | undefined;
}

export function confirmWhenShown(store: ContentStore, player: ShownScene, clock: Clock): Cancel {
  let waiting: { version: string; cancel: Cancel } | null = null;
  const stopWaiting = () => {
    waiting?.cancel();
    waiting = null;
  };
  const stopEffects = $effect.root(() => {
    $effect(() => {
      const version = store.version;
      const ready = player.visible?.ready === true;
      const kept = store.lastGoodVersion === version;
      if (waiting && waiting.version !== version) stopWaiting();
      if (!version || !ready || kept || waiting) return;
      const lastError = untrack(() => errorLog.entries[0]);
      waiting = {
        version,
        cancel: clock.after(CONFIRM_AFTER_MS, () => {
          waiting = null;
          // An error meanwhile: wait for the next scene to be ready and try again.
          if (errorLog.entries[0] !== lastError || store.version !== version) return;
          store.confirmShown(version);
        }),
      };
    });
  });
  return () => {
    stopWaiting();
    stopEffects();
  };
}
