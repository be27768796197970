// The kiosk shell as a visitor and an installer meet it: the loop, touch, idle, the contract's hooks.
// Time is Playwright's clock, paused at the open and stepped by exactly what each behaviour needs.
import { expect, test, type Page } from '@playwright/test';
import { animationsDone, html, openKioskAt, readyScene, recordRequests, shoot, visibleScene } from './kiosk.ts';

const BASIC = 'fixtures/basic/';
const PLAYABLE = ['numbers', 'workers', 'events', 'honours']; // 'expired' and 'future' are outside their dates
/** The fixture's scene duration and idle timeout; the countdown (site.json's default 20 s) follows it. */
const SCENE_MS = 10_000;
const IDLE_MS = 30_000;
const COUNTDOWN_MS = 20_000;

// A paused page clock sends no heartbeats; the service worker would reload the page after 8 s.
test.use({ serviceWorkers: 'block' });

/** Counts animation frames (on the kiosk's clock) on which the loop shows no scene. */
async function countBlankFrames(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __blankFrames: number; __seenScene: boolean };
    w.__blankFrames = 0;
    w.__seenScene = false;
    const watch = () => {
      const visible = document.querySelectorAll('[data-scene-id]').length;
      if (visible > 0) w.__seenScene = true;
      else if (w.__seenScene && document.documentElement.dataset.kioskMode === 'attract') w.__blankFrames++;
      requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  });
}
const blankFrames = (page: Page) => page.evaluate(() => (window as unknown as { __blankFrames: number }).__blankFrames);
const entryState = (page: Page) => visibleScene(page).locator('[data-entry]');

test('cycles through the playlist in order, skipping scenes outside their dates, with no blank frame', async ({ page }) => {
  await countBlankFrames(page);
  await openKioskAt(page, { content: BASIC });
  await expect(visibleScene(page)).toHaveAttribute('data-scene-id', PLAYABLE[0]!);
  await expect(page.locator('.progress')).toBeVisible();
  // Each scene's duration on, the next playable one is on screen; then the loop starts over.
  for (let i = 1; i <= PLAYABLE.length; i++) {
    await page.clock.runFor(SCENE_MS);
    await expect(readyScene(page)).toHaveAttribute('data-scene-id', PLAYABLE[i % PLAYABLE.length]!);
  }
  expect(await blankFrames(page)).toBe(0);
});

test('a scene is not left before its duration is over', async ({ page }) => {
  await openKioskAt(page, { content: BASIC });
  await page.clock.runFor(SCENE_MS - 100);
  await expect(visibleScene(page)).toHaveAttribute('data-scene-id', 'numbers');
  await page.clock.runFor(100);
  await expect(visibleScene(page)).toHaveAttribute('data-scene-id', 'workers');
});

test('scene= pins one scene and does not advance, while the kiosk keeps running', async ({ page }) => {
  await openKioskAt(page, { content: BASIC, scene: 'honours' });
  // The clock is paused: the entry (count-ups, on the kiosk's frames) has started and waits.
  await expect(entryState(page)).toHaveAttribute('data-entry', 'playing');
  await page.clock.runFor(4 * SCENE_MS);
  await expect(visibleScene(page)).toHaveAttribute('data-scene-id', 'honours');
  await expect(visibleScene(page)).toHaveAttribute('data-scene-kind', 'achievements');
  // Not frozen: the same 40 s ran the entry to its end on the kiosk's frames.
  await expect(entryState(page)).toHaveAttribute('data-entry', 'done');
});

test('carries every DOM hook of the contract', async ({ page }) => {
  await openKioskAt(page, { content: BASIC });
  await expect(html(page)).toHaveAttribute('data-kiosk-mode', 'attract');
  await expect(html(page)).toHaveAttribute('data-content-status', 'ok');
  await expect(html(page)).toHaveAttribute('data-content-version', /^[0-9a-f]{16}$/);
  const scene = visibleScene(page);
  await expect(scene).toHaveCount(1);
  await expect(scene).toHaveAttribute('data-scene-id', 'numbers');
  await expect(scene).toHaveAttribute('data-scene-kind', 'achievements');
  await expect(scene).toHaveAttribute('data-ready', 'true');
});

test('a tap enters interactive mode; the visitor moves between the three kinds with large targets', async ({ page }) => {
  await openKioskAt(page, { content: BASIC });
  await page.touchscreen.tap(960, 400);
  await expect(html(page)).toHaveAttribute('data-kiosk-mode', 'interactive');
  // The scene on screen stays past its own duration while the visitor is here.
  await page.clock.runFor(SCENE_MS);
  await expect(visibleScene(page)).toHaveAttribute('data-scene-id', 'numbers');
  const buttons = page.locator('nav button[data-nav-kind]');
  await expect(buttons).toHaveCount(3);
  await expect(buttons).toHaveText([/成就.*Achievements/s, /劳模.*Model workers/s, /活动.*Events/s]);
  for (const box of await buttons.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON()))) {
    expect(box.width).toBeGreaterThanOrEqual(64);
    expect(box.height).toBeGreaterThanOrEqual(64);
  }
  await page.locator('[data-nav-kind="events"]').tap();
  await expect(visibleScene(page)).toHaveAttribute('data-scene-kind', 'events');
  await page.locator('[data-nav-kind="gallery"]').tap();
  await expect(visibleScene(page)).toHaveAttribute('data-scene-kind', 'gallery');
  await page.locator('[data-nav-kind="achievements"]').tap();
  await expect(visibleScene(page)).toHaveAttribute('data-scene-id', 'numbers');
  await page.locator('[data-nav-kind="achievements"]').tap();
  await expect(visibleScene(page)).toHaveAttribute('data-scene-id', 'honours');
  // The loop holds while the visitor is here: more than a scene's duration, until the countdown ends.
  await page.clock.runFor(IDLE_MS + COUNTDOWN_MS - 1_000);
  await expect(visibleScene(page)).toHaveAttribute('data-scene-id', 'honours');
  await expect(html(page)).toHaveAttribute('data-kiosk-mode', 'interactive');
});

test('after the idle timeout a countdown shows, then the kiosk returns to its loop', async ({ page }) => {
  await openKioskAt(page, { content: BASIC });
  await page.touchscreen.tap(960, 400);
  await expect(html(page)).toHaveAttribute('data-kiosk-mode', 'interactive');
  const countdown = page.locator('[data-countdown]');
  await page.clock.runFor(IDLE_MS - 1_000);
  await expect(countdown).toHaveCount(0);
  await page.clock.runFor(1_000);
  await expect(countdown).toHaveAttribute('data-countdown', '20');
  await expect(countdown).toContainText('轻触继续');
  await expect(countdown).toContainText('Touch to continue');
  await expect(countdown).toContainText('秒后返回轮播');
  await page.clock.runFor(COUNTDOWN_MS - 1_000);
  await expect(countdown).toHaveAttribute('data-countdown', '1');
  await expect(html(page)).toHaveAttribute('data-kiosk-mode', 'interactive');
  await page.clock.runFor(1_000);
  await expect(html(page)).toHaveAttribute('data-kiosk-mode', 'attract');
  await expect(page.locator('nav')).toHaveCount(0);
  // Back in the loop, it carries on after the scene the visitor left.
  await expect(readyScene(page)).toHaveAttribute('data-scene-id', 'workers');
});

test('a touch during the countdown restarts the wait for idle', async ({ page }) => {
  await openKioskAt(page, { content: BASIC });
  await page.touchscreen.tap(960, 400);
  await page.clock.runFor(IDLE_MS);
  await expect(page.locator('[data-countdown]')).toBeVisible();
  await page.touchscreen.tap(960, 400);
  await expect(page.locator('[data-countdown]')).toHaveCount(0);
  await expect(html(page)).toHaveAttribute('data-kiosk-mode', 'interactive');
  // Past the first touch's timeout, the visitor is still here; a full wait after the second, not.
  await page.clock.runFor(IDLE_MS + COUNTDOWN_MS - 1_000);
  await expect(html(page)).toHaveAttribute('data-kiosk-mode', 'interactive');
  await page.clock.runFor(1_000);
  await expect(html(page)).toHaveAttribute('data-kiosk-mode', 'attract');
});

test('outside opening hours the kiosk goes to night mode', async ({ page }) => {
  // The fixture is closed on Sundays.
  await openKioskAt(page, { content: BASIC, at: '2026-11-22T12:00:00+08:00', ready: false });
  await expect(html(page)).toHaveAttribute('data-kiosk-mode', 'night');
  await expect(page.locator('[data-night-screen]')).toContainText('12:00');
  await expect(visibleScene(page)).toHaveCount(0);
  // The night clock follows the kiosk's.
  await page.clock.runFor(60_000);
  await expect(page.locator('[data-night-screen]')).toContainText('12:01');
});

test('a content path that is not same-origin is refused with a visible error', async ({ page }) => {
  const requests = recordRequests(page);
  await page.goto('/?content=https%3A%2F%2Fevil.example%2F');
  await expect(html(page)).toHaveAttribute('data-kiosk-mode', 'error');
  await expect(page.locator('[data-error-screen]')).toContainText('Temporarily unavailable');
  await page.evaluate(() => (location.hash = '#status'));
  await expect(page.locator('[data-status-view] [data-blocked-reason]').first()).toContainText('refused');
  expect(requests.filter((url) => new URL(url).hostname === 'evil.example')).toEqual([]);
});

test('not a single request leaves the origin, and no CSP violation, during a full loop', async ({ page, baseURL }) => {
  const requests = recordRequests(page);
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await openKioskAt(page, { content: BASIC });
  // Every playable scene on screen once, laid out.
  for (let i = 1; i < PLAYABLE.length; i++) {
    await page.clock.runFor(SCENE_MS);
    await expect(readyScene(page)).toHaveAttribute('data-scene-id', PLAYABLE[i]!);
  }
  const origin = new URL(baseURL!).origin;
  expect(requests.length).toBeGreaterThan(3);
  expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
});

for (const [name, size] of [['landscape', { width: 1920, height: 1080 }], ['portrait', { width: 1080, height: 1920 }]] as const) {
  test(`looks right at ${size.width}×${size.height} (${name})`, async ({ page }, testInfo) => {
    await page.setViewportSize(size);
    await openKioskAt(page, { content: BASIC });
    // The entry on the kiosk's frames (count-ups) lands, then the browser's own fades finish.
    await page.clock.runFor(3_000);
    await expect(entryState(page)).toHaveAttribute('data-entry', 'done');
    await shoot(page, testInfo, `shell-${name}`);
    await page.touchscreen.tap(size.width / 2, size.height / 3);
    await expect(page.locator('nav')).toBeVisible();
    // The nav bar's box once it has slid in.
    await animationsDone(page);
    await shoot(page, testInfo, `shell-${name}-interactive`);
    const nav = await page.locator('nav').boundingBox();
    expect(nav!.y + nav!.height).toBeLessThanOrEqual(size.height + 1);
    expect(nav!.width).toBeLessThanOrEqual(size.width);
  });
}
