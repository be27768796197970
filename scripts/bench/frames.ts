// Frame pacing per scene: the loop played at a gentle speed, and for each scene the window from its
// data-ready to `windowMs` later (its entry animation): requestAnimationFrame intervals (p50, p95,
// max) and long animation frames (PerformanceObserver 'long-animation-frame', else 'longtask').
import { firstPage, launch, tempProfile, webglRenderer } from './browser.ts';
import { addProbe, within, type SceneRecord } from './probe.ts';
import { max, percentile } from './stats.ts';
import type { Target } from './targets.ts';

export interface SceneFrames {
  id: string;
  /** Window measured, ms (shorter than asked when the scene left earlier). */
  windowMs: number;
  frames: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** Long animation frames (over 50 ms) that overlap the window. */
  longFrames: number;
  longestFrameMs: number;
  /** Sum of the long frames' blocking time (the part over 50 ms), ms. */
  blockingMs: number;
}

export interface FramesResult {
  speed: number;
  /** DevTools CPU throttling rate (1: none). */
  cpuThrottle: number;
  windowMs: number;
  longFrameType: string;
  webgl: string;
  /** The kiosk's 3D drawing resolution at the end (it steps down on slow hardware); null for the peer. */
  threeScale: number | null;
  scenes: SceneFrames[];
  /** The scene with the highest p95 (ties: more long frames). */
  worst: SceneFrames | null;
}

export async function measureFrames(chromium: string, target: Target, options: { speed: number; windowMs: number; cpuThrottle: number }, log: (line: string) => void): Promise<FramesResult> {
  const profile = await tempProfile();
  const context = await launch(chromium, profile);
  try {
    const page = await firstPage(context);
    const webgl = await webglRenderer(page);
    if (options.cpuThrottle > 1) {
      const session = await context.newCDPSession(page);
      await session.send('Emulation.setCPUThrottlingRate', { rate: options.cpuThrottle });
    }
    await addProbe(page, { firstSceneId: target.firstSceneId, frames: true });
    await page.goto(target.url(options.speed));
    const loopMs = ((target.loopSeconds * 1000) / options.speed) * 4 + 60_000;
    await within(90_000, `${target.label}: first scene ready`, () => page.evaluate(() => window.__bench!.untilReady()));
    // Play one whole loop after the first scene, then the first scene again (in steady state,
    // not at page load), and let its window run out.
    await within(loopMs, `${target.label}: one loop at speed ${options.speed}`, () => page.evaluate(() => window.__bench!.untilLoops(2)));
    await page.waitForTimeout(options.windowMs + 500);
    const records = await page.evaluate(() => window.__bench!.drain(true));
    const longFrameType = await page.evaluate(() => window.__bench!.longFrameType);
    const threeScale = await page.evaluate(() => (window as { __kioskThree?: { info(): { scale: number } } }).__kioskThree?.info().scale ?? null);

    const firstLoopEnd = records.findIndex((r, i) => i > 0 && r.id === target.firstSceneId);
    const loop = records.slice(1, firstLoopEnd + 1); // scenes 2..n of loop 1, then scene 1 of loop 2
    const scenes: SceneFrames[] = [];
    for (const id of target.sceneIds) {
      const at = loop.findIndex((r) => r.id === id);
      if (at < 0) continue;
      const record = loop[at]!;
      const next = loop[at + 1] ?? records[firstLoopEnd + 1];
      scenes.push(await sceneFrames(page, record, next, options.windowMs));
    }
    for (const s of scenes) log(`  ${target.label} ${s.id}: p95 ${s.p95Ms.toFixed(1)} ms, max ${s.maxMs.toFixed(1)} ms, ${s.longFrames} long frames`);
    const worst = [...scenes].sort((a, b) => b.p95Ms - a.p95Ms || b.longFrames - a.longFrames)[0] ?? null;
    return { speed: options.speed, cpuThrottle: options.cpuThrottle, windowMs: options.windowMs, longFrameType, webgl, threeScale, scenes: orderById(scenes, target.sceneIds), worst };
  } finally {
    await context.close();
    await profile.remove();
  }
}

async function sceneFrames(page: import('@playwright/test').Page, record: SceneRecord, next: SceneRecord | undefined, windowMs: number): Promise<SceneFrames> {
  const from = record.readyAt >= 0 ? record.readyAt : record.shownAt;
  const to = Math.min(from + windowMs, next ? next.shownAt : Infinity);
  // Every frame interval that overlaps the window, so a frame that is late across its edge counts too.
  const times = await page.evaluate(([a, b]) => window.__bench!.frameTimes(a!, b!), [from - 10_000, to + 10_000]);
  const gaps: number[] = [];
  for (let i = 1; i < times.length; i++) if (times[i]! > from && times[i - 1]! < to) gaps.push(times[i]! - times[i - 1]!);
  const long = await page.evaluate(([a, b]) => window.__bench!.longFrames(a!, b!), [from, to]);
  return {
    id: record.id,
    windowMs: Math.round(to - from),
    frames: times.filter((t) => t >= from && t <= to).length,
    p50Ms: percentile(gaps, 50),
    p95Ms: percentile(gaps, 95),
    maxMs: max(gaps),
    longFrames: long.length,
    longestFrameMs: long.length ? max(long.map((f) => f.duration)) : 0,
    blockingMs: long.reduce((s, f) => s + f.blocking, 0),
  };
}

const orderById = (scenes: SceneFrames[], ids: string[]) => [...scenes].sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id));
