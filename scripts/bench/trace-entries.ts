// A narrow look at scene entries, for finding what a long frame is (not part of `npm run bench`):
// plays the loop of a built kiosk at `--speed` (or pins one scene with `--scene`), records every
// scene's frames from its data-ready for 3 s like the bench's frames phase, and for each long
// animation frame prints its attribution (scripts with their function and source, style/layout
// time) plus, with `--trace FILE`, a Chrome trace of the whole run, summarised per long frame:
// the renderer's main thread and compositor and the viz (display compositor) time by event name.
//
//   npx tsx scripts/bench/trace-entries.ts --dist dist-bench --port 4702 --speed 4 --loops 1 [--cpu-throttle 4] [--trace /tmp/t.json]
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { addProbe, within } from './probe.ts';
import { firstPage, launch, tempProfile } from './browser.ts';
import { startServer } from '../lib/serve-process.ts';
import { percentile } from './stats.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist-bench' },
    port: { type: 'string', default: '4702' },
    speed: { type: 'string', default: '4' },
    loops: { type: 'string', default: '1' },
    scene: { type: 'string' },
    first: { type: 'string', default: 'highlights-2023' },
    trace: { type: 'string' },
    /** DevTools CPU throttling (a weak PC), as the bench's `--cpu-throttle`. */
    'cpu-throttle': { type: 'string', default: '1' },
    now: { type: 'string', default: '2026-11-24T10:00:00+08:00' },
    chromium: { type: 'string', default: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  },
});

interface Loaf {
  start: number;
  duration: number;
  blocking: number;
  renderStart: number;
  styleAndLayoutStart: number;
  scripts: { name: string; invoker: string; fn: string; src: string; start: number; duration: number; forcedLayout: number }[];
}

function installLoaf(): void {
  const all: Loaf[] = [];
  (window as unknown as { __loaf: Loaf[] }).__loaf = all;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as unknown as (Omit<Loaf, 'scripts' | 'start' | 'blocking'> & { startTime: number; blockingDuration: number; scripts: Record<string, unknown>[] })[]) {
      all.push({
        start: e.startTime,
        duration: e.duration,
        blocking: e.blockingDuration,
        renderStart: e.renderStart,
        styleAndLayoutStart: e.styleAndLayoutStart,
        scripts: e.scripts.map((s) => ({
          name: String(s.name),
          invoker: String(s.invoker),
          fn: String(s.sourceFunctionName),
          src: `${String(s.sourceURL).replace(/^.*\//, '')}:${String(s.sourceCharPosition)}`,
          start: Number(s.startTime),
          duration: Number(s.duration),
          forcedLayout: Number(s.forcedStyleAndLayoutDuration),
        })),
      });
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
}

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { name?: string } }
const summary: { id: string; fromUs: number; toUs: number; label: string }[] = [];

const server = await startServer({ port: Number(values.port), dist: values.dist! });
const profile = await tempProfile('kiosk-trace-');
const context = await launch(values.chromium!, profile, undefined, 'block');
try {
  const page = await firstPage(context);
  const first = values.scene ?? values.first!;
  await addProbe(page, { firstSceneId: first, frames: true });
  await page.addInitScript({ content: `(() => { const __name = (f) => f; (${installLoaf.toString()})(); })();` });
  const cdp = await context.newCDPSession(page);
  const traceEvents: unknown[] = [];
  if (values.trace) {
    cdp.on('Tracing.dataCollected', (e: { value: unknown[] }) => traceEvents.push(...e.value));
    await cdp.send('Tracing.start', {
      traceConfig: {
        recordMode: 'recordContinuously',
        includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.frame', 'toplevel', 'blink', 'cc', 'viz', 'gpu', 'v8.execute', 'disabled-by-default-v8.compile', 'loading', 'benchmark', 'blink.user_timing'],
      },
      transferMode: 'ReportEvents',
    });
  }
  const url = `${server.url}?now=${encodeURIComponent(values.now!)}&speed=${values.speed}${values.scene ? `&scene=${values.scene}` : ''}`;
  const throttle = Number(values['cpu-throttle']);
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.goto(url);
  await within(60_000, 'first scene ready', () => page.evaluate(() => window.__bench!.untilReady()));
  if (values.scene) await page.waitForTimeout(4_000);
  else await within(600_000, 'loops', () => page.evaluate((n) => window.__bench!.untilLoops(n), Number(values.loops) + 1));
  await page.waitForTimeout(3_500);
  const records = await page.evaluate(() => window.__bench!.drain(true));
  const loafs = await page.evaluate(() => (window as unknown as { __loaf: Loaf[] }).__loaf);
  // Trace timestamps are the browser's monotonic clock: a user-timing mark ties them to performance.now().
  const alignAt = await page.evaluate(() => performance.mark('trace-align').startTime);
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    if (!values.scene && i === 0) continue; // page load
    const from = r.readyAt >= 0 ? r.readyAt : r.shownAt;
    const to = Math.min(from + 3_000, records[i + 1]?.shownAt ?? Infinity);
    const times = await page.evaluate(([a, b]) => window.__bench!.frameTimes(a!, b!), [from - 1_000, to + 1_000]);
    const gaps: { at: number; ms: number }[] = [];
    for (let k = 1; k < times.length; k++) if (times[k]! > from && times[k - 1]! < to) gaps.push({ at: times[k - 1]! - from, ms: times[k]! - times[k - 1]! });
    const slow = gaps.filter((g) => g.ms > 20).map((g) => `${Math.round(g.at)}+${Math.round(g.ms)}`);
    console.log(`\n${r.id}: shown→ready ${Math.round(from - r.shownAt)} ms, p95 ${percentile(gaps.map((g) => g.ms), 95).toFixed(1)} ms; slow frames (at+ms from ready): ${slow.join(' ') || 'none'}`);
    for (const l of loafs.filter((f) => f.start < to && f.start + f.duration > from - 1_000)) {
      console.log(`  LoAF at ${Math.round(l.start - from)} ms (from ready): ${Math.round(l.duration)} ms, blocking ${Math.round(l.blocking)}, render ${Math.round(l.renderStart - l.start)}→style/layout ${Math.round(l.styleAndLayoutStart - l.start)}→end`);
      for (const s of l.scripts) console.log(`    script ${Math.round(s.duration)} ms (forced layout ${Math.round(s.forcedLayout)}) ${s.invoker} ${s.fn} ${s.src}`);
      if (values.trace) summary.push({ id: r.id, fromUs: l.start * 1000, toUs: (l.start + l.duration) * 1000, label: `${r.id} LoAF at ${Math.round(l.start - from)} ms` });
    }
    if (values.trace) summary.push({ id: r.id, fromUs: from * 1000, toUs: to * 1000, label: `${r.id} whole window` });
  }
  if (values.trace) {
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await done;
    await writeFile(values.trace, JSON.stringify({ traceEvents }));
    summarise(traceEvents as TraceEvent[], alignAt);
  }
} finally {
  await context.close();
  await profile.remove();
  await server.stop();
}


/** Per window: complete events (ph X) on each named thread by name, top ones, ms (nested events counted in their parents too). */
function summarise(events: TraceEvent[], alignAt: number): void {
  const mark = events.find((e) => e.name === 'trace-align');
  const shift = mark ? mark.ts - alignAt * 1000 : 0;
  if (!mark) console.log('[trace] no align mark: windows are not placed');
  const threads = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?');
  const wanted = /CrRendererMain|Compositor$|VizCompositorThread|CrGpuMain|ThreadPoolForegroundWorker/;
  for (const w of summary) {
    const rows = new Map<string, number>();
    for (const e of events) {
      if (e.ph !== 'X' || !e.dur) continue;
      const thread = threads.get(`${e.pid}:${e.tid}`) ?? '';
      if (!wanted.test(thread)) continue;
      const a = Math.max(e.ts, w.fromUs + shift);
      const b = Math.min(e.ts + e.dur, w.toUs + shift);
      if (b <= a) continue;
      const key = `${thread} ${e.name}`;
      rows.set(key, (rows.get(key) ?? 0) + (b - a) / 1000);
    }
    const top = [...rows].sort((x, y) => y[1] - x[1]).slice(0, 14);
    console.log(`\n[trace] ${w.label} (${Math.round((w.toUs - w.fromUs) / 1000)} ms)`);
    for (const [k, ms] of top) console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${k}`);
  }
}
