// Where a warm offline start's time goes (not part of `npm run bench`): a first visit to a built
// kiosk (service worker, last good content kept), then the server stopped and the browser
// restarted `--runs` times, each start traced (Chrome tracing over CDP). For each it prints the
// time to the first scene's data-ready and the renderer main thread's work in order: every task
// of 3 ms or more from navigation to ready with what it was (script evaluated, callback, style,
// layout, paint), and the idle gaps between them (waiting: storage, fonts, the service worker).
//
//   npx tsx scripts/bench/trace-start.ts --dist dist-bench --port 4703 --runs 2 [--keep /tmp/start.json]
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { addProbe, within } from './probe.ts';
import { firstPage, launch, tempProfile } from './browser.ts';
import { startServer } from '../lib/serve-process.ts';
import { waitForServiceWorker } from '../lib/service-worker.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist-bench' },
    port: { type: 'string', default: '4703' },
    runs: { type: 'string', default: '2' },
    keep: { type: 'string' },
    first: { type: 'string', default: 'highlights-2023' },
    now: { type: 'string', default: '2026-11-24T10:00:00+08:00' },
    chromium: { type: 'string', default: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  },
});

interface TraceEvent { name: string; cat: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: Record<string, unknown> }

const url = `http://127.0.0.1:${values.port}/?now=${encodeURIComponent(values.now!)}&speed=1`;
const profile = await tempProfile('kiosk-trace-start-');
try {
  const server = await startServer({ port: Number(values.port), dist: values.dist! });
  {
    const context = await launch(values.chromium!, profile);
    const page = await firstPage(context);
    await addProbe(page, { firstSceneId: values.first!, frames: false });
    await page.goto(url);
    await within(60_000, 'first visit ready', () => page.evaluate(() => window.__bench!.untilReady()));
    await waitForServiceWorker(page);
    await page.waitForTimeout(11_000); // content kept as last good after 10 s on screen
    await context.close();
  }
  await server.stop();
  for (let run = 1; run <= Number(values.runs); run++) {
    const context = await launch(values.chromium!, profile);
    const page = await firstPage(context);
    await addProbe(page, { firstSceneId: values.first!, frames: false });
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e: { value: unknown[] }) => events.push(...(e.value as TraceEvent[])));
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'blink', 'loading', 'v8', 'v8.execute', 'disabled-by-default-v8.compile', 'blink.user_timing', 'ServiceWorker', 'navigation', 'fonts'] },
      transferMode: 'ReportEvents',
    });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.goto(url);
    const readyAt = await within(60_000, 'offline start ready', () => page.evaluate(() => window.__bench!.untilReady()));
    const alignAt = await page.evaluate(() => performance.mark('trace-align').startTime);
    const { profile: cpu } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await done;
    await context.close();
    if (values.keep) await writeFile(values.keep.replace(/(\.json)?$/, `-${run}.json`), JSON.stringify({ traceEvents: events }));
    console.log(`\nwarm offline start ${run}: data-ready at ${Math.round(readyAt)} ms`);
    summarise(events, alignAt, readyAt);
    profileSummary(cpu);
  }
} finally {
  await profile.remove();
}

function summarise(events: TraceEvent[], alignAt: number, readyAt: number): void {
  const mark = events.find((e) => e.name === 'trace-align');
  if (!mark) return console.log('  no align mark');
  const zero = mark.ts - alignAt * 1000; // performance.now() 0 in trace time
  const names = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, String(e.args?.name));
  const mainKey = [...names].find(([key, name]) => name === 'CrRendererMain' && events.some((e) => `${e.pid}:${e.tid}` === key && e.name === 'trace-align'))?.[0];
  const main = events.filter((e) => `${e.pid}:${e.tid}` === mainKey && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts);
  const end = zero + readyAt * 1000 + 50_000;
  const ms = (us: number) => ((us - zero) / 1000).toFixed(0).padStart(5);
  let cursor = zero;
  let busy = 0;
  const tops = main.filter((e) => e.name === 'ThreadControllerImpl::RunTask');
  for (const task of tops) {
    if (task.ts + task.dur! < zero || task.ts > end) continue;
    busy += task.dur!;
    if (task.dur! < 3_000) continue;
    if (task.ts - cursor > 5_000) console.log(`  ${ms(cursor)}–${ms(task.ts)} idle ${((task.ts - cursor) / 1000).toFixed(0)} ms`);
    const inside = main.filter((e) => e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur! && e !== task && e.dur! >= 1_000);
    const what = inside
      .filter((e) => /EvaluateScript|v8.compile|v8.compileModule|FunctionCall|TimerFire|FireAnimationFrame|EventDispatch|ParseHTML|UpdateLayoutTree|Layout|Paint|PrePaint|Layerize|Commit|RunMicrotasks|v8.run|V8.ScriptCompiler|FontLoad|ResourceReceivedData|ProfileCall/.test(e.name))
      .slice(0, 8)
      .map((e) => {
        const data = (e.args?.data ?? e.args?.beginData ?? {}) as Record<string, unknown>;
        const where = String(data.url ?? data.functionName ?? data.type ?? e.args?.fileName ?? '').replace(/^.*\//, '');
        return `${e.name}${where ? `(${where})` : ''} ${(e.dur! / 1000).toFixed(0)}`;
      });
    console.log(`  ${ms(task.ts)}–${ms(task.ts + task.dur!)} task ${(task.dur! / 1000).toFixed(0).padStart(3)} ms: ${what.join(', ')}`);
    cursor = task.ts + task.dur!;
  }
  console.log(`  main thread busy ${(busy / 1000).toFixed(0)} ms of ${Math.round(readyAt)} ms to data-ready`);
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
}

/** Self and total time per function over the whole profile (navigation to ready), top 25 by total. */
function profileSummary(cpu: CpuProfile): void {
  const byId = new Map(cpu.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of cpu.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const key = (id: number) => {
    const f = byId.get(id)!.callFrame;
    return `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
  };
  cpu.samples.forEach((id, i) => {
    const dt = (cpu.timeDeltas[i + 1] ?? 0) / 1000;
    const k = key(id);
    self.set(k, (self.get(k) ?? 0) + dt);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const kk = key(at);
      if (seen.has(kk)) continue;
      seen.add(kk);
      total.set(kk, (total.get(kk) ?? 0) + dt);
    }
  });
  console.log('  CPU profile, top by total (ms total / self):');
  for (const [k, t] of [...total].filter(([k]) => !/^\((root|program|idle)\)/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`    ${t.toFixed(1).padStart(7)} / ${(self.get(k) ?? 0).toFixed(1).padStart(6)}  ${k}`);
}
