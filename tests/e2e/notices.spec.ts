// Notices: the ticker along the bottom, and an urgent notice that takes over until its end time.
// Time is Playwright's clock, paused at the open and stepped to the notice's start and end.
import { expect, test } from '@playwright/test';
import { html, openKioskAt, readyScene, visibleScene } from './kiosk.ts';

const BASIC = 'fixtures/basic/';

// A paused page clock sends no heartbeats; the service worker would reload the page after 8 s.
test.use({ serviceWorkers: 'block' });

test('the ticker shows the current notices as plain text', async ({ page }) => {
  await openKioskAt(page, { content: BASIC });
  await expect(page.locator('[data-notice-ticker]')).toContainText('欢迎来到测试工人文化宫');
});

test('an urgent notice takes over the screen when it starts and leaves at its end time', async ({ page }) => {
  // In the fixture the power-cut notice runs 13:50–15:00.
  await openKioskAt(page, { content: BASIC, at: '2026-11-23T13:49:00+08:00' });
  const urgent = page.locator('[data-urgent-notice]');
  await page.clock.runFor(59_000);
  await expect(urgent).toHaveCount(0);
  await page.clock.runFor(1_000); // 13:50
  await expect(urgent).toBeVisible();
  await expect(urgent).toContainText('停电检修');
  await expect(urgent).toContainText('持续至 15:00');
  await expect(visibleScene(page)).toHaveCount(0); // the loop is stopped underneath

  // An hour and more later, a second before its end, it is still there; at 15:00 it leaves.
  await page.clock.fastForward('01:09:59');
  await expect(urgent).toBeVisible();
  await page.clock.runFor(1_000);
  await expect(urgent).toHaveCount(0);
  await expect(html(page)).toHaveAttribute('data-kiosk-mode', 'attract');
  await expect(readyScene(page)).toHaveCount(1);
});

test('a kiosk started during an urgent notice starts its loop when the notice ends', async ({ page }) => {
  await openKioskAt(page, { content: BASIC, at: '2026-11-23T14:59:40+08:00', ready: false });
  await expect(page.locator('[data-urgent-notice]')).toBeVisible();
  await expect(visibleScene(page)).toHaveCount(0);
  await page.clock.runFor(20_000); // 15:00
  await expect(page.locator('[data-urgent-notice]')).toHaveCount(0);
  await expect(readyScene(page)).toHaveAttribute('data-scene-id', 'numbers');
  await expect(html(page)).toHaveAttribute('data-kiosk-mode', 'attract');
  // And the loop runs: a scene's duration later, the next one.
  await page.clock.runFor(10_000);
  await expect(readyScene(page)).toHaveAttribute('data-scene-id', 'workers');
});
