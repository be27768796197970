// Starts the kiosk: reads the URL parameters, builds the runtime, loads fonts and content, mounts App.
import './app.css';
import { mount } from 'svelte';
import Root from './Root.svelte';
import { parseKioskParams } from './kiosk/params.ts';
import { KioskRuntime } from './kiosk/runtime.svelte.ts';
import { loadKioskFonts } from './fonts.ts';
import { engagementLog } from './kiosk/engagement.ts';

async function start(): Promise<void> {
  const params = parseKioskParams(location.search);
  const reducedMotion = params.motion === 'reduce' || matchMedia('(prefers-reduced-motion: reduce)').matches;
  const kiosk = new KioskRuntime({ params, appVersion: __APP_VERSION__, reducedMotion });

  kiosk.guard();
  engagementLog(); // opens the local story-visit log early (and its test hook)
  void kiosk.updates.start(`${import.meta.env.BASE_URL}sw.js`);
  // Fonts and content load side by side; the first scene waits for both (no flash of fallback text).
  const contentReady = params.contentBase ? kiosk.store.start() : Promise.resolve((kiosk.store.status = 'none'));
  await Promise.all([loadKioskFonts(), contentReady]);
  kiosk.run();
  mount(Root, { target: document.getElementById('app')!, props: { kiosk } });
}

void start();
