// The loop's own bookkeeping, in one kiosk boot on Playwright's clock: the progress bar counts only
// the scenes that may play now, and after an urgent notice the loop goes on where it was.
import { expect, test, type Page } from '@playwright/test';
import { html, openKioskAt, readyScene, sharedPage } from './kiosk.ts';

// A paused page clock sends no heartbeats; the service worker would reload the page after 8 s.
test.use({ serviceWorkers: 'block' });
test.describe.configure({ mode: 'serial' });

let page: Page;
test.beforeAll(async ({ browser }, testInfo) => {
  page = await sharedPage(browser, testInfo, { serviceWorkers: 'block' });
  // The basic fixture: six scenes of 10 s, one expired and one not yet valid; the urgent
  // power-cut notice runs 13:50–15:00. 13 s after the open the second scene is 3 s in.
  await openKioskAt(page, { content: 'fixtures/basic/', at: '2026-11-23T13:49:47+08:00' });
});
test.afterAll(() => page.context().close());

test('the progress bar draws the four scenes valid now, not the six of the playlist', async () => {
  const bar = page.locator('[data-progress-count]');
  await expect(bar).toHaveAttribute('data-progress-count', '4');
  await expect(bar.locator('.segment')).toHaveCount(4);
  await expect(bar).toHaveAttribute('data-progress-index', '0');
});

test('after an urgent notice the loop resumes the scene it interrupted, not the first one', async () => {
  await page.clock.runFor(10_000);
  await expect(readyScene(page)).toHaveAttribute('data-scene-id', 'workers');
  await page.clock.runFor(3_000); // 13:50: the notice takes over 3 s into 'workers'
  await expect(page.locator('[data-urgent-notice]')).toBeVisible();
  await page.clock.fastForward('01:10:00'); // 15:00
  await expect(page.locator('[data-urgent-notice]')).toHaveCount(0);
  await expect(html(page)).toHaveAttribute('data-kiosk-mode', 'attract');
  await expect(readyScene(page)).toHaveAttribute('data-scene-id', 'workers');
  await expect(page.locator('[data-progress-count]')).toHaveAttribute('data-progress-index', '1');
});
