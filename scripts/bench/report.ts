// The Markdown report: a summary table (kiosk, peer, ratio), then the details of every phase.
import type { BenchResult, TargetResult } from './result.ts';
import type { FramesResult, SceneFrames } from './frames.ts';
import { median } from './stats.ts';
import type { SoakResult, ThreeCounts } from './soak.ts';

const num = (n: number, digits = 0) => (Number.isFinite(n) ? n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : '—');
const ms = (n: number | undefined) => (n === undefined || !Number.isFinite(n) ? '—' : `${num(n)} ms`);
const mb = (bytes: number | undefined, digits = 2) => (bytes === undefined ? '—' : `${num(bytes / 1048576, digits)} MB`);
const kb = (bytes: number | undefined) => (bytes === undefined ? '—' : `${num(bytes / 1024, 1)} KB`);
const signedKb = (bytes: number | undefined) => (bytes === undefined || !Number.isFinite(bytes) ? '—' : `${bytes >= 0 ? '+' : '−'}${num(Math.abs(bytes) / 1024, 1)} KB`);
const signed = (n: number | undefined, digits = 1) => (n === undefined || !Number.isFinite(n) ? '—' : `${n >= 0 ? '+' : '−'}${num(Math.abs(n), digits)}`);
const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b <= 0 ? '—' : `×${num(a / b, 2)}`);

type SpanKey = keyof SoakResult['spans'];

/** "loop 0 → after warm-up → end", the last two as medians (see Span). */
const span = (soak: SoakResult | undefined, key: SpanKey, show: (n: number) => string = (n) => num(n)) => {
  const v = soak?.spans[key];
  return v ? `${show(v.loop0)} → ${show(v.start)} → ${show(v.end)}` : '—';
};
const spanEnd = (soak: SoakResult | undefined, key: SpanKey) => soak?.spans[key]?.end;

const threeCounts = (t: ThreeCounts) => `${t.geometries}/${t.textures}/${t.programs}`;
const worstText = (w: SceneFrames | null | undefined) => (w ? `${w.id}: p95 ${num(w.p95Ms, 1)} ms, max ${num(w.maxMs, 1)} ms, ${w.longFrames} long frames (${num(w.blockingMs)} ms blocking)` : '—');

export function markdownReport(result: BenchResult, svgFile: string): string {
  const k = result.kiosk;
  const p: TargetResult | undefined = result.peer;
  const m = result.machine;
  const sizes = result.sizes;
  const lines: string[] = [];
  const push = (...l: string[]) => lines.push(...l);

  push(`# palace-kiosk benchmark, ${result.startedAt.slice(0, 16).replace('T', ' ')} UTC`, '');
  push(`\`npm run bench${cliFlags(result)}\` · ${num(result.durationSeconds / 60, 1)} min · peer: ${p ? `the same default content as ${result.peer!.slides} reveal.js slides` : 'skipped'}`, '');
  push('## Machine', '');
  push('| | |', '| --- | --- |');
  push(`| CPU | ${m.cpu}, ${m.cores} cores |`, `| RAM | ${m.ramGb} GB |`, `| OS | ${m.os} (kernel ${m.kernel}) |`);
  push(`| Browser | ${m.chromium}, headless, 1920×1080 |`, `| WebGL | ${m.webgl ?? '—'} |`, `| Node | ${m.node} |`);
  push(`| Load average (1 min) | ${num(m.loadAtStart, 2)} at start, ${num(m.loadAtEnd ?? Number.NaN, 2)} at end${Math.max(m.loadAtStart, m.loadAtEnd ?? 0) > m.cores ? ' — **busy machine: times are noisy**' : ''} |`, '');

  if (result.errors.length) {
    push('## Errors', '');
    for (const e of result.errors) push(`- **${e.phase}${e.target ? ` (${e.target})` : ''}**: ${e.message.replace(/\n/g, ' ')}`);
    push('');
  }

  push('## Summary', '');
  const rows: [string, string, string, string][] = [];
  const row = (label: string, kiosk: string, peer = '—', r = '') => rows.push([label, kiosk, peer, r]);
  const runs = result.options.runs;
  if (k.start || p?.start) {
    row(`Cold start → first scene ready (median of ${runs})`, ms(k.start?.coldMedianMs), ms(p?.start?.coldMedianMs), ratio(k.start?.coldMedianMs, p?.start?.coldMedianMs));
    row(`Warm offline start → first scene ready (median of ${runs}), server stopped`, ms(k.start?.warmMedianMs), ms(p?.start?.warmMedianMs), ratio(k.start?.warmMedianMs, p?.start?.warmMedianMs));
    row(`Warm offline start, a server that never answers (median of ${runs})`, ms(k.start?.warmHungMedianMs), ms(p?.start?.warmHungMedianMs), ratio(k.start?.warmHungMedianMs, p?.start?.warmHungMedianMs));
  }
  if (k.frames || p?.frames) {
    row('Worst scene, frame intervals during its entry', worstText(k.frames?.worst), worstText(p?.frames?.worst), `p95 ${ratio(k.frames?.worst?.p95Ms, p?.frames?.worst?.p95Ms)}`);
    const longTotal = (f: FramesResult | undefined) => (f ? String(f.scenes.reduce((s, x) => s + x.longFrames, 0)) : '—');
    row("Long animation frames, all scenes' entries", longTotal(k.frames), longTotal(p?.frames));
  }
  if (k.soak || p?.soak) {
    row('JS heap slope per 100 loops (after warm-up)', signedKb(k.soak?.heapSlope.per100), signedKb(p?.soak?.heapSlope.per100));
    row('JS heap slope per 100 loops, second half of the loops only', signedKb(k.soak?.heapSlopeLateHalf?.per100), signedKb(p?.soak?.heapSlopeLateHalf?.per100));
    row('Blink (DOM) heap slope per 100 loops', signedKb(k.soak?.blinkHeapSlope.per100), signedKb(p?.soak?.blinkHeapSlope.per100));
    const heap = (n: number) => mb(n);
    row('JS heap after GC: loop 0 → after warm-up → end', span(k.soak, 'heapUsed', heap), span(p?.soak, 'heapUsed', heap), ratio(spanEnd(k.soak, 'heapUsed'), spanEnd(p?.soak, 'heapUsed')));
    row('Blink (DOM) heap after GC', span(k.soak, 'blinkHeapUsed', heap), span(p?.soak, 'blinkHeapUsed', heap), ratio(spanEnd(k.soak, 'blinkHeapUsed'), spanEnd(p?.soak, 'blinkHeapUsed')));
    row('DOM nodes', span(k.soak, 'nodes'), span(p?.soak, 'nodes'), ratio(spanEnd(k.soak, 'nodes'), spanEnd(p?.soak, 'nodes')));
    row('JS event listeners', span(k.soak, 'listeners'), span(p?.soak, 'listeners'), ratio(spanEnd(k.soak, 'listeners'), spanEnd(p?.soak, 'listeners')));
    row('Documents', span(k.soak, 'documents'), span(p?.soak, 'documents'));
    const range = k.soak?.threeRange;
    const three = k.soak?.spans.geometries ? (['geometries', 'textures', 'programs'] as const).map((key) => `${key} ${span(k.soak, key)}`).join('; ') : '—';
    row('three.js renderer after GC', `${three}${range ? ` (range over samples: ${threeCounts(range.min)} … ${threeCounts(range.max)} geometries/textures/programs)` : ''}`, 'n/a');
    row('Scenes that reached data-ready in the soak', readyText(k.soak), readyText(p?.soak));
  }
  if (sizes.kiosk) {
    row('JS, gzip', kb(sizes.kiosk.js.gzip), kb(sizes.peer?.js.gzip), ratio(sizes.kiosk.js.gzip, sizes.peer?.js.gzip));
    row('CSS, gzip', kb(sizes.kiosk.css.gzip), kb(sizes.peer?.css.gzip), ratio(sizes.kiosk.css.gzip, sizes.peer?.css.gzip));
    row('Offline payload', `precache ${sizes.kiosk.precache.entries} files, ${mb(sizes.kiosk.precache.bytes)}`, sizes.peer ? `slide folder ${mb(sizes.peer.total.bytes)}` : '—');
    row('Fonts shipped', `${sizes.kiosk.fonts.files} woff2, ${mb(sizes.kiosk.fonts.bytes)}`, 'none (system CJK font)');
  }
  if (p) {
    push('| | palace-kiosk | reveal.js slides | kiosk ÷ slides |', '| --- | --- | --- | --- |');
    for (const r of rows) push(`| ${r.join(' | ')} |`);
  } else {
    push('| | palace-kiosk |', '| --- | --- |');
    for (const r of rows) push(`| ${r[0]} | ${r[1]} |`);
  }
  push('');

  if (k.soak || p?.soak) push(`![JS heap and DOM nodes over soak loops](${svgFile})`, '');

  if (k.start || p?.start) {
    push('## Start', '');
    push('Navigation start to the first scene\'s `data-ready="true"` (the peer: first slide shown and `document.fonts.ready`), read in the page.', '');
    push('| | cold runs | warm offline runs (server stopped) | warm offline runs (server never answers) | first contentful paint (cold, median) | requests (cold) | requests leaving the machine | failed requests (cold) | failed requests (warm offline) |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const t of [k, p]) {
      if (!t?.start) continue;
      const s = t.start;
      const external = [...s.cold, ...s.warm].flatMap((r) => r.external);
      push(`| ${t.label} | ${s.cold.map((r) => num(r.readyMs)).join(', ')} ms | ${s.warm.map((r) => num(r.readyMs)).join(', ')} ms | ${(s.warmHung ?? []).map((r) => num(r.readyMs)).join(', ') || '—'} ms | ${ms(median(s.cold.map((r) => r.fcpMs)))} | ${s.cold[0]?.requests ?? '—'} | ${external.length ? external.slice(0, 3).join(' ') : '0'} | ${[...new Set(s.cold.flatMap((r) => r.failed))].join(', ') || 'none'} | ${s.warm[0]?.failed.length ?? 0} a run |`);
    }
    push('');
    for (const t of [k, p]) if (t?.start) push(`- ${t.label}, warm offline: ${t.start.warmHow}.`);
    push('');
  }

  if (k.frames || p?.frames) {
    const f = k.frames ?? p!.frames!;
    push('## Frames per scene', '');
    push(`The loop at \`?speed=${f.speed}\`${f.speed === 1 ? ' (real speed)' : ''}, ${f.rounds ?? 1} loop(s) after the first, each figure the median over them; each scene from its \`data-ready\` for ${f.windowMs / 1000} s (its entry animation and the crossfade), the first scene in the second loop${f.cpuThrottle > 1 ? `, CPU throttled ×${f.cpuThrottle} (DevTools)` : ''}. Frame intervals from \`requestAnimationFrame\`; long frames from \`${f.longFrameType}\` entries (≥ 50 ms).${f.threeScale != null && f.threeScale < 1 ? ` The kiosk drew its 3D scene at ${Math.round(f.threeScale * 100)} % resolution here: its frames were too slow at full resolution, so it stepped down (src/three/frame-budget.ts).` : ''}`, '');
    push('| scene | kiosk p50 | p95 | max | long frames (blocking) | slides p50 | p95 | max | long frames (blocking) |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    const ids = [...new Set([...(k.frames?.scenes ?? []), ...(p?.frames?.scenes ?? [])].map((s) => s.id))];
    const cells = (s: SceneFrames | undefined) => (s ? `${num(s.p50Ms, 1)} | ${num(s.p95Ms, 1)} | ${num(s.maxMs, 1)} | ${s.longFrames} (${num(s.blockingMs)} ms)` : '— | — | — | —');
    for (const id of ids) push(`| ${id} | ${cells(k.frames?.scenes.find((s) => s.id === id))} | ${cells(p?.frames?.scenes.find((s) => s.id === id))} |`);
    push('');
  }

  if (k.rest || p?.rest) {
    const r = k.rest ?? p!.rest!;
    push('## At rest', '');
    push(`Each kiosk scene pinned (\`?scene=\`, real speed), ${r.settleMs / 1000} s after its \`data-ready\` (entry and 3D camera done), watched for ${r.windowMs / 1000} s${r.cpuThrottle > 1 ? ` with CPU throttling ×${r.cpuThrottle}` : ''}: CPU of all browser processes (main thread, compositor, GPU/viz; CDP SystemInfo), the page's main-thread task time (CDP Performance), composited layers (CDP LayerTree) and 3D frames drawn. The peer: its first slide.`, '');
    push('| | scene | CPU, % of a core | main thread | layers | 3D frames |', '| --- | --- | --- | --- | --- | --- |');
    for (const t of [k, p]) {
      for (const s of t?.rest?.scenes ?? []) push(`| ${t!.label} | ${s.id} | ${num(s.cpuPct, 1)} | ${num(s.mainPct, 1)} | ${s.layers} | ${s.threeFrames ?? '—'} |`);
    }
    push('');
  }

  if (k.soak || p?.soak) {
    push('## Soak', '');
    for (const t of [k, p]) {
      if (!t?.soak) continue;
      const s = t.soak;
      push(
        `- ${t.label}: ${s.cycles} loops ${s.drive === 'clock' ? "by Playwright's clock (each scene's entry in one jump, then the rest of its time; no service worker)" : `at \`?speed=${s.speed}\``}, ${s.viewport}, in ${num(s.realSeconds / 60, 1)} min (${num(s.realSeconds / Math.max(1, s.cycles), 1)} s a loop), a forced GC and a sample every ${s.sampleEvery} loop(s); slopes fitted from loop ${s.warmupCycles} on. ` +
          `JS heap ${signedKb(s.heapSlope.per100)}, Blink heap ${signedKb(s.blinkHeapSlope.per100)}, DOM nodes ${signed(s.nodesSlope.per100)}, listeners ${signed(s.listenersSlope.per100)} per 100 loops. ` +
          `${readyText(s)} scenes reached data-ready (median ${ms(s.showToReadyMs)} after coming on screen). Console errors: ${s.consoleErrors}${s.firstConsoleErrors.length ? ` (first: \`${s.firstConsoleErrors[0]!.replace(/`/g, "'")}\`)` : ''}. Failed requests: ${s.failedRequests.join(', ') || 'none'}. Mode at the end: ${s.finalMode}. Leaks: ${s.leaks.length ? s.leaks.join('; ') : 'none'}.`,
      );
    }
    push('');
  }

  if (result.unattended) {
    const u = result.unattended;
    push('## Unattended, real time', '');
    push(`The kiosk left alone at real speed (no \`?speed=\`) for ${num(u.minutes)} min in all: every bundled set, landscape then portrait, each from a fresh profile.`, '');
    push('| set | screen | minutes | scenes drawn (by kind) | reloads | console errors | page errors | error screens | failed requests |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const leg of u.legs) {
      const kinds = Object.entries(leg.kinds).map(([kind, n]) => `${kind} ${n}`).join(', ');
      push(`| ${leg.set} | ${leg.orientation} | ${num(leg.minutes, 1)} | ${leg.scenesDrawn} (${kinds || '—'}) | ${leg.reloads} | ${leg.consoleErrors} | ${leg.pageErrors} | ${leg.errorScreens} | ${leg.failedRequests.join(', ') || 'none'} |`);
    }
    const samples = u.legs.flatMap((leg) => leg.errorSamples.map((s) => `${leg.set} ${leg.orientation}: ${s}`));
    push('');
    if (samples.length) push('First errors seen:', '', ...samples.slice(0, 10).map((s) => `- \`${s.replace(/`/g, "'")}\``), '');
  }

  if (sizes.kiosk) {
    push('## Bundle', '');
    push('| chunk | bytes | gzip |', '| --- | --- | --- |');
    for (const c of sizes.kiosk.chunks) push(`| ${c.path} | ${kb(c.bytes)} | ${kb(c.gzip)} |`);
    push(`| **JS + CSS** | ${kb(sizes.kiosk.js.bytes + sizes.kiosk.css.bytes)} | ${kb(sizes.kiosk.js.gzip + sizes.kiosk.css.gzip)} |`, '');
    push(`Precache (the manifest in the built sw.js): ${sizes.kiosk.precache.entries} entries, ${mb(sizes.kiosk.precache.bytes)} (${mb(sizes.kiosk.precache.gzip)} gzip)${sizes.kiosk.precache.missing.length ? `; listed but not in the build: ${sizes.kiosk.precache.missing.join(', ')}` : ''}. Fonts: ${sizes.kiosk.fonts.files} woff2 files, ${mb(sizes.kiosk.fonts.bytes)} (woff2 is already compressed).`, '');
    if (sizes.peer) push(`Slides: reveal.js ${kb(sizes.peer.js.gzip)} gzip JS, ${kb(sizes.peer.css.gzip)} gzip CSS (reveal's theme's Latin web fonts are written out as files beside it: the kiosk's server allows fonts only from 'self'), ${kb(sizes.peer.html.gzip)} gzip HTML; folder ${mb(sizes.peer.total.bytes)} with the portraits.`, '');
  }

  push('## Notes', '');
  push(
    `- No GPU here: WebGL runs on SwiftShader (software), so the 3D scene's frames cost CPU that a kiosk PC's GPU would take.`,
    `- Fonts: the kiosk ships Noto Sans SC (2 weights) and waits for it before the first scene; the slides use the system's CJK font (fonts-noto-cjk here), as slides made on the kiosk PC would. A PC without a CJK system font would show the slides in a fallback font.`,
    `- The soak plays \`content/\` with the palace open around the clock (a copy served at /bench-content/), so sped-up loops never reach the night screen; starts and frames use \`content/\` itself at \`?now=${result.options.now}\`.`,
    `- Slides have no service worker; their warm offline start is the folder opened from disk.`,
    `- Same code measures both: the slides page marks the slide on screen with the kiosk's \`data-scene-id\` / \`data-ready\` hooks. Both are served by the kiosk's own server, with its security headers (CSP \`script-src 'self'\`, \`font-src 'self'\`); the slides' script is a file of their own.`,
    '',
  );
  push('## What the peer does not do', '');
  push(
    'The slides are what a palace would otherwise put on the screen; they are cheaper because they do less. They have:',
    '',
    '- no motion beyond reveal.js\'s slide transition: no count-ups, no charts that grow, no 3D chart, no moving gallery wall, no notice ticker, no touch hint;',
    '- no fonts of their own (the system\'s CJK font, if the PC has one) and no check that a font covers the text;',
    '- no offline cache and no service worker: offline, the folder is opened from disk; they never fetch new content, so a stalled network cannot touch them;',
    '- no content checking: no validation, no last good content to fall back to, no staff messages, no opening hours or night screen, no events filtered by date;',
    '- no watchdog (frozen page, errors), no burn-in drift, no reload budget, no update at a scene boundary;',
    '- nothing to touch: no browse view, stories, countdown or large text; no reduced-motion variant.',
    '',
  );
  return lines.join('\n');
}

function readyText(soak: SoakResult | undefined): string {
  if (!soak) return '—';
  return `${soak.scenesReady}/${soak.scenesShown} (${num((soak.scenesReady / Math.max(1, soak.scenesShown)) * 100, 1)} %)`;
}

function cliFlags(result: BenchResult): string {
  const o = result.options;
  const flags = [`--cycles ${o.cycles}`, `--soak-drive ${o.soakDrive}`, `--speed ${o.soakSpeed}`, `--frames-speed ${o.framesSpeed}`, `--frames-rounds ${o.framesRounds}`, `--rest-rounds ${o.restRounds}`, `--cpu-throttle ${o.cpuThrottle}`, `--runs ${o.runs}`];
  if (o.skipPeer) flags.push('--skip-peer');
  if (o.phases.includes('unattended')) flags.push(`--unattended-minutes ${o.unattendedMinutes}`);
  if (o.phases.length < 5) flags.push(`--only ${o.phases.join(',')}`);
  return ` -- ${flags.join(' ')}`;
}

/** A few lines for the terminal. */
export function summaryLines(result: BenchResult): string[] {
  const k = result.kiosk;
  const p = result.peer;
  const pair = (a: string, b: string) => (p ? `${a}  (slides: ${b})` : a);
  const out: string[] = [];
  if (k.start) out.push(`start: cold ${pair(ms(k.start.coldMedianMs), ms(p?.start?.coldMedianMs))}, warm offline ${pair(ms(k.start.warmMedianMs), ms(p?.start?.warmMedianMs))}, hung network ${pair(ms(k.start.warmHungMedianMs), ms(p?.start?.warmHungMedianMs))}`);
  if (k.frames) out.push(`worst scene: ${pair(worstText(k.frames.worst), worstText(p?.frames?.worst))}`);
  if (k.soak) {
    const three = k.soak.spans.geometries ? `, three.js geometries ${span(k.soak, 'geometries')}, textures ${span(k.soak, 'textures')}, programs ${span(k.soak, 'programs')}` : '';
    out.push(`soak: heap ${pair(`${signedKb(k.soak.heapSlope.per100)}/100 loops`, `${signedKb(p?.soak?.heapSlope.per100)}`)}; nodes ${span(k.soak, 'nodes')}, listeners ${span(k.soak, 'listeners')}${three}`);
  }
  if (result.sizes.kiosk) out.push(`bundle: JS ${kb(result.sizes.kiosk.js.gzip)} + CSS ${kb(result.sizes.kiosk.css.gzip)} gzip; precache ${mb(result.sizes.kiosk.precache.bytes)}; fonts ${mb(result.sizes.kiosk.fonts.bytes)}`);
  if (result.unattended) {
    const legs = result.unattended.legs;
    const total = (key: 'scenesDrawn' | 'reloads' | 'consoleErrors' | 'pageErrors' | 'errorScreens') => legs.reduce((s, l) => s + l[key], 0);
    out.push(`unattended ${num(result.unattended.minutes)} min: ${total('scenesDrawn')} scenes drawn, ${total('reloads')} reloads, ${total('consoleErrors') + total('pageErrors')} errors, ${total('errorScreens')} error screens`);
  }
  if (result.errors.length) out.push(`errors: ${result.errors.map((e) => `${e.phase}${e.target ? `/${e.target}` : ''}`).join(', ')}`);
  return out;
}
