// Frame pacing per scene: the loop played at a gentle speed (or real speed), and for each scene the
// window from its data-ready to `windowMs` later (its entry animation): requestAnimationFrame
// intervals (p50, p95, max) and long animation frames (PerformanceObserver 'long-animation-frame',
// else 'longtask'). `rounds` loops in one page after the first; each figure is the median of the rounds.
import { firstPage, launch, tempProfile, webglRenderer } from './browser.ts';
import { addProbe, within, type SceneRecord } from './probe.ts';
import { max, median, percentile } from './stats.ts';
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
  /** Loops measured (after the first); a scene's figures are the medians over them. */
  rounds: number;
  /** Every round's figures, scene by scene. */
  perRound: SceneFrames[][];
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

export async function measureFrames(chromium: string, target: Target, options: { speed: number; windowMs: number; cpuThrottle: number; rounds: number }, log: (line: string) => void): Promise<FramesResult> {
  const profile = await tempProfile();
  // Without the service worker: on this busy machine under CPU ×4 a main-thread stall (three.js's
  // first shader compile in software) outlasted its frozen-page watchdog's 8 s and it reloaded the
  // page mid-loop; frame pacing does not depend on it (the peer has none either).
  const context = await launch(chromium, profile, undefined, 'block');
  try {
    const page = await firstPage(context);
    const notes: string[] = [];
    page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && notes.length < 5 && notes.push(m.text().slice(0, 200)));
    page.on('framenavigated', (frame) => frame === page.mainFrame() && notes.push(`navigated to ${frame.url()}`));
    const webgl = await webglRenderer(page);
    if (options.cpuThrottle > 1) {
      const session = await context.newCDPSession(page);
      await session.send('Emulation.setCPUThrottlingRate', { rate: options.cpuThrottle });
    }
    await addProbe(page, { firstSceneId: target.firstSceneId, frames: true });
    await page.goto(target.url(options.speed));
    const loopMs = ((target.loopSeconds * 1000) / options.speed) * 4 + 60_000;
    await within(90_000, `${target.label}: first scene ready`, () => page.evaluate(() => window.__bench!.untilReady()));
    // Play one whole loop after the first scene, then more (`rounds` in all, each measured from its
    // second scene to the first scene of the next loop: in steady state, not at page load).
    const rounds = Math.max(1, Math.round(options.rounds));
    await within(loopMs * rounds, `${target.label}: ${rounds} loop(s) at speed ${options.speed}`, () => page.evaluate((n) => window.__bench!.untilLoops(n), rounds + 1)).catch((error: Error) => {
      throw new Error(`${error.message} (console: ${notes.join(' | ') || 'nothing'})`);
    });
    await page.waitForTimeout(options.windowMs + 500);
    const records = await page.evaluate(() => window.__bench!.drain(true));
    const longFrameType = await page.evaluate(() => window.__bench!.longFrameType);
    const threeScale = await page.evaluate(() => (window as { __kioskThree?: { info(): { scale: number } } }).__kioskThree?.info().scale ?? null);

    const starts = records.flatMap((r, i) => (r.id === target.firstSceneId ? [i] : []));
    const perRound: SceneFrames[][] = [];
    for (let round = 0; round < rounds && round + 1 < starts.length; round++) {
      const loop = records.slice(starts[round]! + 1, starts[round + 1]! + 1); // scenes 2..n, then scene 1 of the next loop
      const after = records[starts[round + 1]! + 1];
      const scenes: SceneFrames[] = [];
      for (const id of target.sceneIds) {
        const at = loop.findIndex((r) => r.id === id);
        if (at < 0) continue;
        scenes.push(await sceneFrames(page, loop[at]!, loop[at + 1] ?? after, options.windowMs));
      }
      perRound.push(orderById(scenes, target.sceneIds));
    }
    const scenes = medianScenes(perRound, target.sceneIds);
    for (const s of scenes) log(`  ${target.label} ${s.id}: p95 ${s.p95Ms.toFixed(1)} ms, max ${s.maxMs.toFixed(1)} ms, ${s.longFrames} long frames`);
    const worst = [...scenes].sort((a, b) => b.p95Ms - a.p95Ms || b.longFrames - a.longFrames)[0] ?? null;
    return { speed: options.speed, rounds: perRound.length, perRound, cpuThrottle: options.cpuThrottle, windowMs: options.windowMs, longFrameType, webgl, threeScale, scenes: orderById(scenes, target.sceneIds), worst };
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

/** Per scene, the median of each figure over the rounds. */
function medianScenes(perRound: SceneFrames[][], ids: string[]): SceneFrames[] {
  const out: SceneFrames[] = [];
  for (const id of ids) {
    const all = perRound.flatMap((round) => round.filter((s) => s.id === id));
    if (!all.length) continue;
    const m = (pick: (s: SceneFrames) => number) => median(all.map(pick));
    out.push({ id, windowMs: m((s) => s.windowMs), frames: m((s) => s.frames), p50Ms: m((s) => s.p50Ms), p95Ms: m((s) => s.p95Ms), maxMs: m((s) => s.maxMs), longFrames: m((s) => s.longFrames), longestFrameMs: m((s) => s.longestFrameMs), blockingMs: m((s) => s.blockingMs) });
  }
  return out;
}

const orderById = (scenes: SceneFrames[], ids: string[]) => [...scenes].sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id));
