// `npm run bench`: builds the kiosk into its own folder, serves it and a reveal.js peer made from
// the same content, drives Chromium through both with the same code, and writes
// bench-results/<timestamp>.{json,md} (+ latest.*) with an SVG plot of memory over the soak.
// How to read the figures: docs/performance.md.
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs, type Phase } from './args.ts';
import { buildKiosk, ensureSystemDeps } from './build.ts';
import { measureFrames } from './frames.ts';
import { describeMachine } from './machine.ts';
import { buildPeerSlides } from './peer/build-slides.ts';
import { markdownReport, summaryLines } from './report.ts';
import type { BenchResult, TargetResult } from './result.ts';
import { kioskSizes, peerSizes } from './sizes.ts';
import { measureRest } from './rest.ts';
import { runSoak } from './soak.ts';
import { runUnattended } from './unattended.ts';
import { writeSoakContent } from './soak-content.ts';
import { measureStarts } from './start-times.ts';
import { memorySvg } from './svg.ts';
import { kioskTarget, peerTarget, type Target } from './targets.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const FRAME_WINDOW_MS = 3_000;
/** Rest: time after a pinned scene's data-ready for its entry (and the 3D camera) to finish, then the window watched. */
const REST_SETTLE_MS = 9_000;
const REST_WINDOW_MS = 5_000;
const WARMUP_FRACTION = 0.1;

const t0 = Date.now();
const log = (line: string) => console.log(`[bench ${String(Math.round((Date.now() - t0) / 1000)).padStart(4)} s] ${line}`);

/** Teardown steps, run last-in first-out whatever happens (also on Ctrl-C). */
const teardown: (() => Promise<unknown>)[] = [];
async function runTeardown(): Promise<void> {
  while (teardown.length) await teardown.pop()!().catch((error: unknown) => console.error('[bench] cleanup:', error));
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`${signal}: stopping servers and browsers`);
    void runTeardown().finally(() => process.exit(130));
  });
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  process.chdir(ROOT);
  const startedAt = new Date();
  await ensureSystemDeps();
  if (!existsSync(options.chromium)) throw new Error(`no browser at ${options.chromium} (set --chromium or CHROMIUM_PATH)`);
  const machine = await describeMachine(options.chromium);
  log(`${machine.cpu}, ${machine.cores} cores, ${machine.ramGb} GB; ${machine.chromium}; load ${machine.loadAtStart.toFixed(2)}`);
  if (machine.loadAtStart > machine.cores) log(`warning: the machine is busy (load ${machine.loadAtStart.toFixed(2)} on ${machine.cores} cores); times will be noisy`);

  if (options.skipBuild) {
    if (!existsSync(join(options.dist, 'index.html'))) throw new Error(`--skip-build: no build in ${options.dist}`);
  } else {
    log(`building into ${options.dist}/`);
    await buildKiosk(options.dist);
  }

  const work = await mkdtemp(join(tmpdir(), 'kiosk-bench-'));
  teardown.push(() => rm(work, { recursive: true, force: true }));
  const soakContent = join(work, 'content');
  await writeSoakContent(soakContent);
  const playlist = JSON.parse(await readFile(join(ROOT, 'content', 'playlist.json'), 'utf8')) as { scenes: { id: string; duration: number }[] };
  const sceneIds = playlist.scenes.map((s) => s.id);
  const loopSeconds = playlist.scenes.reduce((s, e) => s + e.duration, 0);

  const targets: Target[] = [];
  const sceneMs = Object.fromEntries(playlist.scenes.map((s) => [s.id, s.duration * 1000]));
  const kiosk = await kioskTarget({ port: options.port, dist: options.dist, soakContentDir: soakContent, now: options.now, sceneIds, loopSeconds, sceneMs });
  teardown.push(() => kiosk.stop());
  if (!options.skipKiosk) targets.push(kiosk);
  let slides: Awaited<ReturnType<typeof buildPeerSlides>> | null = null;
  if (!options.skipPeer) {
    slides = await buildPeerSlides({ outDir: join(work, 'peer'), now: options.now });
    log(`peer: ${slides.slideCount} reveal.js slides in ${slides.dir}`);
    const peer = await peerTarget({ port: options.port + 1, slides });
    teardown.push(() => peer.stop());
    targets.push(peer);
  }

  const result: BenchResult = {
    version: 1,
    startedAt: startedAt.toISOString(),
    finishedAt: '',
    durationSeconds: 0,
    options,
    machine,
    kiosk: { label: kiosk.label },
    ...(slides ? { peer: { label: targets.at(-1)!.label, slides: slides.slideCount } } : {}),
    sizes: {},
    errors: [],
  };
  const resultFor = (target: Target): TargetResult => (target.key === 'kiosk' ? result.kiosk : result.peer!);
  const has = (phase: Phase) => options.phases.includes(phase);

  if (has('sizes')) {
    result.sizes.kiosk = await kioskSizes(options.dist);
    if (slides) result.sizes.peer = await peerSizes(slides.dir);
    log(`sizes: JS ${(result.sizes.kiosk.js.gzip / 1024).toFixed(1)} KB gzip, precache ${(result.sizes.kiosk.precache.bytes / 1048576).toFixed(2)} MB`);
  }

  const phases: { phase: Phase; run: (target: Target) => Promise<void> }[] = [
    {
      phase: 'start',
      run: async (target) => {
        resultFor(target).start = await measureStarts(options.chromium, target, options.runs, log);
      },
    },
    {
      phase: 'frames',
      run: async (target) => {
        const frames = await measureFrames(options.chromium, target, { speed: options.framesSpeed, windowMs: FRAME_WINDOW_MS, cpuThrottle: options.cpuThrottle, rounds: options.framesRounds }, log);
        resultFor(target).frames = frames;
        result.machine.webgl ??= frames.webgl;
      },
    },
    {
      phase: 'rest',
      run: async (target) => {
        // The kiosk: every scene pinned with ?scene=. The peer: its first slide, slowed so it stays.
        const kiosk = target.key === 'kiosk';
        const base = target.url(kiosk ? 1 : 0.01);
        resultFor(target).rest = await measureRest(
          options.chromium,
          target,
          {
            sceneUrl: (id) => (kiosk ? `${base}&scene=${encodeURIComponent(id)}` : base),
            sceneIds: kiosk ? target.sceneIds : [target.firstSceneId],
            settleMs: REST_SETTLE_MS,
            windowMs: REST_WINDOW_MS,
            cpuThrottle: options.cpuThrottle,
            rounds: options.restRounds,
          },
          log,
        );
      },
    },
    {
      phase: 'soak',
      run: async (target) => {
        log(`${target.label}: soak, ${options.cycles} loops ${options.soakDrive === 'clock' ? "by Playwright's clock, stepped per scene" : `at speed ${options.soakSpeed} (at least ${Math.round((options.cycles * loopSeconds) / options.soakSpeed / 60)} min; longer when the CPU cannot keep up)`}`);
        const soak = await runSoak(options.chromium, target, { cycles: options.cycles, speed: options.soakSpeed, drive: options.soakDrive, sampleEvery: options.sampleEvery, warmupFraction: WARMUP_FRACTION, viewport: options.soakViewport }, log);
        resultFor(target).soak = soak;
        // A leak fails the bench, like any other broken phase.
        for (const leak of soak.leaks) result.errors.push({ phase: 'soak', target: target.key, message: `leak: ${leak}` });
      },
    },
  ];
  for (const { phase, run } of phases) {
    if (!has(phase)) continue;
    for (const target of targets) {
      log(`${target.label}: ${phase}`);
      try {
        await run(target);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        log(`${target.label}: ${phase} FAILED: ${message}`);
        result.errors.push({ phase, target: target.key, message });
      }
    }
  }

  if (has('unattended')) {
    try {
      result.unattended = await runUnattended(options.chromium, new URL(kiosk.url(1)).origin + '/', { minutes: options.unattendedMinutes, now: options.now }, log);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log(`unattended FAILED: ${message}`);
      result.errors.push({ phase: 'unattended', target: 'kiosk', message });
    }
  }

  result.machine.loadAtEnd = loadavg()[0]!;
  result.finishedAt = new Date().toISOString();
  result.durationSeconds = (Date.now() - startedAt.getTime()) / 1000;
  await writeResults(options.out, result);
  for (const line of summaryLines(result)) console.log(line);
  return result.errors.length ? 1 : 0;
}

async function writeResults(outDir: string, result: BenchResult): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const stamp = result.startedAt.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z').replace('T', '-');
  const base = join(outDir, stamp);
  const series = [
    { label: 'palace-kiosk', color: '#b3261e', samples: result.kiosk.soak?.samples ?? [] },
    ...(result.peer?.soak ? [{ label: 'reveal.js slides', color: '#5f6b7a', samples: result.peer.soak.samples }] : []),
  ].filter((s) => s.samples.length > 0);
  const warmup = result.kiosk.soak?.warmupCycles ?? result.peer?.soak?.warmupCycles ?? 0;
  const svg = series.length ? memorySvg(series, `Memory after forced GC over ${result.options.cycles} loops (speed ${result.options.soakSpeed})`, warmup) : null;

  await writeFile(`${base}.json`, `${JSON.stringify(result, null, 2)}\n`);
  if (svg) await writeFile(`${base}-memory.svg`, svg);
  await writeFile(`${base}.md`, markdownReport(result, `${stamp}-memory.svg`));
  await copyFile(`${base}.json`, join(outDir, 'latest.json'));
  if (svg) await writeFile(join(outDir, 'latest-memory.svg'), svg);
  await writeFile(join(outDir, 'latest.md'), markdownReport(result, 'latest-memory.svg'));
  log(`wrote ${base}.{json,md}${svg ? ' and -memory.svg' : ''}, and latest.*`);
}

main()
  .then(async (code) => {
    await runTeardown();
    process.exit(code);
  })
  .catch(async (error: unknown) => {
    console.error(`[bench] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    await runTeardown();
    process.exit(1);
  });
