// Left alone for weeks: lockdown, cursor, recovery from a frozen page and from repeated errors.
// Time is Playwright's clock, paused at the open and stepped, except for the service worker's
// watchdog, which runs in the worker on real time.
import { expect, test, type Page } from '@playwright/test';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { waitForServiceWorker } from '../../scripts/lib/service-worker.ts';
import { pixelShift } from '../../src/kiosk/pixel-shift.ts';
import { html, openKiosk, openKioskAt, readyScene, visibleScene } from './kiosk.ts';

const BASIC = 'fixtures/basic/';

// A paused page clock sends no heartbeats; the service worker would reload the page after 8 s.
// The frozen-page test lets it back in.
test.use({ serviceWorkers: 'block' });

/** Sets a flag in the page: gone after a reload. */
const markPage = (page: Page) => page.evaluate(() => ((window as unknown as { __before: boolean }).__before = true));
const pageMarked = (page: Page) => page.evaluate(() => (window as unknown as { __before?: boolean }).__before === true);

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


test('the cursor hides when the mouse rests for 3 s', async ({ page }) => {
  await openKioskAt(page, { content: BASIC });
  await page.mouse.move(200, 200);
  await expect(html(page)).not.toHaveAttribute('data-cursor', 'hidden');
  await page.clock.runFor(2_900);
  await expect(html(page)).not.toHaveAttribute('data-cursor', 'hidden');
  await page.clock.runFor(100);
  await expect(html(page)).toHaveAttribute('data-cursor', 'hidden');
  await page.mouse.move(300, 300);
  await expect(html(page)).not.toHaveAttribute('data-cursor', 'hidden');
});

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('a frozen page (no frames and no answer for seconds) is reloaded by the service worker', async ({ page }) => {
    test.setTimeout(90_000);
    // Counts the heartbeats the page sends its worker (one a second, from an animation frame), and
    // asks the worker for a shorter silence (3 s before it asks, 3 s more for an answer) than the
    // kiosk's 8 s and 30 s, so the main thread is blocked for less long.
    await page.addInitScript(() => {
      const w = window as unknown as { __heartbeats: number };
      w.__heartbeats = 0;
      const post = ServiceWorker.prototype.postMessage as (this: ServiceWorker, ...args: unknown[]) => void;
      ServiceWorker.prototype.postMessage = function (this: ServiceWorker, ...args: unknown[]) {
        if ((args[0] as { type?: string } | null)?.type === 'HEARTBEAT') {
          w.__heartbeats++;
          args[0] = { ...(args[0] as object), frozenAfterMs: 3_000, answerWithinMs: 3_000 };
        }
        post.apply(this, args);
      } as typeof ServiceWorker.prototype.postMessage;
    });
    // The worker's watchdog runs on real time in the worker, so this test does too.
    await openKiosk(page, { content: BASIC });
    await waitForServiceWorker(page);
    await markPage(page);
    // The worker watches the page once it has heard from it.
    await expect.poll(() => page.evaluate(() => (window as unknown as { __heartbeats: number }).__heartbeats)).toBeGreaterThanOrEqual(2);
    const reloaded = page.waitForEvent('framenavigated', { timeout: 60_000 });
    // Block the main thread for 15 s: no frames, no heartbeats, no answer to the worker's question
    // (once the block ends the page would answer, and a slow page is not reloaded:
    // tests/unit/frozen-page.test.ts).
    void page.evaluate(() => setTimeout(() => {
      const end = performance.now() + 15_000;
      while (performance.now() < end) { /* frozen */ }
    }, 0)).catch(() => undefined);
    await reloaded;
    await expect(readyScene(page)).toHaveCount(1, { timeout: 30_000 });
    expect(await pageMarked(page)).toBe(false);
  });
});

test('a burst of unhandled errors rebuilds the scene in place; another burst soon after reloads the page', async ({ page }) => {
  // Errors thrown from microtasks reach the page's error handlers (Playwright's clock catches the
  // ones thrown inside its timers), and the clock stays paused: nothing else moves meanwhile.
  const burst = () =>
    page.evaluate(() => {
      for (let i = 0; i < 5; i++) queueMicrotask(() => { throw new Error(`test error ${i}`); });
    });
  await openKioskAt(page, { content: BASIC });
  await expect(visibleScene(page)).toHaveAttribute('data-scene-id', 'numbers');
  await markPage(page);
  await burst();
  // The scene on screen was dropped and the loop carried on with the next one, in the same page.
  await expect(readyScene(page)).toHaveAttribute('data-scene-id', 'workers');
  expect(await pageMarked(page)).toBe(true);
  await page.evaluate(() => (location.hash = '#status'));
  await expect(page.locator('[data-status-view] [data-error-entry]').first()).toContainText('rebuilt in place');
  await page.evaluate(() => (location.hash = ''));
  await expect(page.locator('[data-status-view]')).toHaveCount(0);

  const reloaded = page.waitForEvent('load');
  await burst();
  await reloaded;
  await expect(readyScene(page)).toHaveCount(1);
  expect(await pageMarked(page)).toBe(false);
});

test('night mode follows the opening hours of the kiosk clock', async ({ page }) => {
  // Saturday: 09:00-12:00 and 14:00-21:00 in the fixture.
  await openKioskAt(page, { content: BASIC, at: '2026-11-28T11:59:00+08:00' });
  await page.clock.runFor(59_000);
  await expect(html(page)).toHaveAttribute('data-kiosk-mode', 'attract');
  await expect(readyScene(page)).toHaveCount(1);
  await page.clock.runFor(1_000); // 12:00, the lunch break
  await expect(html(page)).toHaveAttribute('data-kiosk-mode', 'night');
  await expect(page.locator('[data-night-screen]')).toContainText('12:00');
  await expect(visibleScene(page)).toHaveCount(0);
  // It opens again at 14:00.
  await page.clock.fastForward('01:59:59');
  await expect(html(page)).toHaveAttribute('data-kiosk-mode', 'night');
  await page.clock.runFor(1_000);
  await expect(html(page)).toHaveAttribute('data-kiosk-mode', 'attract');
  await expect(readyScene(page)).toHaveCount(1);
});

test('the slow anti-burn-in drift holds still while a visitor touches the screen', async ({ page }) => {
  // The drift steps the whole frame by whole pixels as kiosk time goes on (kiosk/pixel-shift.ts).
  // A touch must pin it where it is, so buttons stay under the finger; back in the loop it goes on.
  const at = '2026-11-25T10:05:00+08:00';
  const STEP = 2 * 60_000;
  const IDLE_MS = 3 * 60_000;
  const COUNTDOWN_MS = 20_000; // site.json's default, after the idle timeout
  const t0 = new Date(at).getTime();
  const translate = (ms: number) => `translate(${pixelShift(ms).x}px, ${pixelShift(ms).y}px)`;
  // The target moves in each step below, else the test would prove nothing.
  expect(translate(t0 + STEP)).not.toBe(translate(t0));
  expect(translate(t0 + 2 * STEP)).not.toBe(translate(t0 + STEP));
  expect(translate(t0 + STEP + IDLE_MS - 1_000)).not.toBe(translate(t0 + STEP));
  // A copy of the basic set with an idle timeout longer than a step.
  const folder = 'tests/fixtures/runtime/drift';
  await rm(folder, { recursive: true, force: true });
  await mkdir('tests/fixtures/runtime', { recursive: true });
  await cp('tests/fixtures/basic', folder, { recursive: true });
  const site = JSON.parse(await readFile(`${folder}/site.json`, 'utf8'));
  await writeFile(`${folder}/site.json`, JSON.stringify({ ...site, idleTimeoutSeconds: IDLE_MS / 1000 }));
  await openKioskAt(page, { content: 'fixtures/runtime/drift/', at });

  const position = () => page.locator('main.frame').evaluate((el) => (el as HTMLElement).style.transform);
  expect(await position()).toBe(translate(t0));
  await page.clock.fastForward(STEP);
  await expect.poll(position).toBe(translate(t0 + STEP));

  await page.touchscreen.tap(960, 40);
  await expect(html(page)).toHaveAttribute('data-kiosk-mode', 'interactive');
  await page.clock.fastForward(STEP);
  await expect(html(page)).toHaveAttribute('data-kiosk-mode', 'interactive');
  expect(await position()).toBe(translate(t0 + STEP)); // pinned, though the target has moved on

  // The idle timeout ends the visit; the drift goes on from where kiosk time is.
  await page.clock.runFor(IDLE_MS + COUNTDOWN_MS - STEP);
  await expect(html(page)).toHaveAttribute('data-kiosk-mode', 'attract');
  await expect.poll(position).not.toBe(translate(t0 + STEP));
});
