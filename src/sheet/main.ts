// Starts the layout sheet (sheet/index.html): reads ?content= like the kiosk, loads and validates the
// set with the kiosk's own loader, loads the kiosk's fonts, and puts the test API on window.__sheet.
import '../app.css';
import { mount } from 'svelte';
import type { SheetApi, SheetInfo } from './api.ts';
import type { Problem } from '../content/problems.ts';
import SheetPage from './Sheet.svelte';
import { Sheet } from './sheet.svelte.ts';
import { parseKioskParams } from '../kiosk/params.ts';
import { loadContent } from '../content/load.ts';
import { loadKioskFonts } from '../fonts.ts';

/** The sheet once the content set is loaded. */
let current: Sheet | null = null;

async function start(): Promise<SheetInfo> {
  // ?content= is a path inside the kiosk's folder (one up from this page), read as the kiosk reads it.
  const app = new URL(import.meta.env.BASE_URL, location.href);
  const params = parseKioskParams(location.search, app);
  const base = `${app.pathname}${params.contentBase}`;
  // ?draft: lay out a set whose only errors are characters the font lacks (content:check --render).
  const draft = new URLSearchParams(location.search).has('draft');
  const [outcome] = await Promise.all([loadContent(base, (url, init) => fetch(url, init), { draft }), loadKioskFonts()]);
  const problems: Problem[] = outcome.problems;
  if (!params.contentBase || outcome.kind !== 'valid') {
    mount(SheetPage, { target: document.getElementById('app')!, props: { sheet: null, problems } });
    return { state: outcome.kind === 'unreachable' ? 'unreachable' : 'invalid', base, version: outcome.kind === 'invalid' ? outcome.version : '', scenes: [], notices: [], problems };
  }
  const { content, version } = outcome.loaded;
  // Measured layouts need every character's real glyphs, also ones outside the build's subset.
  await loadKioskFonts(JSON.stringify(content));
  const sheet = (current = new Sheet({ base, content, now: params.now }));
  mount(SheetPage, { target: document.getElementById('app')!, props: { sheet, problems } });
  if (params.scene) void sheet.show(params.scene);
  const scenes = content.playlist.scenes.map((s) => ({ id: s.id, kind: s.kind, title: s.title }));
  const notices = content.notices.notices.map((n) => ({ id: n.id, urgent: n.urgent === true }));
  return { state: 'ready', base, version, scenes, notices, problems };
}

// In the content editor's preview (an iframe whose document the editor writes from this page's
// HTML: about:srcdoc) the editor sends the set; nothing is fetched.
const hosted = location.protocol === 'about:' || new URLSearchParams(location.search).get('host') === 'editor';
if (hosted) {
  const { hostedApi, hostedProps } = await import('./hosted.svelte.ts');
  mount(SheetPage, { target: document.getElementById('app')!, props: hostedProps });
  window.__sheetHost = hostedApi(loadKioskFonts());
}

const ready = hosted ? new Promise<SheetInfo>(() => undefined) : start();
const loaded = async () => {
  await ready;
  if (!current) throw new Error('the content set could not be loaded; see __sheet.ready');
  return current;
};
const api: SheetApi = {
  ready,
  show: async (sceneId, options) => (await loaded()).show(sceneId, options),
  showNotice: async (noticeId, options) => (await loaded()).showNotice(noticeId, options),
  measure: () => {
    if (!current) throw new Error('the content set is not loaded yet; await __sheet.ready');
    return current.measure();
  },
};
window.__sheet = api;
