// Cold start (fresh profile, empty cache) and warm offline start, each `runs` times, the offline one
// both with the server stopped and with a server that never answers: the time from navigation
// start to what a viewer waits for, read in the page (performance.now()).
import { firstPage, launch, tempProfile, watchRequests, type Profile } from './browser.ts';
import { addProbe, within } from './probe.ts';
import { median } from './stats.ts';
import type { Target } from './targets.ts';

export interface StartRun {
  /** Navigation start to what a viewer waits for: the first scene's data-ready, its first paint, and its 3D chart live when it has one, ms. */
  readyMs: number;
  /** Navigation start to the first scene's data-ready alone, ms. */
  sceneReadyMs: number;
  /** Navigation start to the first scene's 3D chart drawing (or showing its 2D chart), ms; -1 without one. */
  threeLiveMs: number;
  /** First contentful paint, ms (-1 if none was reported). */
  fcpMs: number;
  requests: number;
  external: string[];
  failed: string[];
}

export interface StartResult {
  cold: StartRun[];
  /** Warm offline with the server stopped (connections refused). */
  warm: StartRun[];
  /** Warm offline with a server that accepts connections and never answers. */
  warmHung: StartRun[];
  coldMedianMs: number;
  warmMedianMs: number;
  warmHungMedianMs: number;
  warmHow: string;
}

const START_TIMEOUT_MS = 90_000;

async function startOnce(chromium: string, profile: Profile, target: Target, url: string, keep?: (page: import('@playwright/test').Page) => Promise<void>): Promise<StartRun> {
  const context = await launch(chromium, profile);
  try {
    const requests = watchRequests(context);
    const page = await firstPage(context);
    await addProbe(page, { firstSceneId: target.firstSceneId, frames: false });
    await page.goto(url);
    const sceneReadyMs = await within(START_TIMEOUT_MS, `${target.label}: first scene ready at ${url}`, () => page.evaluate(() => window.__bench!.untilReady()));
    // The first contentful paint can land a frame after data-ready. (No named inner functions here:
    // tsx would wrap them in a helper the page does not have.)
    const fcpMs = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          new PerformanceObserver((list) => {
            const entry = list.getEntriesByName('first-contentful-paint')[0];
            if (entry) resolve(entry.startTime);
          }).observe({ type: 'paint', buffered: true });
          setTimeout(() => resolve(performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1), 3_000);
        }),
    );
    // A 3D first scene is ready when its chart is drawn, not when its title is (three.js is a lazy chunk).
    const threeLiveMs = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const started = performance.now();
          const timer = setInterval(() => {
            const at = window.__bench!.firstThreeLiveAt;
            const chart = document.querySelector('[data-scene-id] [data-three]');
            if (at < 0 && chart && performance.now() - started < 30_000) return;
            clearInterval(timer);
            resolve(at);
          }, 20);
        }),
    );
    const readyMs = Math.max(sceneReadyMs, fcpMs, threeLiveMs);
    await keep?.(page);
    return { readyMs, sceneReadyMs, threeLiveMs, fcpMs, requests: requests.count, external: requests.external, failed: requests.failed };
  } finally {
    await context.close();
  }
}

export async function measureStarts(chromium: string, target: Target, runs: number, log: (line: string) => void): Promise<StartResult> {
  const cold: StartRun[] = [];
  const warm: StartRun[] = [];
  const warmHung: StartRun[] = [];
  let offlineProfile: Profile | null = null;
  try {
    for (let i = 0; i < runs; i++) {
      const profile = await tempProfile();
      const last = i === runs - 1;
      try {
        cold.push(await startOnce(chromium, profile, target, target.url(1), last ? (page) => target.prepareOffline(page) : undefined));
        log(`  ${target.label} cold start ${i + 1}/${runs}: ${Math.round(cold.at(-1)!.readyMs)} ms`);
      } finally {
        if (last) offlineProfile = profile;
        else await profile.remove();
      }
    }
    for (const [how, into] of [['refused', warm], ['hung', warmHung]] as const) {
      await target.goOffline(how);
      try {
        for (let i = 0; i < runs; i++) {
          into.push(await startOnce(chromium, offlineProfile!, target, target.warmOfflineUrl()));
          log(`  ${target.label} warm offline start (network ${how}) ${i + 1}/${runs}: ${Math.round(into.at(-1)!.readyMs)} ms`);
        }
      } finally {
        await target.goOnline();
      }
    }
  } finally {
    await (offlineProfile as Profile | null)?.remove();
  }
  return {
    cold,
    warm,
    warmHung,
    coldMedianMs: median(cold.map((r) => r.readyMs)),
    warmMedianMs: median(warm.map((r) => r.readyMs)),
    warmHungMedianMs: median(warmHung.map((r) => r.readyMs)),
    warmHow: target.warmOfflineHow,
  };
}
