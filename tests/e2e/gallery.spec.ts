// The model-worker gallery as a visitor meets it: the attract loop, touching in, reading a story,
// swiping between workers, going idle; plus media fallbacks, accessibility, the engagement log
// and a leak check over 40 stories. Time is Playwright's clock, paused at the open and stepped;
// each describe shares one kiosk boot, its tests going on from where the last one left.
import { expect, test, type Browser, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { animationsDone, html, kioskUrl, openKiosk, openKioskAt, sharedPage, shoot } from './kiosk.ts';

// A paused page clock sends no heartbeats; the service worker would reload the page after 8 s.
test.use({ serviceWorkers: 'block' });

const BASIC = { content: 'fixtures/basic/', scene: 'workers' } as const;
const GALLERY = { content: 'fixtures/gallery/', scene: 'gallery' } as const;
/** The featured worker's time on screen (GalleryScene's FEATURE_MS) and the basic fixture's idle timeout. */
const FEATURE_MS = 7_000;
const IDLE_MS = 50_000; // 30 s without a touch, then the 20 s countdown

const story = (page: Page) => page.locator('[data-story-open]');
const tile = (page: Page, id: string) => page.locator(`[data-worker-id="${id}"]`);

/** A touch on the invitation line, which is neither a portrait nor the featured card (a touch on either opens that story). */
async function tapInvite(page: Page) {
  const box = (await page.locator('[data-gallery-invite]').boundingBox())!;
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
}

/** The first touch only wakes the kiosk; the grid of touchable portraits appears. */
async function touchIn(page: Page) {
  await tapInvite(page);
  await expect(html(page)).toHaveAttribute('data-kiosk-mode', 'interactive');
  await expect(page.locator('[data-worker-id]').first()).toBeVisible();
}

/**
 * Where every test of a shared page starts: the grid, woken, with no story open and no filter set
 * (woken here too when run alone, with -g).
 */
async function atGrid(page: Page) {
  if ((await html(page).getAttribute('data-kiosk-mode')) === 'attract') await touchIn(page);
  // A story closed by the last test may still be playing its exit.
  await animationsDone(page, page.locator('[data-scene-id]'));
  // (It may be leaving already: a close button detached under the tap is not a failure.)
  if ((await story(page).count()) > 0) await page.locator('[data-story-close]').tap({ timeout: 5_000 }).catch(() => {});
  await expect(story(page)).toHaveCount(0);
  if ((await page.locator('[data-filter="all"]').count()) > 0) await page.locator('[data-filter="all"]').tap();
  await expect(html(page)).toHaveAttribute('data-kiosk-mode', 'interactive');
}

/** One page for the describe, opened on the paused clock at `set`'s preview. */
function shareKiosk(set: { content: string; scene: string }): () => Page {
  let page: Page | undefined;
  test.describe.configure({ mode: 'serial' });
  test.beforeAll(async ({ browser }: { browser: Browser }, testInfo) => {
    page = await sharedPage(browser, testInfo);
    await openKioskAt(page, set);
  });
  test.afterAll(async () => {
    await page?.context().close();
  });
  return () => page!;
}

/** A real one-finger touch drag (CDP touch events, so the browser applies touch-action). */
async function swipe(page: Page, selector: string, dx: number, dy = 0) {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  for (let i = 1; i <= 10; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x + (dx * i) / 10, y: y + (dy * i) / 10 }] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

const counts = (page: Page) => page.evaluate(() => window.__kioskEngagement!.counts());
const csv = (page: Page) => page.evaluate(() => window.__kioskEngagement!.exportCsv());

test.describe('attract mode', () => {
  const kiosk = shareKiosk(BASIC);

  test('features one worker at a time with name, honour, trade and quote, and invites a touch', async () => {
    const page = kiosk();
    await expect(html(page)).toHaveAttribute('data-kiosk-mode', 'attract');
    const card = page.locator('[data-featured-id]');
    await expect(card).toHaveCount(1);
    await expect(card).toHaveAttribute('data-featured-id', 'w-lin');
    await expect(card).toContainText('林晓禾');
    await expect(card).toContainText('市劳动模范');
    await expect(card).toContainText('2022');
    await expect(card).toContainText('数控车工');
    await expect(card).toContainText('示例机械制造公司');
    await expect(card).toContainText('把每一个零件做到最好。');
    await expect(card.locator('[data-sample-mark]')).toHaveAttribute('title', /示例人物，非真实人物/);
    await expect(page.locator('[data-gallery-invite]')).toContainText('轻触屏幕，了解劳模故事');
    await expect(page.locator('[data-gallery-invite]')).toContainText('Touch the screen to read their stories');
    // The grid's portraits come with the first touch.
    await expect(page.locator('[data-worker-id]')).toHaveCount(0);
  });

  test('moves on to the next worker on the kiosk clock', async () => {
    const page = kiosk();
    await page.clock.runFor(FEATURE_MS - 100);
    await expect(page.locator('[data-featured-id]')).toHaveAttribute('data-featured-id', 'w-lin');
    await page.clock.runFor(100);
    const next = page.locator('[data-featured-id="w-zhou"]');
    await expect(next).toBeVisible();
    await expect(next).toContainText('周远山');
    await expect(page.locator('[data-featured-id="w-lin"]')).toHaveCount(0);
  });
});

test.describe('interactive mode', () => {
  const kiosk = shareKiosk(BASIC);

  test('the first touch wakes the kiosk without opening a story; the next tap on a portrait opens it', async () => {
    const page = kiosk();
    await expect(html(page)).toHaveAttribute('data-kiosk-mode', 'attract');
    await touchIn(page);
    // The waking touch landed where a portrait now is: it must not have opened anything.
    await expect(story(page)).toHaveCount(0);
    await tile(page, 'w-lin').tap();
    const open = page.locator('[data-story-open="w-lin"]');
    await expect(open).toBeVisible();
    await expect(open).toContainText('林晓禾');
    await expect(open).toContainText('市劳动模范');
    await expect(open).toContainText('2022');
    await expect(open).toContainText('市级');
    await expect(open).toContainText('示例机械制造公司');
    await expect(open).toContainText('数控车工');
    await expect(open).toContainText('她在车间工作了十五年');
    await expect(open).toContainText('把每一个零件做到最好。');
    await expect(open.locator('[data-sample-mark]')).toHaveAttribute('aria-label', '示例人物，非真实人物 / fictional sample');
  });

  test('swiping turns a story\'s pages, never to another worker; a mostly vertical drag does not', async () => {
    const page = kiosk();
    await atGrid(page);
    await tile(page, 'w-lin').tap();
    await expect(page.locator('[data-story-open="w-lin"]')).toBeVisible();
    const pageOf = () => story(page).locator('[data-story-page]').getAttribute('data-story-page');
    const first = await pageOf();

    await swipe(page, '[data-story-swipe]', -400);
    await swipe(page, '[data-story-swipe]', 400);
    await swipe(page, '[data-story-swipe]', -120, 400);
    await swipe(page, '[data-story-swipe]', -30);
    await expect(story(page)).toHaveAttribute('data-story-open', 'w-lin');
    expect(await pageOf()).toBe(first);
  });

  test('arrow buttons step through the workers and wrap around', async () => {
    const page = kiosk();
    await atGrid(page);
    await tile(page, 'w-lin').tap();
    await page.locator('[data-story-step="next"]').tap();
    await expect(story(page)).toHaveAttribute('data-story-open', 'w-zhou');
    await page.locator('[data-story-step="prev"]').tap();
    await expect(story(page)).toHaveAttribute('data-story-open', 'w-lin');
    await page.locator('[data-story-step="prev"]').tap();
    await expect(story(page)).toHaveAttribute('data-story-open', 'w-he');
  });

  test('close returns to the gallery', async () => {
    const page = kiosk();
    await atGrid(page);
    await tile(page, 'w-zhou').tap();
    await expect(page.locator('[data-story-open="w-zhou"]')).toBeVisible();
    await page.locator('[data-story-close]').tap();
    await expect(story(page)).toHaveCount(0);
    await expect(tile(page, 'w-lin')).toBeVisible();
    await expect(html(page)).toHaveAttribute('data-kiosk-mode', 'interactive');
  });

  test('a short list has no filter', async () => {
    const page = kiosk();
    await atGrid(page);
    await expect(page.locator('[data-worker-id]')).toHaveCount(3);
    await expect(page.locator('[data-filter]')).toHaveCount(0);
  });
});

test.describe('visits', () => {
  const kiosk = shareKiosk(BASIC);

  test('the engagement log counts every story opened, and exports it as CSV', async () => {
    const page = kiosk();
    await touchIn(page);
    await tile(page, 'w-lin').tap();
    await page.locator('[data-story-close]').tap();
    await tile(page, 'w-lin').tap();
    await page.locator('[data-story-step="next"]').tap();
    await expect(story(page)).toHaveAttribute('data-story-open', 'w-zhou');
    await page.locator('[data-story-close]').tap();
    expect(await counts(page)).toEqual({ 'w-lin': 2, 'w-zhou': 1 });
    const lines = (await csv(page)).trim().split('\r\n');
    expect(lines[0]).toBe('date,time,worker_id,worker_name,seconds');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^2026-11-23,10:\d\d:\d\d,w-lin,林晓禾,\d+$/);
  });

  test('going idle closes the story and returns to the loop', async () => {
    const page = kiosk();
    await atGrid(page);
    await tile(page, 'w-he').tap();
    await expect(page.locator('[data-story-open="w-he"]')).toBeVisible();
    // Reading, untouched: the story stays open until the idle timeout, then the loop is back.
    await page.clock.runFor(IDLE_MS - 1_000);
    await expect(html(page)).toHaveAttribute('data-kiosk-mode', 'interactive');
    await expect(page.locator('[data-story-open="w-he"]')).toBeVisible();
    await page.clock.runFor(1_000);
    await expect(html(page)).toHaveAttribute('data-kiosk-mode', 'attract');
    await expect(story(page)).toHaveCount(0);
    await expect(page.locator('[data-gallery-mode="attract"] [data-featured-id]').first()).toBeVisible();
    // The visit ended when the kiosk went idle: the 30 s idle timeout and 20 s countdown of kiosk time.
    const row = (await csv(page)).split('\r\n').find((line) => line.includes(',w-he,'));
    expect(Number(row?.split(',')[4])).toBeGreaterThanOrEqual(50);
  });
});

/** Every control of the open story on screen and at least 64 px; the page of text is not cut off. */
async function expectStoryFits(page: Page, width: number, height: number) {
  await animationsDone(page, page.locator('[data-scene-id]'));
  for (const selector of ['[data-story-close]', '[data-story-step="prev"]', '[data-story-step="next"]', '[data-page-turn="next"]']) {
    const box = (await page.locator(selector).boundingBox())!;
    expect(box.width, selector).toBeGreaterThanOrEqual(64);
    expect(box.height, selector).toBeGreaterThanOrEqual(64);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    expect(box.y + box.height).toBeLessThanOrEqual(height);
  }
  const fits = await page.locator('[data-story-swipe]').evaluate((el) => el.scrollHeight <= el.clientHeight + 1);
  expect(fits).toBe(true);
  const pageText = await page.locator('.page-text').evaluate((el) => {
    const box = el.getBoundingClientRect();
    const area = el.closest('.page')!.getBoundingClientRect();
    return { top: box.top >= area.top - 1, bottom: box.bottom <= area.bottom + 1 };
  });
  expect(pageText).toEqual({ top: true, bottom: true });
}

test.describe('a gallery of nine', () => {
  const kiosk = shareKiosk(GALLERY);

  test('shows the highest honour first', async () => {
    const page = kiosk();
    await expect(page.locator('[data-featured-id="g-lin"]')).toContainText('全国五一劳动奖章');
  });

  test('gallery and story fit the landscape screen', async ({}, testInfo) => {
    const page = kiosk();
    await shoot(page, testInfo, 'gallery-attract-landscape');
    await touchIn(page);
    await shoot(page, testInfo, 'gallery-grid-landscape');
    await tile(page, 'g-lin').tap();
    await expect(page.locator('[data-story-open="g-lin"]')).toBeVisible();
    await shoot(page, testInfo, 'gallery-story-landscape');
    await expectStoryFits(page, 1920, 1080);
  });

  test('missing or broken portraits show the surname; photos fill fixed 3:4 boxes without stretching', async () => {
    const page = kiosk();
    await atGrid(page);
    const noPhoto = tile(page, 'g-sun').locator('[data-portrait]');
    await expect(noPhoto).toHaveAttribute('data-portrait', 'placeholder');
    await expect(noPhoto).toHaveText('孙');
    // Portraits below the fold load (and fail) only once scrolled to.
    await tile(page, 'g-qian').scrollIntoViewIfNeeded();
    const broken = tile(page, 'g-qian').locator('[data-portrait]');
    await expect(broken).toHaveAttribute('data-portrait', 'placeholder');
    await expect(broken).toHaveText('钱');
    expect(await noPhoto.evaluate((el) => getComputedStyle(el).backgroundImage)).not.toBe(
      await tile(page, 'g-ouyang').locator('[data-portrait]').evaluate((el) => getComputedStyle(el).backgroundImage),
    );

    // A 16:9 photo and a 3000×4000 one: both in 3:4 boxes, cropped, decoded off the main thread.
    for (const id of ['g-he', 'g-zhou']) {
      const img = tile(page, id).locator('img');
      await expect(img).toHaveJSProperty('complete', true);
      expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0);
      await expect(img).toHaveAttribute('decoding', 'async');
      await expect(img).toHaveCSS('object-fit', 'cover');
      const box = (await tile(page, id).locator('[data-portrait]').boundingBox())!;
      expect(box.width / box.height).toBeCloseTo(0.75, 2);
    }
    await expect(tile(page, 'g-test').locator('[data-sample-mark]')).toHaveCount(0);
    await expect(tile(page, 'g-lin').locator('[data-sample-mark]')).toHaveCount(1);
  });

  test('with more than six workers, filters by honour level and by trade', async () => {
    const page = kiosk();
    await atGrid(page);
    await expect(page.locator('[data-worker-id]')).toHaveCount(9);
    await page.locator('[data-filter="level:national"]').tap();
    await expect(page.locator('[data-worker-id]')).toHaveCount(2);
    await expect(tile(page, 'g-lin')).toBeVisible();
    await expect(tile(page, 'g-he')).toBeVisible();
    await page.locator('[data-filter="trade:数控车工"]').tap();
    await expect(page.locator('[data-worker-id]')).toHaveCount(2);
    await expect(tile(page, 'g-ouyang')).toBeVisible();
    // Next/previous stay within the filtered list.
    await tile(page, 'g-lin').tap();
    await page.locator('[data-story-step="next"]').tap();
    await expect(story(page)).toHaveAttribute('data-story-open', 'g-ouyang');
    await page.locator('[data-story-step="next"]').tap();
    await expect(story(page)).toHaveAttribute('data-story-open', 'g-lin');
    await page.locator('[data-story-close]').tap();
    await page.locator('[data-filter="all"]').tap();
    await expect(page.locator('[data-worker-id]')).toHaveCount(9);
  });

  test('a long story is split into short pages with dots and page buttons', async () => {
    const page = kiosk();
    await atGrid(page);
    await tile(page, 'g-lin').tap();
    const body = page.locator('[data-story-open="g-lin"] [data-story-pages]');
    const pages = Number(await body.getAttribute('data-story-pages'));
    expect(pages).toBeGreaterThan(2);
    const texts: string[] = [];
    for (let n = 1; n <= pages; n++) {
      await expect(body).toHaveAttribute('data-story-page', String(n));
      const text = (await body.locator('.page-text').innerText()).replace(/\s/g, '');
      expect([...text].length).toBeLessThanOrEqual(140);
      expect(text).toMatch(/[。！？”]$/);
      texts.push(text);
      if (n < pages) await page.locator('[data-page-turn="next"]').tap();
    }
    await expect(page.locator('[data-page-turn="next"]')).toBeDisabled();
    expect(texts.join('')).toContain('没有秘诀，就是把每一刀都当成第一刀。');
    await page.locator('[data-page-turn="prev"]').tap();
    await expect(body).toHaveAttribute('data-story-page', String(pages - 1));
  });

  test('lists the four highest honours and counts the rest', async () => {
    const page = kiosk();
    await atGrid(page);
    await tile(page, 'g-zhou').tap();
    const open = page.locator('[data-story-open="g-zhou"]');
    await expect(open.locator('.honours li')).toHaveCount(5);
    await expect(open.locator('.honours li').first()).toContainText('省五一劳动奖章');
    // The rest on the pages after the story, where the line says.
    const more = open.locator('.honours li').last();
    await expect(more).toHaveText(/^另有 2 项荣誉，见第 \d+ 页\s?\/ 2 more honours on page \d+$/);
    const listPage = Number(await more.getAttribute('data-honours-more'));
    for (let n = 1; n < listPage; n++) await open.locator('[data-page-turn="next"]').tap();
    await expect(open.locator('[data-honour]')).toHaveCount(6);
    const fits = await open.locator('[data-story-swipe]').evaluate((el) => el.scrollHeight <= el.clientHeight + 1);
    expect(fits).toBe(true);
  });

  test('the next worker starts at the first page', async () => {
    const page = kiosk();
    await atGrid(page);
    await tile(page, 'g-lin').tap();
    await page.locator('[data-page-turn="next"]').tap();
    await expect(page.locator('[data-story-open="g-lin"] [data-story-pages]')).toHaveAttribute('data-story-page', '2');
    await page.locator('[data-story-step="next"]').tap();
    await page.locator('[data-story-step="prev"]').tap();
    await expect(page.locator('[data-story-open="g-lin"] [data-story-pages]')).toHaveAttribute('data-story-page', '1');
  });
});

// axe-core waits on timers of its own: this one runs on the real clock.
test('the story view has no accessibility violations', async ({ page }) => {
  await openKiosk(page, GALLERY);
  await touchIn(page);
  await tile(page, 'g-lin').tap();
  await expect(page.locator('[data-story-open="g-lin"]')).toBeVisible();
  await animationsDone(page, page.locator('[data-scene-id]'));
  const result = await new AxeBuilder({ page }).include('[data-story-open]').analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  const grid = await new AxeBuilder({ page }).include('[data-gallery-mode]').exclude('[data-story-open]').analyze();
  expect(grid.violations.map((v) => v.id)).toEqual([]);
});

test('gallery and story fit the portrait screen', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1080, height: 1920 });
  await openKioskAt(page, GALLERY);
  await shoot(page, testInfo, 'gallery-attract-portrait');
  await tapInvite(page);
  await expect(html(page)).toHaveAttribute('data-kiosk-mode', 'interactive');
  await shoot(page, testInfo, 'gallery-grid-portrait');
  await tile(page, 'g-lin').tap();
  await expect(page.locator('[data-story-open="g-lin"]')).toBeVisible();
  await shoot(page, testInfo, 'gallery-story-portrait');
  await expectStoryFits(page, 1080, 1920);
});

const STORIES = 40;

test(`opening and closing ${STORIES} stories leaves no DOM nodes or listeners behind`, async ({ page }) => {
  test.setTimeout(90_000);
  // The loop, not a pinned preview (a staff preview has no visitor mode): touch in, then the nav bar.
  await page.goto(kioskUrl({ content: BASIC.content, motion: 'reduce' }));
  await expect(page.locator('[data-scene-id][data-ready="true"]')).toHaveCount(1);
  await page.touchscreen.tap(960, 540);
  await expect(html(page)).toHaveAttribute('data-kiosk-mode', 'interactive');
  await page.locator('[data-nav-kind="gallery"]').click();
  await expect(page.locator(`[data-scene-id="${BASIC.scene}"][data-ready="true"] [data-worker-id]`).first()).toBeVisible();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const cycle = (times: number) =>
    page.evaluate(async (n) => {
      const ids = ['w-lin', 'w-zhou', 'w-he'];
      const until = (ok: () => boolean) =>
        new Promise<void>((resolve, reject) => {
          const started = performance.now();
          const check = () => (ok() ? resolve() : performance.now() - started > 5000 ? reject(new Error('timed out')) : requestAnimationFrame(check));
          check();
        });
      for (let i = 0; i < n; i++) {
        const id = ids[i % ids.length]!;
        const portrait = document.querySelector(`[data-worker-id="${id}"]`)!;
        portrait.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, button: 0, isPrimary: true, pointerType: 'touch' }));
        portrait.dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 1 }));
        await until(() => document.querySelector(`[data-story-open="${id}"]`) !== null);
        document.querySelector('[data-story-close]')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, button: 0, isPrimary: true, pointerType: 'touch' }));
        await until(() => document.querySelector('[data-story-open]') === null);
      }
    }, times);
  const metrics = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (name: string) => metrics.find((m) => m.name === name)!.value;
    return { nodes: get('Nodes'), listeners: get('JSEventListeners') };
  };

  await cycle(5);
  const before = await metrics();
  await cycle(STORIES);
  const after = await metrics();
  test.info().annotations.push({ type: 'leak-check', description: JSON.stringify({ before, after }) });
  console.log(`stories: ${JSON.stringify({ before, after })}`);
  // A story is ~100 nodes and several listeners: one kept per opening would add thousands and
  // hundreds; a node or listener per opening, 40 (the bench's soak watches the long run).
  expect(after.nodes - before.nodes).toBeLessThanOrEqual(20);
  expect(after.listeners - before.listeners).toBeLessThanOrEqual(4);
  const opened = Object.values(await counts(page)).reduce((a, b) => a + b, 0);
  expect(opened).toBe(STORIES + 5);
  await expect(html(page)).toHaveAttribute('data-kiosk-mode', 'interactive');
});

// #14: a portrait of the attract loop is touchable like the featured card: the first touch on one
// opens that worker's story, on the still lineup (few workers) and on the wall (reduced motion, so
// the portrait stays under the finger), in both orientations.
for (const [layout, set, size] of [
  ['lineup', BASIC, { width: 1920, height: 1080 }],
  ['lineup', BASIC, { width: 1080, height: 1920 }],
  ['wall', GALLERY, { width: 1920, height: 1080 }],
  ['wall', GALLERY, { width: 1080, height: 1920 }],
] as const) {
  test(`the first touch on a portrait of the ${layout} (${size.width}×${size.height}) opens that worker's story`, async ({ page }) => {
    await page.setViewportSize(size);
    await openKioskAt(page, { ...set, motion: 'reduce' });
    await expect(page.locator(layout === 'lineup' ? '[data-gallery-lineup]' : '.wall')).toHaveCount(1);
    await expect(html(page)).toHaveAttribute('data-kiosk-mode', 'attract');
    // A portrait of someone other than the featured worker, at a point where a touch lands on it
    // (not on the featured card or the veil). Not tile.tap(): see touch.spec.ts (the waking touch redraws).
    const target = await page.evaluate(() => {
      const featured = document.querySelector('[data-featured-id]')?.getAttribute('data-featured-id');
      for (const tile of document.querySelectorAll('[data-portrait-opens]')) {
        const id = tile.getAttribute('data-portrait-opens')!;
        const r = tile.getBoundingClientRect();
        const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
        if (id !== featured && x > 0 && y > 0 && x < innerWidth && y < innerHeight && document.elementFromPoint(x, y)?.closest('[data-portrait-opens]') === tile) return { id, x, y };
      }
      return null;
    });
    expect(target, 'a portrait a touch can land on').not.toBeNull();
    await page.touchscreen.tap(target!.x, target!.y);
    await expect(html(page)).toHaveAttribute('data-kiosk-mode', 'interactive');
    await expect(story(page)).toHaveAttribute('data-story-open', target!.id);
  });
}
