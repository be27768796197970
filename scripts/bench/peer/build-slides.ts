// The peer baseline: what a palace would make instead of the kiosk. The same default content as
// reveal.js slides (one slide per playlist scene, the same durations, auto-advancing in a loop),
// written to a folder with reveal.js's own files copied from node_modules: no CDN, no network.
// The page carries the kiosk's DOM hooks (data-scene-id, data-ready on the slide on screen) so the
// bench measures both with the same code. It is served by the kiosk's own server, whose CSP allows
// scripts and fonts only from 'self': so no inline script and no data: fonts (an inline script was
// blocked there, the first slide was never marked ready, and every peer phase timed out).
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { escapeHtml, figureText, whenText, type PeerEvent, type PeerFigure } from './format.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const REVEAL_FILES = ['reveal.js', 'reveal.css', 'theme/black.css'];
const EVENTS_PER_SLIDE = 5;

interface Section {
  id: string;
  title: string;
  subtitle?: string;
  figures: PeerFigure[];
  source?: { title: string; publisher?: string; date?: string };
}
interface Worker {
  id: string;
  name: string;
  portrait?: string;
  workplace?: string;
  trade?: string;
  honours?: { title: string }[];
}
interface PlaylistEntry {
  id: string;
  kind: string;
  title: string;
  duration: number;
  section?: string;
}
type Event = PeerEvent & { id: string };

export interface PeerSlides {
  dir: string;
  indexFile: string;
  /** Playlist ids in order (one per scene; the events scene may span several slides). */
  sceneIds: string[];
  firstSceneId: string;
  slideCount: number;
  /** Sum of the slides' durations at speed 1, in seconds. */
  loopSeconds: number;
}

const readJson = async <T>(path: string): Promise<T> => JSON.parse(await readFile(path, 'utf8')) as T;

export async function buildPeerSlides(options: { contentDir?: string; outDir: string; now: string }): Promise<PeerSlides> {
  const contentDir = options.contentDir ?? join(ROOT, 'content');
  const playlist = (await readJson<{ scenes: PlaylistEntry[] }>(join(contentDir, 'playlist.json'))).scenes;
  const sections = (await readJson<{ sections: Section[] }>(join(contentDir, 'achievements.json'))).sections;
  const workers = (await readJson<{ workers: Worker[] }>(join(contentDir, 'workers.json'))).workers;
  const events = (await readJson<{ events: Event[] }>(join(contentDir, 'events.json'))).events;
  const site = await readJson<{ name: string; eventsWindowDays?: number }>(join(contentDir, 'site.json'));

  const out = options.outDir;
  await mkdir(join(out, 'reveal', 'theme'), { recursive: true });
  // The package's main file is dist/reveal.js; its CSS and themes sit beside it.
  const revealDist = dirname(createRequire(import.meta.url).resolve('reveal.js'));
  for (const file of REVEAL_FILES) await copyFile(join(revealDist, file), join(out, 'reveal', file));
  await unpackDataFonts(join(out, 'reveal', 'theme', 'black.css'));
  await writeFile(join(out, 'slides.js'), SLIDES_SCRIPT);

  const slides: string[] = [];
  for (const entry of playlist) {
    const ms = entry.duration * 1000;
    if (entry.kind === 'achievements') {
      const section = sections.find((s) => s.id === (entry.section ?? entry.id));
      if (section) slides.push(achievementSlide(entry, section, ms));
    } else if (entry.kind === 'gallery') {
      for (const w of workers) if (w.portrait) await copyMedia(contentDir, out, w.portrait);
      slides.push(gallerySlide(entry, workers, ms));
    } else if (entry.kind === 'events') {
      const shown = eventsToShow(events, options.now, site.eventsWindowDays ?? 14);
      const pages = Math.max(1, Math.ceil(shown.length / EVENTS_PER_SLIDE));
      for (let p = 0; p < pages; p++) {
        slides.push(eventsSlide(entry, shown.slice(p * EVENTS_PER_SLIDE, (p + 1) * EVENTS_PER_SLIDE), Math.round(ms / pages), p, pages));
      }
    }
  }
  const indexFile = join(out, 'index.html');
  await writeFile(indexFile, page(site.name, slides));
  return {
    dir: out,
    indexFile,
    sceneIds: playlist.map((e) => e.id),
    firstSceneId: playlist[0]!.id,
    slideCount: slides.length,
    loopSeconds: playlist.reduce((s, e) => s + e.duration, 0),
  };
}

async function copyMedia(contentDir: string, out: string, path: string): Promise<void> {
  await mkdir(dirname(join(out, path)), { recursive: true });
  await copyFile(join(contentDir, path), join(out, path));
}

/** Recurring events, and one-off events not yet over that start within the window. */
function eventsToShow(events: Event[], now: string, windowDays: number): Event[] {
  const nowMs = Date.parse(now);
  const until = nowMs + (windowDays + 1) * 86_400_000;
  const at = (iso: string) => Date.parse(iso.length === 10 ? `${iso}T23:59:59+08:00` : `${iso}:00+08:00`);
  return events
    .filter((e) => e.recurrence || (at(e.end ?? e.start) >= nowMs && at(e.start) <= until))
    .sort((a, b) => Number(Boolean(a.recurrence)) - Number(Boolean(b.recurrence)) || a.start.localeCompare(b.start));
}

const open = (entry: PlaylistEntry, ms: number) => `<section data-slide-id="${escapeHtml(entry.id)}" data-duration="${ms}">`;

function achievementSlide(entry: PlaylistEntry, section: Section, ms: number): string {
  const figures = section.figures
    .map((f) => {
      const { number, unit } = figureText(f);
      return `<div class="figure"><div class="value">${escapeHtml(number)}<small>${escapeHtml(unit)}</small></div><div class="label">${escapeHtml(f.label)}</div></div>`;
    })
    .join('');
  const source = section.source ? [section.source.title, section.source.publisher, section.source.date].filter(Boolean).join(' · ') : '';
  return `${open(entry, ms)}
  <h2>${escapeHtml(section.title)}</h2>
  ${section.subtitle ? `<p class="subtitle">${escapeHtml(section.subtitle)}</p>` : ''}
  <div class="figures n${section.figures.length}">${figures}</div>
  ${source ? `<p class="source">来源：${escapeHtml(source)}</p>` : ''}
</section>`;
}

function gallerySlide(entry: PlaylistEntry, workers: Worker[], ms: number): string {
  const cards = workers
    .map(
      (w) => `<div class="worker">${w.portrait ? `<img src="${escapeHtml(w.portrait)}" alt="">` : ''}<div class="name">${escapeHtml(w.name)}</div>
    <div class="honour">${escapeHtml(w.honours?.[0]?.title ?? '')}</div><div class="trade">${escapeHtml([w.trade, w.workplace].filter(Boolean).join(' · '))}</div></div>`,
    )
    .join('');
  return `${open(entry, ms)}
  <h2>${escapeHtml(entry.title)}</h2>
  <div class="workers">${cards}</div>
</section>`;
}

function eventsSlide(entry: PlaylistEntry, events: Event[], ms: number, index: number, pages: number): string {
  const rows = events
    .map((e) => `<tr><td class="when">${escapeHtml(whenText(e))}</td><td>${escapeHtml(e.title)}</td><td class="where">${escapeHtml(e.location ?? '')}</td></tr>`)
    .join('');
  return `${open(entry, ms)}
  <h2>${escapeHtml(entry.title)}${pages > 1 ? ` <small>${index + 1}/${pages}</small>` : ''}</h2>
  <table class="events">${rows}</table>
</section>`;
}

function page(title: string, slides: string[]): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="reveal/reveal.css">
<link rel="stylesheet" href="reveal/theme/black.css">
<style>
  /* System CJK fonts, as slides made on the kiosk PC would use (fonts-noto-cjk on Debian). */
  :root { --r-main-font: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif;
          --r-heading-font: var(--r-main-font); --r-background-color: #5a0f0b; --r-main-font-size: 34px; }
  .reveal h2 { font-size: 64px; margin-bottom: 12px; }
  .reveal .subtitle { font-size: 28px; opacity: .8; margin: 0 0 36px; }
  .reveal .figures { display: grid; grid-template-columns: repeat(4, 1fr); gap: 28px 40px; margin: 24px 0; }
  .reveal .figures.n1 { grid-template-columns: 1fr; } .reveal .figures.n2 { grid-template-columns: repeat(2, 1fr); }
  .reveal .figures.n3, .reveal .figures.n5, .reveal .figures.n6 { grid-template-columns: repeat(3, 1fr); }
  .reveal .figure .value { font-size: 88px; font-weight: 700; color: #ffd27a; line-height: 1.1; }
  .reveal .figure .value small { font-size: 32px; margin-left: 6px; vertical-align: baseline; color: #fff; }
  .reveal .figure .label { font-size: 28px; }
  .reveal .source { font-size: 20px; opacity: .7; margin-top: 40px; }
  .reveal .workers { display: grid; grid-template-columns: repeat(4, 1fr); gap: 24px; }
  .reveal .worker img { width: 180px; height: 240px; object-fit: cover; margin: 0 0 8px; }
  .reveal .worker .name { font-size: 34px; font-weight: 700; }
  .reveal .worker .honour, .reveal .worker .trade { font-size: 20px; }
  .reveal table.events { font-size: 30px; width: 100%; }
  .reveal table.events td.when { white-space: nowrap; color: #ffd27a; }
</style>
</head>
<body>
<div class="reveal"><div class="slides">
${slides.join('\n')}
</div></div>
<script src="reveal/reveal.js"></script>
<script src="slides.js"></script>
</body>
</html>
`;
}

/** The theme's web fonts as files beside it (font-src 'self' refuses data: URLs). */
async function unpackDataFonts(cssFile: string): Promise<void> {
  const fonts: { name: string; data: string }[] = [];
  const css = (await readFile(cssFile, 'utf8')).replace(/url\(data:font\/(woff2?|ttf|otf);base64,([A-Za-z0-9+/=]+)\)/g, (_, type: string, data: string) => {
    const name = `font-${fonts.length}.${type}`;
    fonts.push({ name, data });
    return `url(${name})`;
  });
  for (const font of fonts) await writeFile(join(dirname(cssFile), font.name), Buffer.from(font.data, 'base64'));
  await writeFile(cssFile, css);
}

/** The page's script, as a file of its own (script-src 'self'). */
const SLIDES_SCRIPT = `// Same ?speed= as the kiosk: every slide's time divided by it.
const speed = Number(new URLSearchParams(location.search).get('speed')) || 1;
for (const s of document.querySelectorAll('section[data-duration]')) s.dataset.autoslide = String(Math.max(1, Math.round(Number(s.dataset.duration) / speed)));
// The kiosk's DOM hooks, for the bench: the slide on screen carries data-scene-id, and
// data-ready once it is shown and the fonts are ready.
const mark = (slide) => {
  for (const el of document.querySelectorAll('[data-scene-id]')) { el.removeAttribute('data-scene-id'); el.removeAttribute('data-ready'); }
  if (!slide) return;
  slide.setAttribute('data-scene-id', slide.dataset.slideId);
  document.fonts.ready.then(() => { if (Reveal.getCurrentSlide() === slide) slide.setAttribute('data-ready', 'true'); });
};
Reveal.initialize({
  width: 1920, height: 1080, margin: 0.04, hash: false, history: false, controls: false, progress: true,
  autoSlide: 20000, autoSlideStoppable: false, loop: true,
}).then(() => {
  mark(Reveal.getCurrentSlide());
  Reveal.on('slidechanged', (event) => mark(event.currentSlide));
});
`;
