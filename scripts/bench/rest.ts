// CPU at rest per scene: each scene pinned (`?scene=`, real speed), left to finish its entry, then
// watched for a few seconds: CPU of every browser process (main thread, compositor, GPU/viz: CDP
// SystemInfo.getProcessInfo), the renderer's main-thread task time (CDP Performance.getMetrics),
// the composited layers (CDP LayerTree) and the 3D frames drawn. Optionally under CPU throttling.
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, VIEWPORT } from './browser.ts';
import { addProbe, within } from './probe.ts';
import { loadavg } from 'node:os';
import { median } from './stats.ts';
import type { Target } from './targets.ts';

export interface SceneRest {
  id: string;
  /** All browser processes' CPU over the window, % of one core. */
  cpuPct: number;
  /** The renderer's main-thread task time over the window, % of one core. */
  mainPct: number;
  layers: number;
  /** 3D frames drawn during the window (kiosk only; null where the scene has none). */
  threeFrames: number | null;
}

export interface RestResult {
  /** Times each scene was measured (a fresh page each time); its figures are the medians. */
  rounds: number;
  perRound: SceneRest[][];
  settleMs: number;
  windowMs: number;
  cpuThrottle: number;
  scenes: SceneRest[];
  /** The busiest scene at rest. */
  worst: SceneRest | null;
}

interface ProcessInfo {
  processInfo: { type: string; id: number; cpuTime: number }[];
}

const cpuSeconds = async (browserSession: CDPSession) =>
  ((await browserSession.send('SystemInfo.getProcessInfo')) as ProcessInfo).processInfo.reduce((s, p) => s + p.cpuTime, 0);

const taskSeconds = async (session: CDPSession) =>
  ((await session.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;

async function layerCount(session: CDPSession): Promise<number> {
  // layerTreeDidChange fires after the next commit with the whole tree.
  const tree = new Promise<number>((resolve) => {
    session.once('LayerTree.layerTreeDidChange', (event: { layers?: unknown[] }) => resolve(event.layers?.length ?? 0));
  });
  await session.send('LayerTree.enable');
  const count = await Promise.race([tree, new Promise<number>((resolve) => setTimeout(() => resolve(-1), 5_000))]);
  await session.send('LayerTree.disable');
  return count;
}

const threeFrames = (page: Page) =>
  page.evaluate(() => (window as { __kioskThree?: { info(): { frames: number; views: number } } }).__kioskThree?.info() ?? null);

export async function measureRest(
  executablePath: string,
  target: Target,
  options: { sceneUrl: (id: string) => string; sceneIds: string[]; settleMs: number; windowMs: number; cpuThrottle: number; rounds: number },
  log: (line: string) => void,
): Promise<RestResult> {
  // A plain launch (not a persistent profile): SystemInfo needs the browser-level CDP session.
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  const perRound: SceneRest[][] = [];
  try {
    const browserSession = await browser.newBrowserCDPSession();
    for (let round = 0; round < Math.max(1, options.rounds); round++) {
      const scenes: SceneRest[] = [];
      perRound.push(scenes);
      for (const id of options.sceneIds) {
        const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, timezoneId: 'Asia/Shanghai', locale: 'zh-CN', serviceWorkers: 'block' });
        try {
          const page = await context.newPage();
          const session = await context.newCDPSession(page);
          await session.send('Performance.enable');
          if (options.cpuThrottle > 1) await session.send('Emulation.setCPUThrottlingRate', { rate: options.cpuThrottle });
          await addProbe(page, { firstSceneId: id, frames: false });
          await page.goto(options.sceneUrl(id));
          await within(90_000, `${target.label}: ${id} ready`, () => page.evaluate(() => window.__bench!.untilReady()));
          await page.waitForTimeout(options.settleMs);
          const layers = await layerCount(session);
          const three0 = await threeFrames(page);
          const [cpu0, task0, t0] = [await cpuSeconds(browserSession), await taskSeconds(session), Date.now()];
          await page.waitForTimeout(options.windowMs);
          const [cpu1, task1, t1] = [await cpuSeconds(browserSession), await taskSeconds(session), Date.now()];
          const three1 = await threeFrames(page);
          const seconds = (t1 - t0) / 1000;
          const rest: SceneRest = {
            id,
            cpuPct: ((cpu1 - cpu0) / seconds) * 100,
            mainPct: ((task1 - task0) / seconds) * 100,
            layers,
            threeFrames: three1 && three1.views > 0 ? three1.frames - (three0?.frames ?? 0) : null,
          };
          scenes.push(rest);
          log(`  ${target.label} ${id} at rest (round ${round + 1}, load ${loadavg()[0]!.toFixed(1)}): CPU ${rest.cpuPct.toFixed(1)} % (main ${rest.mainPct.toFixed(1)} %), ${layers} layers${rest.threeFrames === null ? '' : `, ${rest.threeFrames} 3D frames`}`);
        } finally {
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
  }
  const scenes = options.sceneIds.flatMap((id): SceneRest[] => {
    const all = perRound.flatMap((round) => round.filter((s) => s.id === id));
    if (!all.length) return [];
    const m = (pick: (s: SceneRest) => number) => median(all.map(pick));
    const three = all.map((s) => s.threeFrames).filter((n): n is number => n !== null);
    return [{ id, cpuPct: m((s) => s.cpuPct), mainPct: m((s) => s.mainPct), layers: m((s) => s.layers), threeFrames: three.length ? median(three) : null }];
  });
  const worst = [...scenes].sort((a, b) => b.cpuPct - a.cpuPct)[0] ?? null;
  return { rounds: perRound.length, perRound, settleMs: options.settleMs, windowMs: options.windowMs, cpuThrottle: options.cpuThrottle, scenes, worst };
}
