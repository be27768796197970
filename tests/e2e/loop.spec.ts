// The loop's own bookkeeping, in one kiosk boot on Playwright's clock: the progress bar counts only
// the scenes that may play now, and after an urgent notice the loop goes on where it was. Then, on
// the same page, the site logo on the night and 「暂停服务」 screens, and a broken one in #status.
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { mkdir, readFile } from 'node:fs/promises';
import { contentCopy, html, openKioskAt, readyScene, sharedPage } from './kiosk.ts';

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

/** Pictures to look at, when E2E_SCREENSHOTS=1 (they assert nothing): both orientations. */
async function shoot(testInfo: TestInfo, name: string) {
  if (!process.env.E2E_SCREENSHOTS) return;
  for (const [orientation, width, height] of [['landscape', 1920, 1080], ['portrait', 1080, 1920]] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: testInfo.outputPath(`${name}-${orientation}.png`) });
  }
  await page.setViewportSize({ width: 1920, height: 1080 });
}

const LOGO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 120"><circle cx="60" cy="60" r="56" fill="#b0271d" stroke="#e8be6e" stroke-width="6"/><path d="M60 18l11 30h32l-26 19 10 31-27-19-27 19 10-31-26-19h32z" fill="#e8be6e"/></svg>`;

test('the progress bar draws the four scenes valid now, not the six of the playlist', async ({}, testInfo) => {
  const bar = page.locator('[data-progress-count]');
  await expect(bar).toHaveAttribute('data-progress-count', '4');
  await expect(bar.locator('.segment')).toHaveCount(4);
  await expect(bar).toHaveAttribute('data-progress-index', '0');
  await shoot(testInfo, 'progress-four-of-six');
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

test('the site logo is drawn on the night clock and the 暂停服务 poster; a missing file is said in #status', async ({}, testInfo) => {
  const set = await contentCopy('loop-logo');
  const site = JSON.parse(await readFile(`${set.folder}/site.json`, 'utf8')) as Record<string, unknown>;
  await mkdir(`${set.folder}/media`, { recursive: true });
  await set.write('media/logo.svg', LOGO_SVG);
  await set.write('site.json', JSON.stringify({ ...site, logo: 'media/logo.svg' }));

  await openKioskAt(page, { content: set.base, at: '2026-11-23T22:00:00+08:00', ready: false }); // Monday, closed since 21:00
  const nightLogo = page.locator('[data-night-screen] img[data-logo]');
  await expect(nightLogo).toBeVisible();
  await expect(nightLogo).toHaveAttribute('alt', '测试工人文化宫标志 / logo');
  expect(await nightLogo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await shoot(testInfo, 'night-logo');

  await openKioskAt(page, { content: set.base, at: '2026-11-23T10:00:00+08:00', scene: 'no-such-scene', ready: false });
  await expect(page.locator('[data-error-screen] img[data-logo]')).toBeVisible();
  await shoot(testInfo, 'paused-logo');

  // The file goes missing: the night screen keeps its clock and name, #status names the file.
  await set.write('site.json', JSON.stringify({ ...site, logo: 'media/gone.png' }));
  await openKioskAt(page, { content: set.base, at: '2026-11-23T22:00:00+08:00', ready: false, hash: '#status' });
  await expect(page.locator('[data-status-view]')).toContainText('media/gone.png');
  await expect(page.locator('[data-night-screen] img')).toHaveCount(0);
  await expect(page.locator('[data-night-screen]')).toContainText('测试工人文化宫');
});

test('figure marks and notes: every mark at the 28 px floor or above, every note shown (layout sheet)', async () => {
  // Three sources in one section: marks 1–3, and a note (fixtures/achievements, mixed-sources).
  await page.clock.resume(); // the sheet lays out on frames: let the page's clock run
  await page.goto('/sheet/?content=fixtures/achievements/&now=2026-11-23T10:00:00%2B08:00');
  await page.evaluate(() => window.__sheet!.ready);
  for (const [width, height] of [[1920, 1080], [1080, 1920]] as const) {
    await page.setViewportSize({ width, height });
    await page.evaluate(() => window.__sheet!.show('mixed-sources'));
    const marks = page.locator('[data-sheet-scene] [data-figure-mark]');
    await expect(marks).toHaveCount(3);
    const sizes = await marks.evaluateAll((all) => all.map((m) => parseFloat(getComputedStyle(m).fontSize)));
    for (const px of sizes) expect(px, `mark at ${width}×${height}`).toBeGreaterThanOrEqual(28 - 0.5);
    await expect(page.locator('[data-sheet-scene] [data-figure-note]')).toHaveText('其中采纳 3200 条');
    await expect(page.locator('[data-sheet-scene] [data-figure-note]')).toBeVisible();
  }
  await page.setViewportSize({ width: 1920, height: 1080 });
});
