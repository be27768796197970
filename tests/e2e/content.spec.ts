// Staff's side of content: bad edits never blank the screen, the last good content stays, the
// status view says what is wrong, new content arrives by itself, and every bundled set loads.
// Time is Playwright's clock, paused at the open and stepped a poll interval at a time.
import { expect, test, type Page } from '@playwright/test';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { contentCopy, html, kioskUrl, openKioskAt, readyScene, visibleScene } from './kiosk.ts';

const RUNTIME = 'tests/fixtures/runtime';
/** The basic fixture's pollIntervalSeconds and scene duration. */
const POLL_MS = 30_000;
const SCENE_MS = 10_000;

// A paused page clock sends no heartbeats; the service worker would reload the page after 8 s.
test.use({ serviceWorkers: 'block' });


const version = (page: Page) => html(page).getAttribute('data-content-version');
const openStatus = (page: Page) => page.evaluate(() => (location.hash = '#status'));
const closeStatus = (page: Page) => page.evaluate(() => (location.hash = ''));
/** The status view's "last check" time: it changes once a poll's answer has been taken in. */
const lastCheck = (page: Page) => page.locator('[data-status-view] [data-status-row="last-check"]');

/** Steps the clock one poll interval and waits until the kiosk has read the poll's answer. */
async function poll(page: Page): Promise<void> {
  const before = await lastCheck(page).textContent();
  await page.clock.runFor(POLL_MS);
  await expect(lastCheck(page)).not.toHaveText(before!);
}

test('an invalid edit keeps the last good content on screen and tells staff', async ({ page }) => {
  const set = await contentCopy('fallback');
  await openKioskAt(page, { content: set.base });
  const goodVersion = await version(page);

  const playlist = await readFile('tests/fixtures/basic/playlist.json', 'utf8');
  await set.write('playlist.json', playlist.slice(0, 200)); // a truncated upload
  await expect(html(page)).toHaveAttribute('data-content-status', 'ok'); // not looked at yet
  await page.clock.runFor(POLL_MS);
  await expect(html(page)).toHaveAttribute('data-content-status', 'fallback');
  expect(await version(page)).toBe(goodVersion);
  await expect(page.locator('[data-fallback-mark]')).toBeVisible();
  await expect(visibleScene(page)).toHaveCount(1);
  await expect(html(page)).toHaveAttribute('data-kiosk-mode', 'attract');

  // The staff status view lists the problem with the file and what is wrong.
  await openStatus(page);
  await expect(page.locator('[data-status-view]')).toContainText('playlist.json');
  await expect(page.locator('[data-status-view] [data-problem]').first()).toContainText('truncated');
  // The good set was on screen long enough without error to be kept as last good.
  await expect(page.locator('[data-status-view] [data-status-row="last-good"]')).toHaveText(goodVersion!);
  await closeStatus(page);

  // A reload with the bad file still in place shows the last good content, kept across reloads.
  await page.reload();
  await expect(visibleScene(page)).toHaveAttribute('data-ready', 'true');
  await expect(html(page)).toHaveAttribute('data-content-status', 'fallback');
  expect(await version(page)).toBe(goodVersion);

  // Mending the file brings new content in at the next scene boundary, not in the middle of a scene.
  await set.write('playlist.json', playlist.replace('年度数字', '年度数字（更新）'));
  await openStatus(page);
  await poll(page); // 30 s after the reload: the mended set is read and waits for a boundary
  expect(await version(page)).toBe(goodVersion);
  await expect(html(page)).toHaveAttribute('data-content-status', 'fallback');
  await page.clock.runFor(SCENE_MS);
  await expect(html(page)).toHaveAttribute('data-content-status', 'ok');
  await expect(html(page)).not.toHaveAttribute('data-content-version', goodVersion!);
});

test('with no good content at all, the public sees a calm 暂停服务 poster and staff read the problems in #status', async ({ page }) => {
  const set = await contentCopy('never-good');
  await set.write('site.json', '{ "name": "测试", }');
  await page.goto(kioskUrl({ content: set.base }));
  await expect(html(page)).toHaveAttribute('data-kiosk-mode', 'error');
  const screen = page.locator('[data-error-screen]');
  await expect(screen).toContainText('暂停服务');
  await expect(screen).not.toContainText('site.json'); // no technical text for the public
  await page.evaluate(() => (location.hash = '#status'));
  const status = page.locator('[data-status-view]');
  await expect(status).toContainText('site.json');
  await expect(status).toContainText('not valid JSON');
});

test('a server error is not mistaken for bad content; a deleted content folder is reported', async ({ page }) => {
  const set = await contentCopy('server-gone');
  await openKioskAt(page, { content: set.base });
  const goodVersion = await version(page);
  await openStatus(page);

  // A 500, then a dropped connection: the server is unwell, the content is not wrong.
  const site = '**/fixtures/runtime/server-gone/site.json';
  let failures = 0;
  await page.route(site, (route) => (++failures === 1 ? route.fulfill({ status: 500, body: 'oops' }) : route.abort('connectionreset')));
  for (const n of [1, 2]) {
    await poll(page);
    expect(failures).toBe(n);
    await expect(html(page)).toHaveAttribute('data-content-reachable', 'false');
    await expect(html(page)).toHaveAttribute('data-content-status', 'ok');
    expect(await version(page)).toBe(goodVersion);
  }
  await page.unroute(site);

  // Someone deleted the folder: required files are missing, which staff must hear about.
  await rm(join(RUNTIME, 'server-gone'), { recursive: true, force: true });
  await page.clock.runFor(POLL_MS);
  await expect(html(page)).toHaveAttribute('data-content-status', 'fallback');
  await expect(visibleScene(page)).toHaveCount(1);
  expect(await version(page)).toBe(goodVersion);
});

test('a staff member changes a figure and sees it without a rebuild', async ({ page }) => {
  const set = await contentCopy('edit');
  await openKioskAt(page, { content: set.base, scene: 'numbers' });
  const before = await version(page);
  const achievements = await readFile('tests/fixtures/basic/achievements.json', 'utf8');
  await set.write('achievements.json', achievements.replace('"value": 2000,', '"value": 2600,'));
  await page.clock.runFor(POLL_MS);
  await expect(html(page)).not.toHaveAttribute('data-content-version', before!);
  await expect(html(page)).toHaveAttribute('data-content-status', 'ok');
  // The pinned preview replays at once with the new figure, counted up on the kiosk's frames.
  await page.clock.runFor(3_000);
  await expect(readyScene(page).locator('[data-entry]')).toHaveAttribute('data-entry', 'done');
  await expect(readyScene(page)).toContainText('2600');
  await expect(readyScene(page)).not.toContainText('2000');
});

for (const example of ['content/', 'examples/cuiping/', 'examples/yongxin/']) {
  test(`loads the bundled content set ${example}`, async ({ page }) => {
    const playlist = JSON.parse(await readFile(join(example, 'playlist.json'), 'utf8')) as { scenes: { id: string }[] };
    await openKioskAt(page, { content: example, at: '2026-11-24T10:00:00+08:00' }); // a Tuesday morning: every set is open
    await expect(html(page)).toHaveAttribute('data-content-status', 'ok');
    expect(playlist.scenes.map((s) => s.id)).toContain(await visibleScene(page).getAttribute('data-scene-id'));
  });
}

test('HTML or script in content shows as plain text and never runs', async ({ page }) => {
  const set = await contentCopy('html-text');
  const html = '<img src=x onerror="document.title=1"><b>粗体</b>';
  await set.write('notices.json', JSON.stringify({ notices: [{ id: 'html', text: html }] }));
  await openKioskAt(page, { content: set.base });
  const ticker = page.locator('[data-notice-ticker]');
  await expect(ticker).toContainText('<img src=x onerror="document.title=1">');
  await expect(ticker.locator('img, b')).toHaveCount(0);
  expect(await page.title()).not.toBe('1');
});

test('the status view exports the story-visit log as CSV', async ({ page }) => {
  await openKioskAt(page, { content: 'fixtures/basic/', hash: '#status' });
  await expect(page.locator('[data-status-view]')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.locator('[data-export-engagement]').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^story-visits-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await readFile((await file.path())!, 'utf8');
  expect(text.replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toBe('date,time,worker_id,worker_name,seconds');
});
