// The in-page recorder, installed before any page script runs. It watches the DOM hooks both the
// kiosk and the peer expose (the visible scene's data-scene-id and data-ready), and optionally
// records every animation frame and every long animation frame. It keeps nothing that grows
// without bound: the bench drains scene records at every sample, and frames go into a fixed ring.
import type { Page } from '@playwright/test';

export interface ProbeConfig {
  /** The playlist's first scene: a loop is counted each time it comes on screen. */
  firstSceneId: string;
  /** Record animation-frame timestamps and long animation frames (frames phase only). */
  frames: boolean;
}

export interface SceneRecord {
  id: string;
  /** performance.now() when it became the visible scene, and when it was data-ready (-1: never). */
  shownAt: number;
  readyAt: number;
}

export interface LongFrame {
  start: number;
  duration: number;
  blocking: number;
}

export interface BenchProbe {
  firstReadyAt: number;
  /** performance.now() when the first scene's 3D chart left 'loading' (drawing, or its 2D chart); -1: not yet or none. */
  firstThreeLiveAt: number;
  loops: number;
  longFrameType: string;
  /** Takes the records so far, leaving the scene on screen (its data-ready may still come) unless `all`. */
  drain(all?: boolean): SceneRecord[];
  untilLoops(n: number): Promise<number>;
  untilReady(): Promise<number>;
  frameTimes(from: number, to: number): number[];
  longFrames(from: number, to: number): LongFrame[];
}

declare global {
  interface Window {
    __bench?: BenchProbe;
  }
}

/** Page-side code; runs in the browser, so it uses nothing from this module's scope. */
function installProbe(config: ProbeConfig): void {
  const scenes: SceneRecord[] = [];
  const loopWaiters: { n: number; resolve: (loops: number) => void }[] = [];
  const readyWaiters: ((at: number) => void)[] = [];
  let current: Element | null = null;
  let record: SceneRecord | null = null;

  const RING = 1 << 17; // ~36 min of frames at 60 Hz
  const frames = config.frames ? new Float64Array(RING) : null;
  let frameCount = 0;
  const longFrames: LongFrame[] = [];

  const probe: BenchProbe = {
    firstReadyAt: -1,
    firstThreeLiveAt: -1,
    loops: 0,
    longFrameType: 'none',
    drain: (all) => scenes.splice(0, all ? scenes.length : Math.max(0, scenes.length - 1)),
    untilLoops: (n) => new Promise((resolve) => (probe.loops >= n ? resolve(probe.loops) : loopWaiters.push({ n, resolve }))),
    untilReady: () => new Promise((resolve) => (probe.firstReadyAt >= 0 ? resolve(probe.firstReadyAt) : readyWaiters.push(resolve))),
    frameTimes: (from, to) => {
      const out: number[] = [];
      if (!frames) return out;
      for (let i = Math.max(0, frameCount - RING); i < frameCount; i++) {
        const t = frames[i % RING]!;
        if (t >= from && t <= to) out.push(t);
      }
      return out;
    },
    longFrames: (from, to) => longFrames.filter((f) => f.start < to && f.start + f.duration > from),
  };
  window.__bench = probe;

  const check = () => {
    const element = document.querySelector('[data-scene-id]');
    const now = performance.now();
    if (element !== current) {
      current = element;
      record = null;
      if (element) {
        record = { id: element.getAttribute('data-scene-id') ?? '', shownAt: now, readyAt: -1 };
        scenes.push(record);
        if (record.id === config.firstSceneId) {
          probe.loops += 1;
          for (let i = loopWaiters.length - 1; i >= 0; i--) {
            if (probe.loops >= loopWaiters[i]!.n) loopWaiters.splice(i, 1)[0]!.resolve(probe.loops);
          }
        }
      }
    }
    if (element && record && record.readyAt < 0 && element.getAttribute('data-ready') === 'true') {
      record.readyAt = now;
      if (probe.firstReadyAt < 0) {
        probe.firstReadyAt = now;
        for (const resolve of readyWaiters.splice(0)) resolve(now);
      }
    }
  };
  const checkThree = () => {
    if (probe.firstThreeLiveAt >= 0 || probe.loops > 1 || scenes.length > 1) return;
    const chart = document.querySelector('[data-scene-id] [data-three]');
    if (chart && chart.getAttribute('data-three') !== 'loading') probe.firstThreeLiveAt = performance.now();
  };
  new MutationObserver(() => {
    check();
    checkThree();
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-scene-id', 'data-ready', 'data-three'] });

  if (frames) {
    const tick = (time: number) => {
      frames[frameCount % RING] = time;
      frameCount += 1;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const types = PerformanceObserver.supportedEntryTypes;
    const type = types.includes('long-animation-frame') ? 'long-animation-frame' : types.includes('longtask') ? 'longtask' : 'none';
    probe.longFrameType = type;
    if (type !== 'none') {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          const blocking = (entry as PerformanceEntry & { blockingDuration?: number }).blockingDuration ?? Math.max(0, entry.duration - 50);
          longFrames.push({ start: entry.startTime, duration: entry.duration, blocking });
        }
      }).observe({ type, buffered: true });
    }
  }
}

export async function addProbe(page: Page, config: ProbeConfig): Promise<void> {
  // tsx (esbuild keepNames) wraps inner functions in __name(...); the page has no such helper.
  const content = `(() => { const __name = (fn) => fn; (${installProbe.toString()})(${JSON.stringify(config)}); })();`;
  await page.addInitScript({ content });
}

/** Resolves with `fn`'s value, or fails after `ms` with `what` in the message. */
export async function within<T>(ms: number, what: string, fn: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      fn(),
      new Promise<never>((_, fail) => {
        timer = setTimeout(() => fail(new Error(`timed out after ${Math.round(ms / 1000)} s: ${what}`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
