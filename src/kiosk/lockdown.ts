// Keeps a public screen a kiosk: no context menu, zoom, selection, drag, swipe navigation or
// leaving the page; hides the cursor when idle; asks for fullscreen on the first touch.
import type { Cancel, Clock } from './clock.ts';

const CURSOR_IDLE_MS = 3_000;

export function lockDown(clock: Clock, root: HTMLElement = document.documentElement): Cancel {
  const cleanups: Cancel[] = [];
  const on = <K extends keyof WindowEventMap>(type: K, handler: (event: WindowEventMap[K]) => void, options: AddEventListenerOptions = {}) => {
    window.addEventListener(type, handler, options);
    cleanups.push(() => window.removeEventListener(type, handler, options));
  };
  const block = (event: Event) => event.preventDefault();

  on('contextmenu', block);
  on('dragstart', block);
  on('selectstart', block);
  // Pinch zoom (touch and trackpad ctrl+wheel) and gesture events.
  on('wheel', (event) => event.ctrlKey && event.preventDefault(), { passive: false });
  on('touchmove', (event) => event.touches.length > 1 && event.preventDefault(), { passive: false });
  on('gesturestart' as keyof WindowEventMap, block as never);
  // Links inside content must not take the screen elsewhere.
  on('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a[href]');
    if (link) event.preventDefault();
  }, { capture: true });
  // Keyboard shortcuts that zoom, navigate or open things (a kiosk may have a keyboard attached).
  on('keydown', (event) => {
    const k = event.key.toLowerCase();
    const zoom = (event.ctrlKey || event.metaKey) && ['+', '-', '=', '0', 'p', 's', 'o', 'n', 't', 'w', 'l'].includes(k);
    const nav = event.altKey && ['arrowleft', 'arrowright', 'home'].includes(k);
    if (zoom || nav || k === 'f1' || k === 'browserback' || k === 'browserforward') event.preventDefault();
  });
  // Swipe-back and history: keep the page where it is.
  history.pushState({ kiosk: true }, '', location.href);
  on('popstate', () => history.pushState({ kiosk: true }, '', location.href));

  // The cursor disappears after a few seconds without movement.
  let cancelHide: Cancel = () => {};
  const showCursor = () => {
    delete root.dataset.cursor;
    cancelHide();
    cancelHide = clock.afterReal(CURSOR_IDLE_MS, () => (root.dataset.cursor = 'hidden'));
  };
  on('pointermove', showCursor, { passive: true });
  showCursor();
  cleanups.push(() => cancelHide());

  // Fullscreen on the first touch when Chromium was not started in kiosk mode.
  on('pointerdown', () => {
    if (!document.fullscreenElement && document.fullscreenEnabled && !matchMedia('(display-mode: fullscreen)').matches) {
      void root.requestFullscreen?.({ navigationUI: 'hide' }).catch(() => {});
    }
  }, { once: true });

  return () => cleanups.forEach((cleanup) => cleanup());
}
