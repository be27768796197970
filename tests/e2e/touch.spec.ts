// Touch what you see (issue 14): the first touch opens what it lands on, events open into a
// detail with a take-away QR, paging and the ticker hold still for a visitor, 长辈模式 (large
// text) until they leave, the night and error screens for the public, and axe on every view.
// Each test boots the kiosk once, on Playwright's clock.
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { html, openKioskAt } from './kiosk.ts';

// No service worker: its frozen-page watchdog reloads a page whose paused clock sends no
// heartbeats for 8 s of real time, and axe takes seconds. Offline behaviour has its own spec.
test.use({ serviceWorkers: 'block' });
// axe takes several seconds a page on a busy 2-core machine.
test.describe.configure({ timeout: 120_000 });

/**
 * Kiosk lockdown exceptions, on purpose: the viewport forbids pinch zoom (a public screen must not
 * be left zoomed in by one visitor for the next; 长辈模式 is the zoom it offers instead).
 */
const LOCKDOWN_EXCEPTIONS = ['meta-viewport'];

/**
 * axe's findings on the page. axe waits on timers of its own, so a paused clock runs (in real
 * time) while it reads the page, and pauses again after; a test that reads a second of kiosk
 * time here reads nothing else from it.
 */
async function axeViolations(page: Page, { paused = true }: { paused?: boolean } = {}): Promise<string[]> {
  if (paused) await page.clock.resume();
  // A QR code is thousands of rects with one label: read once by the unit tests, skipped here (slow).
  const result = await new AxeBuilder({ page }).disableRules(LOCKDOWN_EXCEPTIONS).exclude('svg[data-qr] > rect').analyze();
  if (paused) await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 10_000);
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** A real one-finger drag (CDP touch events, so the browser applies touch-action). */
async function swipe(page: Page, selector: string, dx: number) {
  const box = (await page.locator(selector).boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  for (let i = 1; i <= 10; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x + (dx * i) / 10, y }] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** Which notice the ticker shows now (it shows one at a time, the next after 8 s). */
const tickerAt = (page: Page) => page.locator('[data-notice-ticker]').getAttribute('data-notice-shown');

test('the first touch on the featured worker opens that story; a swipe turns its page; the story can be taken away', async ({ page }) => {
  await openKioskAt(page, { scene: 'model-workers' });
  expect(await axeViolations(page)).toEqual([]);
  // axe ran on a running clock: let a featured card that was changing finish leaving.
  const card = page.locator('[data-featured-open]');
  await expect(card).toHaveCount(1);
  const id = (await card.getAttribute('data-featured-open'))!;

  // A plain touch at the card's centre, after checking the card is what lies there. Not
  // card.tap(): Playwright re-checks its hit target inside the pointerdown, after the kiosk's
  // window listener has woken it and Svelte has already drawn the browse view on top, so
  // (depending on whose listener was added first) it swallows the touch and waits forever.
  const box = (await card.boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  expect(await page.evaluate((p) => document.elementFromPoint(p.x, p.y)?.closest('[data-featured-open]')?.getAttribute('data-featured-open'), { x, y }), 'the featured card is what a touch at its centre lands on').toBe(id);
  await page.touchscreen.tap(x, y);
  await expect(html(page)).toHaveAttribute('data-kiosk-mode', 'interactive');
  const story = page.locator(`[data-story-open="${id}"]`);
  await expect(story).toBeVisible();

  // A swipe is the next page of this story, not the next person: that is a labelled button.
  const body = story.locator('[data-story-page]');
  await expect(body).toHaveAttribute('data-story-page', '1');
  expect(Number(await body.getAttribute('data-story-pages'))).toBeGreaterThan(1);
  await swipe(page, '[data-story-swipe]', -400);
  await expect(story.locator('[data-story-page]')).toHaveAttribute('data-story-page', '2');
  await expect(page.locator('[data-story-open]')).toHaveAttribute('data-story-open', id);
  await expect(page.locator('[data-story-step="next"]')).toContainText('下一位');

  await page.locator('[data-take-away-open]').tap();
  const takeAway = page.locator('[data-take-away]');
  await expect(takeAway).toHaveAttribute('data-take-away', /劳模风采/);
  await expect(takeAway.locator('svg[data-qr]')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  // (The grid's axe check is in gallery.spec.ts.)
});

test('events: paging and the ticker hold for a visitor, a card opens its detail, 长辈模式 lasts until they leave', async ({ page }) => {
  await openKioskAt(page, { scene: 'upcoming-events' });
  const board = page.locator('[data-events-board]');
  await expect(board).toHaveAttribute('data-paging', 'running');
  expect(Number(await board.getAttribute('data-page-count'))).toBeGreaterThan(1);
  await expect(page.locator('[data-touch-hint]')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // A touch on the header (not a card): the visitor is in; the ticker stops where it was.
  await page.touchscreen.tap(960, 40);
  await expect(html(page)).toHaveAttribute('data-kiosk-mode', 'interactive');
  await expect(board).toHaveAttribute('data-paging', 'held');
  await expect(page.locator('[data-notice-ticker]')).toHaveAttribute('data-ticker-paused', 'true');
  const shownPage = await board.getAttribute('data-page');
  const ticker = await tickerAt(page);
  expect(ticker).toBeTruthy();
  await page.clock.runFor(25_000); // two page turns' and three notices' worth, inside the 30 s idle timeout
  await expect(board).toHaveAttribute('data-page', shownPage!);
  expect(await tickerAt(page)).toEqual(ticker);

  // A card opens into its detail: full text, place, how to register, a large take-away QR.
  const first = page.locator('[data-event-id]').first();
  const eventId = (await first.getAttribute('data-event-id'))!;
  await first.tap();
  const detail = page.locator(`[data-event-detail="${eventId}"]`);
  await expect(detail).toBeVisible();
  await expect(detail).toContainText('地点');
  await expect(detail.locator('[data-take-away]')).toHaveAttribute('data-take-away', /时间：.*\n地点：/);
  const qr = await detail.locator('svg[data-qr]').boundingBox();
  expect(qr!.width).toBeGreaterThan(300);
  expect(await axeViolations(page)).toEqual([]);
  await detail.locator('[data-event-close]').tap();
  await expect(page.locator('[data-event-detail]')).toHaveCount(0);

  // 长辈模式: one tap; larger type, no ticker; half as long again before the loop returns.
  const titleSize = () => page.locator('[data-events-board] h1').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const before = await titleSize();
  await page.locator('[data-large-text-toggle]').tap();
  await expect(html(page)).toHaveAttribute('data-large-text', 'true');
  await expect(page.locator('[data-large-text-toggle]')).toHaveAttribute('aria-pressed', 'true');
  expect(await titleSize()).toBeGreaterThan(before * 1.2);
  await expect(page.locator('[data-notice-ticker]')).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
  // axe ran on a running clock (10 s and more of kiosk time): a touch restarts the wait, at the large pace.
  await page.touchscreen.tap(960, 40);
  await page.clock.runFor(61_000);
  await expect(html(page)).toHaveAttribute('data-kiosk-mode', 'interactive');

  await page.clock.runFor(30_000);
  await expect(html(page)).toHaveAttribute('data-kiosk-mode', 'attract');
  await expect(html(page)).toHaveAttribute('data-large-text', 'false');
  await expect(page.locator('[data-notice-ticker]')).toHaveAttribute('data-ticker-paused', 'false');
  // The notices take turns again.
  const resumedNotice = await tickerAt(page);
  await page.clock.runFor(9_000);
  await expect(page.locator('[data-notice-ticker]')).not.toHaveAttribute('data-notice-shown', resumedNotice!);
  // The loop may bring the pinned scene back as a fresh slot: read the board on screen.
  const live = page.locator('[data-scene-id] [data-events-board]');
  await expect(live).toHaveAttribute('data-paging', 'running');
  const resumedAt = (await live.getAttribute('data-page'))!;
  await page.clock.runFor(13_000);
  await expect(live).not.toHaveAttribute('data-page', resumedAt);
});

test('closed and broken screens: readable night card, the coming events on a touch, a calm poster when nothing can be shown', async ({ page }) => {
  await openKioskAt(page, { at: '2026-11-23T23:00:00+08:00', ready: false });
  await expect(html(page)).toHaveAttribute('data-kiosk-mode', 'night');
  const opens = page.locator('[data-night-opens]');
  await expect(opens).toContainText('下次开放');
  expect(await opens.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(45);
  expect(await axeViolations(page)).toEqual([]);

  await page.touchscreen.tap(960, 540);
  await expect(page.locator('[data-night-screen]')).toHaveAttribute('data-night-showing', 'events');
  await expect(page.locator('[data-night-event]').first()).toBeVisible();
  await expect(html(page)).toHaveAttribute('data-kiosk-mode', 'night');
  expect(await axeViolations(page)).toEqual([]);
  await page.clock.runFor(31_000);
  await expect(page.locator('[data-night-screen]')).toHaveAttribute('data-night-showing', 'clock');

  await page.goto('/?content=https%3A%2F%2Fevil.example%2F');
  await expect(html(page)).toHaveAttribute('data-kiosk-mode', 'error');
  const poster = page.locator('[data-error-screen]');
  await expect(poster).toContainText('暂停服务');
  await expect(poster).toContainText('Temporarily unavailable');
  await expect(poster).not.toContainText('evil.example');
  expect(await axeViolations(page)).toEqual([]);
});

test('the achievements scene is axe-clean in the loop and after a touch', async ({ page }) => {
  // Its 3D chart draws on animation frames: this test runs the clock in real time.
  await openKioskAt(page, { scene: 'honors-2023', running: true, ready: false });
  await expect(page.locator('[data-scene-kind="achievements"][data-ready="true"]')).toHaveCount(1, { timeout: 30_000 });
  const axe = () => axeViolations(page, { paused: false });
  expect(await axe(), 'attract').toEqual([]);
  await page.touchscreen.tap(960, 40);
  await expect(html(page)).toHaveAttribute('data-kiosk-mode', 'interactive');
  expect(await axe(), 'interactive').toEqual([]);
});
