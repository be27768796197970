// The soak: N full loops, driven fast; after every `sampleEvery` loops, a forced GC and then the JS
// heap, DOM counters and three.js renderer counts. Fits the heap's slope per 100 loops after warm-up.
// Two drives: `clock` (Playwright's clock installed in the page and jumped through each scene: the
// page does only the work of showing each scene, not of drawing its frames, so 1,000 loops fit in
// well under an hour on a busy machine) and `speed` (`?speed=`, real frames, the older way).
import type { CDPSession, Page } from '@playwright/test';
import { firstPage, launch, tempProfile, watchRequests, type Viewport } from './browser.ts';
import { addProbe, within } from './probe.ts';
import { leastSquares, median } from './stats.ts';
import type { Target } from './targets.ts';

export interface ThreeCounts {
  geometries: number;
  textures: number;
  programs: number;
  contexts: number;
  views: number;
}

export interface SoakSample {
  /** Loops completed when the sample was taken. */
  cycle: number;
  /** Real seconds since the first scene was ready. */
  seconds: number;
  /** V8's heap in use (JS objects). */
  heapUsed: number;
  heapTotal: number;
  /** Blink's garbage-collected heap in use (DOM and other C++ objects the page holds). */
  blinkHeapUsed: number;
  /** Array buffers and external strings. */
  backingStorage: number;
  nodes: number;
  listeners: number;
  documents: number;
  three: ThreeCounts | null;
}

/** A counter at loop 0, and its median over the first and the last tenth of the samples after warm-up. */
export interface Span {
  loop0: number;
  start: number;
  end: number;
}

export interface Slope {
  /** Per 100 loops, fitted after warm-up. */
  per100: number;
  n: number;
}

export type SoakDrive = 'clock' | 'speed';

export interface SoakResult {
  /** How the loops were driven: Playwright's clock stepped per scene, or `?speed=`. */
  drive: SoakDrive;
  speed: number;
  cycles: number;
  sampleEvery: number;
  warmupCycles: number;
  realSeconds: number;
  samples: SoakSample[];
  /**
   * Samples are taken while the loop goes on, so what is on screen (and fading out) varies from
   * one to the next; medians over a tenth of the samples smooth that out.
   */
  spans: { heapUsed: Span; blinkHeapUsed: Span; nodes: Span; listeners: Span; documents: Span; geometries: Span | null; textures: Span | null; programs: Span | null };
  heapSlope: Slope;
  /** The heap's slope over the second half of the loops only: near zero when growth has levelled off. */
  heapSlopeLateHalf: Slope;
  blinkHeapSlope: Slope;
  nodesSlope: Slope;
  listenersSlope: Slope;
  /** Scenes shown during the soak, and how many of them reached data-ready before they left. */
  scenesShown: number;
  scenesReady: number;
  /** Median time from becoming visible to data-ready, ms. */
  showToReadyMs: number;
  /** Console errors, not counting failed loads (those are in `failedRequests`). */
  consoleErrors: number;
  firstConsoleErrors: string[];
  failedRequests: string[];
  /** Smallest and largest three.js counts over all samples (null without a renderer). */
  threeRange: { min: ThreeCounts; max: ThreeCounts } | null;
  viewport: string;
  /** The kiosk's mode at the end (attract expected). */
  finalMode: string;
  /**
   * What grew over the soak beyond its noise (see LEAK_LIMITS), one line each; empty when DOM
   * nodes, listeners, documents and three.js resources stayed flat. The suite's leak test
   * (tests/e2e/leak.spec.ts) runs only a few loops; this is the long check.
   */
  leaks: string[];
}

/**
 * How much a count's floor may rise from just after warm-up to the end before it is called a
 * leak. Samples are taken while the loop goes on, so a count swings with what is on screen (DOM
 * nodes between ~1,800 and ~3,600 from one sample to the next); the floor (the 10th percentile of a
 * tenth of the samples) is what a leak lifts: what the page holds whatever it shows. Not the least:
 * a sample caught between one scene going and the next coming can dip far below (a 1,000-loop soak,
 * 2026-12-02: 1,654–1,655 nodes from loop 57 to 1,000 but 1,166 twice, once in the first tenth,
 * which called a flat count a leak). One node leaked per
 * loop would lift it by 180 over 200 loops, one listener per loop by 180, a scene kept alive by
 * thousands; three.js resources and documents must come back to where they were.
 */
const LEAK_LIMITS = { nodes: 100, listeners: 5, documents: 0, geometries: 0, textures: 0, programs: 0 } as const;
type Counted = keyof typeof LEAK_LIMITS;

const counted = (sample: SoakSample, key: Counted): number | null =>
  key === 'nodes' || key === 'listeners' || key === 'documents' ? sample[key] : (sample.three?.[key] ?? null);

/** The soak's verdict on leaks: one line per count whose floor rose, and any second WebGL context. */
export function findLeaks(samples: readonly SoakSample[], warmupCycles: number): string[] {
  const after = samples.filter((s) => s.cycle >= warmupCycles);
  if (after.length < 2) return [];
  const edge = Math.max(1, Math.round(after.length / 10));
  const leaks: string[] = [];
  for (const [key, limit] of Object.entries(LEAK_LIMITS) as [Counted, number][]) {
    const floor = (part: readonly SoakSample[]) => {
      const values = part.map((s) => counted(s, key) ?? Infinity).sort((a, b) => a - b);
      return values[Math.floor(values.length / 10)]!;
    };
    const start = floor(after.slice(0, edge));
    const end = floor(after.slice(-edge));
    if (Number.isFinite(start) && Number.isFinite(end) && end - start > limit) {
      leaks.push(`${key}: at least ${start} after warm-up (loop ${warmupCycles}), at least ${end} at loop ${after.at(-1)!.cycle} (more than +${limit})`);
    }
  }
  // The app makes one WebGL context for its whole life.
  const contexts = Math.max(0, ...samples.map((s) => s.three?.contexts ?? 0));
  if (contexts > 1) leaks.push(`WebGL contexts: ${contexts} (one for the page's life expected)`);
  return leaks;
}

export async function runSoak(
  chromium: string,
  target: Target,
  options: { cycles: number; speed: number; drive: SoakDrive; sampleEvery: number; warmupFraction: number; viewport: Viewport },
  log: (line: string) => void,
): Promise<SoakResult> {
  const profile = await tempProfile();
  const byClock = options.drive === 'clock';
  // Stepped time means no frames between steps: the service worker's frozen-page watchdog (real
  // time) would reload the page, so the clock drive runs without it (the soak measures the page).
  const context = await launch(chromium, profile, options.viewport, byClock ? 'block' : 'allow');
  const requests = watchRequests(context);
  try {
    const page = await firstPage(context);
    const errors: string[] = [];
    let consoleErrors = 0;
    page.on('console', (message) => {
      if (message.type() !== 'error' || message.text().startsWith('Failed to load resource')) return;
      consoleErrors += 1;
      if (errors.length < 5) errors.push(message.text().slice(0, 300));
    });
    let crashed = false;
    page.on('crash', () => (crashed = true));
    await addProbe(page, { firstSceneId: target.firstSceneId, frames: false });
    const cdp = await context.newCDPSession(page);

    if (byClock) await page.clock.install();
    await page.goto(target.soakUrl(byClock ? 1 : options.speed));
    const step = byClock ? clockStepper(page, target) : null;
    await within(90_000, `${target.label}: first scene ready`, () => (step ? step.untilReady() : page.evaluate(() => window.__bench!.untilReady())));
    // A reload (the kiosk's watchdog, an app update) would reset the page's counters: a finding, not noise.
    let reloads = 0;
    page.on('framenavigated', (frame) => frame === page.mainFrame() && (reloads += 1));
    const started = Date.now();
    const loopMs = (target.loopSeconds * 1000) / options.speed;
    const shown: number[] = [];
    let ready = 0;
    let total = 0;
    const drain = async () => {
      for (const r of await page.evaluate(() => window.__bench!.drain())) {
        total += 1;
        if (r.readyAt >= 0) {
          ready += 1;
          shown.push(r.readyAt - r.shownAt);
        }
      }
    };

    const samples: SoakSample[] = [await sample(page, cdp, started)];
    let lastLog = Date.now();
    for (let k = options.sampleEvery; k <= options.cycles; k += options.sampleEvery) {
      // Loop k is complete when the first scene comes on screen for the (k+1)th time.
      try {
        await within(loopMs * options.sampleEvery * 10 + 60_000 + (step ? 60_000 * options.sampleEvery : 0), `${target.label}: loop ${k} of the soak`, () =>
          step ? step.untilLoops(k + 1) : page.evaluate((n) => window.__bench!.untilLoops(n), k + 1),
        );
      } catch (error) {
        const why = crashed ? 'the page crashed' : reloads ? 'the page reloaded itself' : `mode now: ${await mode(page)}`;
        throw new Error(`${(error as Error).message} (${why}; last console errors: ${errors.join(' | ') || 'none'})`);
      }
      if (crashed) throw new Error(`${target.label}: the page crashed during loop ${k}`);
      if (reloads) throw new Error(`${target.label}: the page reloaded itself during loop ${k} (last console errors: ${errors.join(' | ') || 'none'})`);
      await drain();
      samples.push(await sample(page, cdp, started));
      if (Date.now() - lastLog > 30_000 || k === options.cycles) {
        lastLog = Date.now();
        const s = samples.at(-1)!;
        log(`  ${target.label} soak ${s.cycle}/${options.cycles}: heap ${(s.heapUsed / 1048576).toFixed(1)} MB, ${s.nodes} nodes, ${s.listeners} listeners (${Math.round(s.seconds)} s)`);
      }
    }
    await drain();

    const warmupCycles = Math.ceil(options.cycles * options.warmupFraction);
    const after = samples.filter((s) => s.cycle >= warmupCycles);
    const slope = (pick: (s: SoakSample) => number, from = warmupCycles): Slope => {
      const fit = leastSquares(samples.filter((s) => s.cycle >= from).map((s) => ({ x: s.cycle, y: pick(s) })));
      return { per100: fit.slope * 100, n: fit.n };
    };
    const edge = Math.max(1, Math.round(after.length / 10));
    const span = (pick: (s: SoakSample) => number): Span => ({
      loop0: pick(samples[0]!),
      start: median(after.slice(0, edge).map(pick)),
      end: median(after.slice(-edge).map(pick)),
    });
    const threeSpan = (key: 'geometries' | 'textures' | 'programs') => (samples.every((s) => s.three) ? span((s) => s.three![key]) : null);
    const spans = {
      heapUsed: span((s) => s.heapUsed),
      blinkHeapUsed: span((s) => s.blinkHeapUsed),
      nodes: span((s) => s.nodes),
      listeners: span((s) => s.listeners),
      documents: span((s) => s.documents),
      geometries: threeSpan('geometries'),
      textures: threeSpan('textures'),
      programs: threeSpan('programs'),
    };
    const range = threeRange(samples);
    const leaks = findLeaks(samples, warmupCycles);
    log(leaks.length ? `  ${target.label} soak: LEAK ${leaks.join('; ')}` : `  ${target.label} soak: no leak (DOM nodes, listeners, documents, three.js resources flat)`);
    return {
      drive: options.drive,
      speed: byClock ? 1 : options.speed,
      cycles: options.cycles,
      sampleEvery: options.sampleEvery,
      warmupCycles,
      realSeconds: (Date.now() - started) / 1000,
      samples,
      spans,
      heapSlope: slope((s) => s.heapUsed),
      heapSlopeLateHalf: slope((s) => s.heapUsed, Math.ceil(options.cycles / 2)),
      blinkHeapSlope: slope((s) => s.blinkHeapUsed),
      nodesSlope: slope((s) => s.nodes),
      listenersSlope: slope((s) => s.listeners),
      scenesShown: total,
      scenesReady: ready,
      showToReadyMs: median(shown),
      consoleErrors,
      firstConsoleErrors: errors,
      failedRequests: requests.failed,
      threeRange: range,
      viewport: `${options.viewport.width}×${options.viewport.height}`,
      finalMode: await mode(page),
      leaks,
    };
  } finally {
    await context.close();
    await profile.remove();
  }
}

/** A scene's first jump: its first frames and entry (crossfade, count-ups) done; then the rest of its time. */
const ENTRY_MS = 3_000;

/**
 * Plays the loop by Playwright's clock: for the scene on screen, a jump over its entry, then one over
 * the rest of its time, so each scene is shown, made ready and left, with a few frames drawn.
 * A scene's time is its slide's data-duration (the peer) or the playlist's (the kiosk).
 */
function clockStepper(page: Page, target: Target) {
  const durations = target.sceneMs;
  const current = () =>
    page.evaluate((table) => {
      const element = document.querySelector('[data-scene-id]');
      if (!element) return null;
      const id = element.getAttribute('data-scene-id') ?? '';
      return { id, ms: Number(element.getAttribute('data-duration')) || table[id] || 20_000, loops: window.__bench!.loops, ready: window.__bench!.firstReadyAt >= 0 };
    }, durations);
  const jump = (ms: number) => page.clock.fastForward(ms);
  return {
    async untilReady(): Promise<number> {
      for (;;) {
        const now = await current();
        if (now?.ready) return page.evaluate(() => window.__bench!.firstReadyAt);
        await jump(100);
      }
    },
    async untilLoops(n: number): Promise<number> {
      let scene = await current();
      for (;;) {
        if (scene && scene.loops >= n) return scene.loops;
        if (!scene) {
          await jump(500);
          scene = await current();
          continue;
        }
        const id = scene.id;
        await jump(ENTRY_MS);
        await jump(Math.max(100, scene.ms - ENTRY_MS));
        scene = await current();
        // Past its time and still the same scene (its timer started a little after it showed): nudge on.
        for (let i = 0; i < 20 && scene?.id === id; i++) {
          await jump(500);
          scene = await current();
        }
      }
    },
  };
}

const mode = (page: Page) => page.evaluate(() => document.documentElement.dataset.kioskMode ?? 'none').catch(() => 'unknown');

async function sample(page: Page, cdp: CDPSession, started: number): Promise<SoakSample> {
  const cycle = (await page.evaluate(() => window.__bench!.loops)) - 1;
  // Twice: the first pass can leave objects that only the second finds unreachable (weak maps, finalizers).
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const three = await page.evaluate(() => {
    const info = window.__kioskThree?.info();
    return info ? { geometries: info.geometries, textures: info.textures, programs: info.programs, contexts: info.contexts, views: info.views } : null;
  });
  return {
    cycle,
    seconds: (Date.now() - started) / 1000,
    heapUsed: heap.usedSize,
    heapTotal: heap.totalSize,
    blinkHeapUsed: heap.embedderHeapUsedSize ?? 0,
    backingStorage: heap.backingStorageSize ?? 0,
    nodes: dom.nodes,
    listeners: dom.jsEventListeners,
    documents: dom.documents,
    three,
  };
}

function threeRange(samples: SoakSample[]): SoakResult['threeRange'] {
  const all = samples.map((s) => s.three).filter((t): t is ThreeCounts => t !== null);
  if (all.length === 0) return null;
  const keys = ['geometries', 'textures', 'programs', 'contexts', 'views'] as const;
  const pick = (f: (...n: number[]) => number) => Object.fromEntries(keys.map((k) => [k, f(...all.map((t) => t[k]))])) as unknown as ThreeCounts;
  return { min: pick(Math.min), max: pick(Math.max) };
}
