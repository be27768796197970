// Starts the kiosk: reads the URL parameters, builds the runtime, loads fonts and content, mounts App.
// Nothing here may hold the start for long: the network check has its own deadline, fonts get
// FONT_WAIT_MS, and the last good content shows without waiting for the server.
import './app.css';
import { mount } from 'svelte';
import Root from './Root.svelte';
import { parseKioskParams } from './kiosk/params.ts';
import { KioskRuntime } from './kiosk/runtime.svelte.ts';
import type { Clock } from './kiosk/clock.ts';
import { loadKioskFonts } from './fonts.ts';
import { engagementLog } from './kiosk/engagement.ts';

/** Real time to wait for the (precached) fonts before drawing with a fallback font. */
const FONT_WAIT_MS = 3_000;

/** Resolves when `work` settles or after `realMs`, whichever is first. */
function atMost(clock: Clock, work: Promise<unknown>, realMs: number): Promise<void> {
  return new Promise((resolve) => {
    const cancel = clock.afterReal(realMs, resolve);
    const done = () => {
      cancel();
      resolve();
    };
    work.then(done, done);
  });
}

async function start(): Promise<void> {
  const params = parseKioskParams(location.search);
  const reducedMotion = params.motion === 'reduce' || matchMedia('(prefers-reduced-motion: reduce)').matches;
  const kiosk = new KioskRuntime({ params, appVersion: __APP_VERSION__, reducedMotion });

  kiosk.guard();
  engagementLog(); // opens the local story-visit log early (and its test hook)
  void kiosk.updates.start(`${import.meta.env.BASE_URL}sw.js`);
  // Fonts and content load side by side; the first scene waits for both (no flash of fallback text):
  // the small subset at once, then whatever the content needs beyond it (usually nothing).
  const contentReady = params.contentBase ? kiosk.store.start() : Promise.resolve((kiosk.store.status = 'none'));
  const fontsReady = Promise.all([loadKioskFonts(), contentReady]).then(() =>
    kiosk.store.content ? loadKioskFonts(JSON.stringify(kiosk.store.content)) : undefined,
  );
  await Promise.all([atMost(kiosk.clock, fontsReady, FONT_WAIT_MS), contentReady]);
  kiosk.run();
  mount(Root, { target: document.getElementById('app')!, props: { kiosk } });
}

void start();
