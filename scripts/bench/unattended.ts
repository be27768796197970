// The bench's unattended run: the kiosk left alone at real speed (no ?speed=, no fake clock) for
// an hour or more, over every bundled content set and both orientations, counting what an
// installer would notice: reloads, console errors, error screens, and the scenes actually drawn.
// The suite's tests/e2e/0-realtime.spec.ts is the few-minutes version of the same thing.
import type { Page } from '@playwright/test';
import { firstPage, launch, tempProfile, watchRequests, type Viewport } from './browser.ts';

export interface UnattendedLeg {
  set: string;
  orientation: 'landscape' | 'portrait';
  minutes: number;
  /** Page loads after the first (a kiosk that never reloads itself has 0). */
  reloads: number;
  consoleErrors: number;
  pageErrors: number;
  /** The first few error texts, for the report. */
  errorSamples: string[];
  /** Scenes that became ready, in all, and by kind. */
  scenesDrawn: number;
  kinds: Record<string, number>;
  /** Times the kiosk showed its error screen. */
  errorScreens: number;
  failedRequests: string[];
  externalRequests: number;
}

export interface UnattendedResult {
  minutes: number;
  legs: UnattendedLeg[];
}

const SETS = ['content/', 'examples/cuiping/', 'examples/yongxin/'];
const SCREENS: { orientation: UnattendedLeg['orientation']; viewport: Viewport }[] = [
  { orientation: 'landscape', viewport: { width: 1920, height: 1080 } },
  { orientation: 'portrait', viewport: { width: 1080, height: 1920 } },
];

/** Plays every set in both orientations, `minutes` of real time in all, one leg after another. */
export async function runUnattended(
  chromiumPath: string,
  baseUrl: string,
  options: { minutes: number; now: string },
  log: (line: string) => void,
): Promise<UnattendedResult> {
  const legs: UnattendedLeg[] = [];
  const legMinutes = options.minutes / (SETS.length * SCREENS.length);
  for (const set of SETS) {
    for (const screen of SCREENS) {
      log(`unattended: ${set} ${screen.orientation}, ${legMinutes.toFixed(1)} min at real speed`);
      const leg = await runLeg(chromiumPath, baseUrl, set, screen, legMinutes, options.now);
      log(`unattended: ${set} ${screen.orientation}: ${leg.scenesDrawn} scenes, ${leg.reloads} reloads, ${leg.consoleErrors + leg.pageErrors} errors, ${leg.errorScreens} error screens${leg.errorSamples.length ? `; first: ${leg.errorSamples[0]}` : ''}`);
      legs.push(leg);
    }
  }
  return { minutes: options.minutes, legs };
}

async function runLeg(chromiumPath: string, baseUrl: string, set: string, screen: (typeof SCREENS)[number], minutes: number, now: string): Promise<UnattendedLeg> {
  const profile = await tempProfile('kiosk-unattended-');
  const context = await launch(chromiumPath, profile, screen.viewport);
  const requests = watchRequests(context);
  const leg: UnattendedLeg = {
    set, orientation: screen.orientation, minutes, reloads: -1, consoleErrors: 0, pageErrors: 0, errorSamples: [],
    scenesDrawn: 0, kinds: {}, errorScreens: 0, failedRequests: [], externalRequests: 0,
  };
  try {
    const page: Page = await firstPage(context);
    const sample = (text: string) => leg.errorSamples.length < 10 && leg.errorSamples.push(text.slice(0, 300));
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      leg.consoleErrors += 1;
      sample(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => {
      leg.pageErrors += 1;
      sample(`page: ${error.message}`);
    });
    page.on('load', () => (leg.reloads += 1));
    // The page reports each scene that becomes ready and each entry into error mode.
    await page.exposeBinding('__benchScene', (_source, kind: string) => {
      leg.scenesDrawn += 1;
      leg.kinds[kind] = (leg.kinds[kind] ?? 0) + 1;
    });
    await page.exposeBinding('__benchErrorScreen', () => void (leg.errorScreens += 1));
    await page.addInitScript(() => {
      const w = window as unknown as { __benchScene(kind: string): void; __benchErrorScreen(): void };
      let lastReady: Element | null = null;
      let inError = false;
      new MutationObserver(() => {
        const ready = document.querySelector('[data-scene-id][data-ready="true"]');
        if (ready && ready !== lastReady) w.__benchScene(ready.getAttribute('data-scene-kind') ?? '?');
        lastReady = ready;
        const error = document.documentElement.dataset.kioskMode === 'error';
        if (error && !inError) w.__benchErrorScreen();
        inError = error;
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready', 'data-kiosk-mode', 'data-scene-id'] });
    });
    await page.goto(`${baseUrl}?now=${encodeURIComponent(now)}&content=${encodeURIComponent(set)}`);
    // Real time is the point of this run: the kiosk is left alone, as on a lobby wall.
    await page.waitForTimeout(minutes * 60_000);
  } finally {
    leg.failedRequests = requests.failed;
    leg.externalRequests = requests.external.length;
    await context.close();
    await profile.remove();
  }
  return leg;
}
