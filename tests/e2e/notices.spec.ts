// Notices: the ticker along the bottom, and an urgent notice that takes over until its end time.
import { expect, test } from '@playwright/test';
import { kioskUrl, openKiosk, visibleScene } from './kiosk.ts';

const BASIC = 'fixtures/basic/';

test('the ticker shows the current notices as plain text', async ({ page }) => {
  await openKiosk(page, { content: BASIC });
  await expect(page.locator('.ticker, [data-notice-ticker]').first()).toContainText('欢迎来到测试工人文化宫');
});

test('an urgent notice takes over the screen when it starts and leaves at its end time', async ({ page }) => {
  // In the fixture the power-cut notice runs 13:50–15:00; at speed 10, the minute before passes in 6 s.
  await openKiosk(page, { content: BASIC, now: '2026-11-23T13:49:00+08:00', speed: 10 });
  await expect(page.locator('[data-urgent-notice]')).toHaveCount(0);
  const urgent = page.locator('[data-urgent-notice]');
  await expect(urgent).toBeVisible({ timeout: 10_000 });
  await expect(urgent).toContainText('停电检修');
  await expect(visibleScene(page)).toHaveCount(0); // the loop is paused underneath
});

test('the loop resumes when the urgent notice ends', async ({ page }) => {
  await page.goto(kioskUrl({ content: BASIC, now: '2026-11-23T14:59:40+08:00', speed: 10 }));
  await expect(page.locator('[data-urgent-notice]')).toBeVisible();
  await expect(page.locator('[data-urgent-notice]')).toHaveCount(0, { timeout: 10_000 });
  await expect(page.locator('[data-scene-id][data-ready="true"]')).toHaveCount(1);
  await expect(page.locator('html')).toHaveAttribute('data-kiosk-mode', 'attract');
});
