// The kiosk left alone at real speed (no `?speed=`, no fake clock) on this GPU-less machine, with the
// CPU slowed further by DevTools: the whole bundled loop, landscape and portrait side by side (a
// browser each), must play through and come round again with no reload, no console error and no error
// screen. This is what an installer sees in the first minutes; `npm run bench` runs the hour-long
// version over every bundled set. One test, so one worker waits on the loop while the other runs the rest.
import { chromium, expect, test, type Page } from '@playwright/test';
import { cpSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { kioskUrl, sharedPage } from './kiosk.ts';

const FIXTURES = join('tests', 'fixtures', 'runtime');
/**
 * Real seconds each scene plays: the bundled loop's order and content, shorter, so a whole loop fits.
 * The longest entry (8 figures counting up) lands at 3.5 s; the next scene is prepared 1.5 s ahead.
 */
const SCENE_SECONDS = 5;
const CPU_SLOWDOWN = 2;
const SCREENS = [
  { name: 'landscape', width: 1920, height: 1080 },
  { name: 'portrait', width: 1080, height: 1920 },
] as const;

/** The bundled content with every scene shortened; written to a temporary folder, then renamed. */
function writeShortLoop(name: string): { content: string; ids: string[]; kinds: Set<string> } {
  const target = join(FIXTURES, name);
  const temporary = `${target}.tmp-${process.pid}`;
  rmSync(temporary, { recursive: true, force: true });
  rmSync(target, { recursive: true, force: true });
  mkdirSync(FIXTURES, { recursive: true });
  cpSync('content', temporary, { recursive: true });
  const playlist = JSON.parse(readFileSync(join(temporary, 'playlist.json'), 'utf8')) as { $schema?: string; scenes: { id: string; kind: string; duration: number }[] };
  playlist.$schema = '../../../../content/schema/playlist.schema.json';
  for (const scene of playlist.scenes) scene.duration = SCENE_SECONDS;
  writeFileSync(join(temporary, 'playlist.json'), JSON.stringify(playlist, null, 2));
  renameSync(temporary, target);
  return { content: `fixtures/runtime/${name}/`, ids: playlist.scenes.map((s) => s.id), kinds: new Set(playlist.scenes.map((s) => s.kind)) };
}

interface Seen {
  /** Each scene that became ready on screen, in order, with its kind. */
  shown: { id: string; kind: string }[];
  /** Ids of achievements scenes whose entry played to its end while on screen. */
  entered: string[];
  /** Any moment the frame was in its error mode. */
  errorMode: number;
}

/**
 * Records, in the page and from its first mutation, what the loop shows: polling from the test
 * could miss a scene on a starved machine, the page's own observer cannot.
 */
async function recordLoop(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: Seen = { shown: [], entered: [], errorMode: 0 };
    (window as unknown as { __seen: Seen }).__seen = seen;
    let readyKey: Element | null = null;
    let enteredKey: Element | null = null;
    new MutationObserver(() => {
      if (document.documentElement.dataset.kioskMode === 'error') seen.errorMode++;
      const ready = document.querySelector('[data-scene-id][data-ready="true"]');
      if (ready && ready !== readyKey) {
        readyKey = ready;
        seen.shown.push({ id: ready.getAttribute('data-scene-id') ?? '', kind: ready.getAttribute('data-scene-kind') ?? '' });
      }
      if (ready && ready !== enteredKey && ready.querySelector('[data-entry="done"]')) {
        enteredKey = ready;
        seen.entered.push(ready.getAttribute('data-scene-id') ?? '');
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready', 'data-entry', 'data-kiosk-mode'] });
  });
}

/** Everything that would tell an installer something is wrong, recorded from the first request. */
function watch(page: Page) {
  const problems: string[] = [];
  let loads = 0;
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('load', () => (loads += 1));
  return { problems, loads: () => loads };
}

const seenIn = (page: Page) => page.evaluate(() => (window as unknown as { __seen: Seen }).__seen);

test('landscape and portrait side by side: a whole loop at real speed on a slow CPU, no reload, no error', async ({ browser }, testInfo) => {
  const { content, ids, kinds } = writeShortLoop('realtime');
  const loop = [...ids, ids[0]!];
  // A loop takes 55 s on a quiet machine; twice that is still a pass on a busy one.
  test.setTimeout(loop.length * SCENE_SECONDS * 1000 * 2 + 60_000);
  // Each screen in a browser of its own, as a kiosk is: one GPU process (software-rendered) each,
  // not one drawing both screens' 3D scenes in turn.
  const second = await chromium.launch(testInfo.project.use.launchOptions);
  const screens = await Promise.all(
    SCREENS.map(async (screen, i) => {
      const page = await sharedPage(i === 0 ? browser : second, testInfo, { viewport: { width: screen.width, height: screen.height } });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
      await recordLoop(page);
      return { ...screen, page, seen: watch(page) };
    }),
  );
  // Inside the default content's opening hours (a Tuesday morning); the clock runs on in real time.
  await Promise.all(screens.map(({ page }) => page.goto(kioskUrl({ content, now: '2026-11-24T10:00:00+08:00' }))));

  // Every scene of the loop becomes ready in turn, then the first comes round again.
  for (const { name, page } of screens) {
    await expect
      .poll(async () => (await seenIn(page)).shown.length, { message: `${name}: scenes shown`, timeout: loop.length * SCENE_SECONDS * 1000 * 2, intervals: [1_000] })
      .toBeGreaterThanOrEqual(loop.length);
  }
  for (const { name, page, seen } of screens) {
    const { shown, entered, errorMode } = await seenIn(page);
    expect(shown.slice(0, loop.length).map((s) => s.id), `${name}: every scene in turn, none skipped`).toEqual(loop);
    expect([...new Set(shown.map((s) => s.kind))].sort(), `${name}: every kind drawn`).toEqual([...kinds].sort());
    expect(errorMode, `${name}: moments in the error screen`).toBe(0);
    expect(seen.loads(), `${name}: page loads (1 = no reload)`).toBe(1);
    expect(seen.problems, `${name}: errors`).toEqual([]);
    // How many entries played out within their scene: informative (a starved machine may cut one short).
    testInfo.annotations.push({ type: `${name} entries played out`, description: `${entered.length} of ${shown.filter((s) => s.kind === 'achievements').length}` });
  }
  await Promise.all(screens.map(({ page }) => page.context().close()));
  await second.close();
});
