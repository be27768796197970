// Memory stays flat over loops: after 2 loops through every kind of scene (a 3D one, a flat chart,
// the portrait gallery, the events board), with a visitor's touch, a story read and the return to
// the loop in each measurement, the page holds the same DOM nodes, listeners, documents and
// three.js resources as after the first loop. This asserts counts, never times. The long soak
// (200 loops, the same counts with a verdict on each) is `npm run bench` (scripts/bench/soak.ts).
import { expect, test, type CDPSession, type Page } from '@playwright/test';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installClock, kioskUrl, OPEN_HOURS_NOW } from './kiosk.ts';

// The service worker's first-install reload would restart the count; it is tested elsewhere.
test.use({ serviceWorkers: 'block' });

const FIXTURES = 'tests/fixtures';
const SET = join(FIXTURES, 'runtime', 'leak');
const LOOPS = 2;
const SPEED = 10; // 5 s scenes last 0.5 s, a loop 2 s (more on a busy machine).
/** The set's idle timeout and the 20 s countdown after it, in the page's (real) milliseconds at SPEED. */
const IDLE_PAGE_MS = ((100 + 20) * 1000) / SPEED;

const readJson = (path: string) => JSON.parse(readFileSync(join(FIXTURES, path), 'utf8'));

/** A content set with one scene of each kind, taken from the other fixtures; written aside, then moved in place. */
function writeLeakSet(): void {
  mkdirSync(join(FIXTURES, 'runtime'), { recursive: true });
  const dir = mkdtempSync(`${SET}.tmp-`);
  mkdirSync(join(dir, 'media', 'workers'), { recursive: true });
  const schema = (name: string) => `../../../../content/schema/${name}.schema.json`;
  const site = { ...readJson('achievements-3d-loss/site.json'), $schema: schema('site'), idleTimeoutSeconds: 100 };
  const workers = readJson('gallery/workers.json');
  workers.$schema = schema('workers');
  workers.workers = workers.workers.filter((w: { portrait?: string }) => w.portrait && !w.portrait.includes('missing'));
  for (const worker of workers.workers as { portrait: string }[]) {
    copyFileSync(join(FIXTURES, 'gallery', worker.portrait), join(dir, worker.portrait));
  }
  const playlist = {
    $schema: schema('playlist'),
    scenes: [
      { id: 'three', kind: 'achievements', title: '三维', duration: 5, section: 'year3d' },
      { id: 'flat', kind: 'achievements', title: '平面', duration: 5, section: 'honours' },
      { id: 'gallery', kind: 'gallery', title: '劳模', duration: 5 },
      { id: 'events', kind: 'events', title: '活动', duration: 5 },
    ],
  };
  const files: Record<string, unknown> = {
    'site.json': site,
    'playlist.json': playlist,
    'achievements.json': { ...readJson('achievements-3d-loss/achievements.json'), $schema: schema('achievements') },
    'workers.json': workers,
    'events.json': { ...readJson('events/events.json'), $schema: schema('events') },
  };
  for (const [name, value] of Object.entries(files)) writeFileSync(join(dir, name), JSON.stringify(value, null, 2));
  rmSync(SET, { recursive: true, force: true });
  renameSync(dir, SET);
}

interface Counts {
  /** Nodes in the document now. */
  attached: number;
  /** Nodes Chromium holds, in the document or not (detached ones still referenced). */
  nodes: number;
  listeners: number;
  documents: number;
  geometries: number;
  textures: number;
  programs: number;
  contexts: number;
  canvases: number;
}

/** Counts loops: how many times the first scene has come on screen. */
async function countLoops(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const state = { loops: 0 };
    (window as unknown as { __loops: typeof state }).__loops = state;
    new MutationObserver((records) => {
      for (const record of records) {
        const target = record.target as Element;
        if (record.attributeName === 'data-scene-id' && target.getAttribute('data-scene-id') === 'three') state.loops++;
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-scene-id'], attributeOldValue: false });
  });
}

const loops = (page: Page) => page.evaluate(() => (window as unknown as { __loops: { loops: number } }).__loops.loops);

/**
 * Touches the screen, reads a model worker's story in the gallery, goes to the events board and
 * then to the achievements, which opens the 3D scene: the same path and the same screen every
 * time, whatever the loop was showing. Then waits until nothing else is mounted, collects garbage
 * and counts.
 *
 * Every measurement opens one story on purpose. The first story a page opens builds the story's
 * templates, which Svelte keeps for good (~170 nodes); when only the touch that wakes the kiosk
 * opened one (it lands on a wall portrait now and then), the count depended on where the wall had
 * drifted: 2 clean runs in 5 failed with +187, a plateau that stayed +187 over 12 more touches.
 */
async function measureAtTheSameScreen(page: Page, cdp: CDPSession): Promise<Counts> {
  const story = page.locator('[data-story-open]');
  await page.mouse.click(960, 40);
  await expect(page.locator('html')).toHaveAttribute('data-kiosk-mode', 'interactive');
  // force: the frame's slow anti-burn-in drift can still be finishing; a finger does not mind.
  if ((await story.count()) > 0) await page.locator('[data-story-close]').click({ force: true });
  await expect(story).toHaveCount(0);
  await page.locator('[data-nav-kind="gallery"]').click({ force: true });
  await page.locator('[data-worker-id]').first().click({ force: true });
  await expect(story).toHaveCount(1);
  await page.locator('[data-story-close]').click({ force: true });
  await expect(story).toHaveCount(0);
  await page.locator('[data-nav-kind="events"]').click({ force: true });
  await expect(page.locator('[data-scene-id="events"][data-ready="true"]')).toHaveCount(1);
  await page.locator('[data-nav-kind="achievements"]').click({ force: true });
  await expect(page.locator('[data-scene-id="three"][data-ready="true"] [data-three="live"]')).toHaveCount(1);
  await expect(page.locator('[data-slot-phase]')).toHaveCount(1);
  await page.waitForFunction(() => {
    const scene = document.querySelector('[data-scene-id="three"]');
    const sceneMoving = document.getAnimations().some((a) => {
      const target = (a.effect as KeyframeEffect | null)?.target;
      return a.playState === 'running' && target && scene?.contains(target);
    });
    return window.__kioskThree?.info().views === 1 && !sceneMoving;
  });
  // Twice, as the bench's soak does: the first pass can leave detached nodes that only the second
  // finds unreachable.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const three = await page.evaluate(() => window.__kioskThree!.info());
  const attached = await page.evaluate(() => {
    let count = 0;
    const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
    while (walker.nextNode()) count++;
    return count;
  });
  const counts: Counts = {
    attached,
    nodes: dom.nodes,
    listeners: dom.jsEventListeners,
    documents: dom.documents,
    geometries: three.geometries,
    textures: three.textures,
    programs: three.programs,
    contexts: three.contexts,
    canvases: await page.locator('canvas').count(),
  };
  // Back to the loop once the idle timeout has run out: the page's clock jumps over the wait (its
  // countdown's last seconds then run in real time).
  await page.clock.fastForward(IDLE_PAGE_MS);
  await expect(page.locator('html')).toHaveAttribute('data-kiosk-mode', 'attract', { timeout: 30_000 });
  return counts;
}

test(`${LOOPS} loops through every kind of scene leave DOM nodes, listeners and three.js resources where they were`, async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  writeLeakSet();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await countLoops(page);
  const cdp = await page.context().newCDPSession(page);
  // The loop plays in real time at SPEED; Playwright's clock, running, only skips the idle waits.
  await installClock(page, OPEN_HOURS_NOW, { running: true });
  await page.goto(kioskUrl({ content: 'fixtures/runtime/leak/', speed: SPEED, now: null }));

  // One loop first (the 3D scene on screen a second time): fonts, portraits and shaders are loaded once and kept on purpose.
  await expect.poll(() => loops(page), { timeout: 60_000 }).toBeGreaterThanOrEqual(2);
  const baseline = await measureAtTheSameScreen(page, cdp);
  const loopsAtBaseline = await loops(page);
  const startedAt = Date.now();

  await expect.poll(() => loops(page), { timeout: 120_000, intervals: [1000] }).toBeGreaterThanOrEqual(loopsAtBaseline + LOOPS);
  const after = await measureAtTheSameScreen(page, cdp);
  console.log(`leak: ${LOOPS} loops in ${((Date.now() - startedAt) / 1000).toFixed(0)} s; before ${JSON.stringify(baseline)}; after ${JSON.stringify(after)}`);
  testInfo.annotations.push({ type: 'counts', description: `after loop ${loopsAtBaseline}: ${JSON.stringify(baseline)}; ${LOOPS} loops later: ${JSON.stringify(after)}` });

  // The document itself is back to the same tree, give or take a label being redrawn (seen: 17 on
  // a machine at load 20, either way round); a scene kept mounted would add hundreds.
  expect(Math.abs(after.attached - baseline.attached), 'nodes in the document').toBeLessThanOrEqual(40);
  // Chromium also counts detached nodes that are still referenced; Svelte keeps one template per
  // component, so this plateaus after the first loops (seen: +59 over 6 loops, +19 over these 2). A scene kept
  // alive would add hundreds; a node or two per scene shown is the bench's 200 loops to find.
  expect(after.nodes - baseline.nodes, 'DOM nodes held by the page').toBeLessThanOrEqual(100);
  expect(after.listeners - baseline.listeners, 'event listeners gained').toBeLessThanOrEqual(2);
  expect(after.documents).toBe(baseline.documents);
  expect({ geometries: after.geometries, textures: after.textures, programs: after.programs }).toEqual({
    geometries: baseline.geometries,
    textures: baseline.textures,
    programs: baseline.programs,
  });
  expect(after.contexts, 'WebGL contexts over the page life').toBe(1);
  expect(after.canvases).toBe(1);
  expect(errors).toEqual([]);
});
