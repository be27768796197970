// The production Chromium flags, defined once: scripts/kiosk.sh launches the kiosk with them
// (`node scripts/lib/chromium-flags.mjs kiosk`), the e2e tests and the bench run with the common ones.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Every kiosk browser gets these, headless tests and the bench included, so they run under the
 * same network and timer rules as the screen in the lobby.
 * Never put `--disable-features`/`--enable-features` here: Playwright passes its own lists and
 * Chromium keeps only the last of each switch, so ours would silently replace Playwright's.
 */
export const COMMON_FLAGS = [
  // No outside network: anything that is not this machine fails to resolve, so a stray CDN link
  // fails loudly in tests and the kiosk never looks anything up outside the building.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
  // Chromium's own traffic: updates, sync, field reports, pings.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-domain-reliability',
  '--no-pings',
  '--metrics-recording-only',
  '--check-for-update-interval=31536000',
  // No first-run or default-browser questions on a fresh profile.
  '--no-first-run',
  '--no-default-browser-check',
  // A kiosk is never in the background: timers and frames stay at full rate even when the window
  // is covered or unfocused (the kiosk's clock and watchdog count on it).
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
  // Media may start without a tap.
  '--autoplay-policy=no-user-gesture-required',
];

/**
 * Only the screen in the lobby: a fullscreen window without browser UI, no dialogs or bubbles
 * (error, crash restore, translate, infobars) and no touch gestures that would zoom or navigate.
 * Headless tests have no window for them to act on. `--kiosk` is followed by the URL.
 */
export const KIOSK_ONLY_FLAGS = [
  '--kiosk',
  '--noerrdialogs',
  '--disable-session-crashed-bubble',
  '--hide-crash-restore-bubble',
  '--disable-infobars',
  '--disable-translate',
  // MediaRouter: no Cast device discovery on the local network.
  '--disable-features=Translate,TranslateUI,OverscrollHistoryNavigation,MediaRouter',
  '--overscroll-history-navigation=0',
  '--disable-pinch',
];

/** What kiosk.sh passes before the URL and profile. */
export const KIOSK_FLAGS = [...KIOSK_ONLY_FLAGS, ...COMMON_FLAGS];

// CLI for scripts/kiosk.sh: node scripts/lib/chromium-flags.mjs kiosk|common (one flag a line)
if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const what = process.argv[2];
  const flags = what === 'kiosk' ? KIOSK_FLAGS : what === 'common' ? COMMON_FLAGS : null;
  if (!flags) {
    console.error('usage: node scripts/lib/chromium-flags.mjs kiosk|common');
    process.exit(2);
  }
  process.stdout.write(`${flags.join('\n')}\n`);
}
