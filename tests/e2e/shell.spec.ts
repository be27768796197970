// The kiosk shell as a visitor and an installer meet it: the loop, touch, idle, the contract's hooks.
import { expect, test } from '@playwright/test';
import { html, kioskUrl, openKiosk, recordRequests, visibleScene } from './kiosk.ts';

const BASIC = 'fixtures/basic/';
const PLAYABLE = ['numbers', 'workers', 'events', 'honours']; // 'expired' and 'future' are outside their dates

test('cycles through the playlist in order, skipping scenes outside their dates, with no blank frame', async ({ page }) => {
  // Count animation frames on which no scene is visible once the first one has appeared.
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
  await openKiosk(page, { content: BASIC, speed: 10 });
  const seen: string[] = [];
  while (seen.length < 5) {
    const id = await visibleScene(page).getAttribute('data-scene-id');
    if (id && seen[seen.length - 1] !== id) seen.push(id);
    await page.waitForTimeout(100);
  }
  const start = PLAYABLE.indexOf(seen[0]!);
  expect(seen).toEqual([0, 1, 2, 3, 4].map((i) => PLAYABLE[(start + i) % PLAYABLE.length]));
  expect(await page.evaluate(() => (window as unknown as { __blankFrames: number }).__blankFrames)).toBe(0);
  await expect(page.locator('.progress')).toBeVisible();
});

test('scene= pins one scene and does not advance', async ({ page }) => {
  await openKiosk(page, { content: BASIC, scene: 'honours', speed: 20 });
  await page.waitForTimeout(2_000); // 40 s of kiosk time: four scene durations
  await expect(visibleScene(page)).toHaveAttribute('data-scene-id', 'honours');
  await expect(visibleScene(page)).toHaveAttribute('data-scene-kind', 'achievements');
});

test('carries every DOM hook of the contract', async ({ page }) => {
  await openKiosk(page, { content: BASIC });
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
  await openKiosk(page, { content: BASIC });
  await page.touchscreen.tap(960, 400);
  await expect(html(page)).toHaveAttribute('data-kiosk-mode', 'interactive');
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
  // The loop is paused while the visitor is here.
  await page.waitForTimeout(1_500);
  await expect(visibleScene(page)).toHaveAttribute('data-scene-id', 'honours');
});

test('after the idle timeout a countdown shows, then the kiosk returns to its loop', async ({ page }) => {
  // The fixture's idle timeout is 20 s; at speed 10 that is 2 s, the countdown its last second.
  await openKiosk(page, { content: BASIC, speed: 10 });
  await page.touchscreen.tap(960, 400);
  await expect(html(page)).toHaveAttribute('data-kiosk-mode', 'interactive');
  await expect(page.locator('[data-countdown]')).toBeVisible();
  await expect(page.locator('[data-countdown]')).toContainText('秒后返回轮播');
  await expect(html(page)).toHaveAttribute('data-kiosk-mode', 'attract');
  await expect(page.locator('nav')).toHaveCount(0);
});

test('a touch during the countdown keeps the visitor in interactive mode', async ({ page }) => {
  await openKiosk(page, { content: BASIC, speed: 10 });
  await page.touchscreen.tap(960, 400);
  await expect(page.locator('[data-countdown]')).toBeVisible();
  await page.touchscreen.tap(960, 400);
  await expect(page.locator('[data-countdown]')).toHaveCount(0);
  await expect(html(page)).toHaveAttribute('data-kiosk-mode', 'interactive');
});

test('outside opening hours the kiosk goes to night mode', async ({ page }) => {
  await page.goto(kioskUrl({ content: BASIC, now: '2026-11-22T12:00:00+08:00' })); // the fixture is closed on Sundays
  await expect(html(page)).toHaveAttribute('data-kiosk-mode', 'night');
  await expect(page.locator('[data-night-screen]')).toContainText('12:00');
  await expect(visibleScene(page)).toHaveCount(0);
});

test('a content path that is not same-origin is refused with a visible error', async ({ page }) => {
  const requests = recordRequests(page);
  await page.goto('/?content=https%3A%2F%2Fevil.example%2F');
  await expect(html(page)).toHaveAttribute('data-kiosk-mode', 'error');
  await expect(page.locator('[data-error-screen]')).toContainText('refused');
  expect(requests.filter((url) => new URL(url).hostname === 'evil.example')).toEqual([]);
});

test('not a single request leaves the origin, and no CSP violation, during a full loop', async ({ page, baseURL }) => {
  const requests = recordRequests(page);
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await openKiosk(page, { content: BASIC, speed: 10 });
  await page.waitForTimeout(5_000);
  const origin = new URL(baseURL!).origin;
  expect(requests.length).toBeGreaterThan(3);
  expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
});

for (const [name, size] of [['landscape', { width: 1920, height: 1080 }], ['portrait', { width: 1080, height: 1920 }]] as const) {
  test(`looks right at ${size.width}×${size.height} (${name})`, async ({ page }, testInfo) => {
    await page.setViewportSize(size);
    await openKiosk(page, { content: BASIC });
    await page.waitForTimeout(1_200);
    await page.screenshot({ path: testInfo.outputPath(`shell-${name}.png`) });
    await page.touchscreen.tap(size.width / 2, size.height / 3);
    await page.screenshot({ path: testInfo.outputPath(`shell-${name}-interactive.png`) });
    const nav = await page.locator('nav').boundingBox();
    expect(nav!.y + nav!.height).toBeLessThanOrEqual(size.height + 1);
    expect(nav!.width).toBeLessThanOrEqual(size.width);
  });
}
