// Left alone for weeks: lockdown, cursor, recovery from a frozen page and from repeated errors.
import { expect, test } from '@playwright/test';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { waitForServiceWorker } from '../../scripts/lib/service-worker.ts';
import { html, openKiosk } from './kiosk.ts';

const BASIC = 'fixtures/basic/';

test('visitors cannot open menus, zoom, select, drag or navigate away', async ({ page }) => {
  await openKiosk(page, { content: BASIC });
  const prevented = await page.evaluate(() => {
    const fire = (event: Event) => (document.body.dispatchEvent(event), event.defaultPrevented);
    return {
      contextmenu: fire(new MouseEvent('contextmenu', { bubbles: true, cancelable: true })),
      ctrlWheel: fire(new WheelEvent('wheel', { bubbles: true, cancelable: true, ctrlKey: true, deltaY: -100 })),
      dragstart: fire(new DragEvent('dragstart', { bubbles: true, cancelable: true })),
      selectstart: fire(new Event('selectstart', { bubbles: true, cancelable: true })),
      ctrlPlus: fire(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, key: '+', ctrlKey: true })),
      altLeft: fire(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, key: 'ArrowLeft', altKey: true })),
      userSelect: getComputedStyle(document.body).userSelect,
      touchAction: getComputedStyle(document.documentElement).touchAction,
      overscroll: getComputedStyle(document.documentElement).overscrollBehaviorX,
    };
  });
  expect(prevented).toEqual({
    contextmenu: true, ctrlWheel: true, dragstart: true, selectstart: true, ctrlPlus: true, altLeft: true,
    userSelect: 'none', touchAction: 'pan-x pan-y', overscroll: 'none',
  });
  const url = page.url();
  await page.goBack().catch(() => undefined);
  expect(page.url()).toBe(url);
  await expect(page.locator('[data-scene-id]')).toHaveCount(1);
});

test('the cursor hides when the mouse rests', async ({ page }) => {
  await openKiosk(page, { content: BASIC });
  await page.mouse.move(200, 200);
  await expect(html(page)).not.toHaveAttribute('data-cursor', 'hidden');
  await expect(html(page)).toHaveAttribute('data-cursor', 'hidden', { timeout: 6_000 });
  await page.mouse.move(300, 300);
  await expect(html(page)).not.toHaveAttribute('data-cursor', 'hidden');
});

test('a frozen page (no frames for seconds) is reloaded by the service worker', async ({ page }) => {
  test.setTimeout(90_000);
  await openKiosk(page, { content: BASIC });
  await waitForServiceWorker(page);
  await page.evaluate(() => ((window as unknown as { __before: boolean }).__before = true));
  await page.waitForTimeout(1_500); // a few heartbeats
  const reloaded = page.waitForEvent('framenavigated', { timeout: 60_000 });
  // Block the main thread for 20 s: no frames, no heartbeats.
  void page.evaluate(() => setTimeout(() => {
    const end = performance.now() + 20_000;
    while (performance.now() < end) { /* frozen */ }
  }, 0)).catch(() => undefined);
  await reloaded;
  await expect(page.locator('[data-scene-id][data-ready="true"]')).toHaveCount(1, { timeout: 30_000 });
  expect(await page.evaluate(() => (window as unknown as { __before?: boolean }).__before)).toBeUndefined();
});

test('a burst of unhandled errors reloads the page', async ({ page }) => {
  await openKiosk(page, { content: BASIC });
  await page.evaluate(() => ((window as unknown as { __before: boolean }).__before = true));
  const reloaded = page.waitForEvent('framenavigated');
  await page.evaluate(() => {
    for (let i = 0; i < 5; i++) setTimeout(() => { throw new Error(`test error ${i}`); }, i * 10);
  });
  await reloaded;
  await expect(page.locator('[data-scene-id][data-ready="true"]')).toHaveCount(1);
  expect(await page.evaluate(() => (window as unknown as { __before?: boolean }).__before)).toBeUndefined();
});

test('night mode follows the opening hours of the kiosk clock', async ({ page }) => {
  // Saturday: 09:00-12:00 and 14:00-21:00 in the fixture; at speed 20 the lunch break comes in
  // ~12 s, long enough for a slow machine to load the page and see the kiosk open first.
  await openKiosk(page, { content: BASIC, now: '2026-11-28T11:56:00+08:00', speed: 20 });
  await expect(html(page)).toHaveAttribute('data-kiosk-mode', 'attract');
  await expect(html(page)).toHaveAttribute('data-kiosk-mode', 'night', { timeout: 30_000 });
  await expect(page.locator('[data-night-screen]')).toContainText('12:0');
  await expect(page.locator('[data-scene-id]')).toHaveCount(0);
});

test('the slow anti-burn-in drift holds still while a visitor touches the screen', async ({ page }) => {
  // At speed 60 the drift's target moves a pixel every second or two and the frame eases after
  // it: it is always on its way. A touch must pin it where it is, so buttons stay under the finger.
  // A copy of the basic set with a long idle timeout, so the touch lasts at this speed.
  const folder = 'tests/fixtures/runtime/drift';
  await rm(folder, { recursive: true, force: true });
  await mkdir('tests/fixtures/runtime', { recursive: true });
  await cp('tests/fixtures/basic', folder, { recursive: true });
  const site = JSON.parse(await readFile(`${folder}/site.json`, 'utf8'));
  await writeFile(`${folder}/site.json`, JSON.stringify({ ...site, idleTimeoutSeconds: 600 }));
  // One scene, pinned: at this speed the loop would be a blur of crossfades.
  await openKiosk(page, { content: 'fixtures/runtime/drift/', scene: 'workers', now: '2026-11-25T10:00:00+08:00', speed: 60 });

  const frame = page.locator('main.frame');
  const position = () => frame.evaluate((el) => getComputedStyle(el).transform);
  const before = await position();
  await expect.poll(position, { timeout: 20_000 }).not.toBe(before);
  await page.touchscreen.tap(960, 40);
  await expect(html(page)).toHaveAttribute('data-kiosk-mode', 'interactive');
  const held = await position();
  await page.waitForTimeout(3_000);
  expect(await position()).toBe(held);
});
