// Staff's side of content: bad edits never blank the screen, the last good content stays, the
// status view says what is wrong, new content arrives by itself, and every bundled set loads.
import { expect, test, type Page } from '@playwright/test';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { html, kioskUrl, openKiosk, visibleScene } from './kiosk.ts';

const RUNTIME = 'tests/fixtures/runtime';

/** A private copy of the basic fixture that the test may break and mend. */
async function contentCopy(name: string): Promise<{ base: string; write: (file: string, text: string) => Promise<void> }> {
  const folder = join(RUNTIME, name);
  await rm(folder, { recursive: true, force: true });
  await mkdir(RUNTIME, { recursive: true });
  await cp('tests/fixtures/basic', folder, { recursive: true });
  return { base: `fixtures/runtime/${name}/`, write: (file, text) => writeFile(join(folder, file), text) };
}

const version = (page: Page) => html(page).getAttribute('data-content-version');

test('an invalid edit keeps the last good content on screen and tells staff', async ({ page }) => {
  const set = await contentCopy('fallback');
  // The fixture polls every 30 s; speed 30 polls once a second.
  await openKiosk(page, { content: set.base, speed: 30 });
  const goodVersion = await version(page);

  const playlist = await readFile('tests/fixtures/basic/playlist.json', 'utf8');
  await set.write('playlist.json', playlist.slice(0, 200)); // a truncated upload
  await expect(html(page)).toHaveAttribute('data-content-status', 'fallback');
  expect(await version(page)).toBe(goodVersion);
  await expect(page.locator('[data-fallback-mark]')).toBeVisible();
  await expect(visibleScene(page)).toHaveCount(1);
  await expect(html(page)).toHaveAttribute('data-kiosk-mode', 'attract');

  // The staff status view lists the problem with the file and what is wrong.
  await page.evaluate(() => (location.hash = '#status'));
  await expect(page.locator('[data-status-view]')).toContainText('playlist.json');
  await expect(page.locator('[data-status-view] [data-problem]').first()).toContainText('truncated');
  await page.evaluate(() => (location.hash = ''));

  // A reload with the bad file still in place shows the last good content, kept across reloads.
  await page.reload();
  await expect(visibleScene(page)).toHaveAttribute('data-ready', 'true');
  await expect(html(page)).toHaveAttribute('data-content-status', 'fallback');
  expect(await version(page)).toBe(goodVersion);

  // Mending the file brings new content in at a scene boundary; the version changes.
  await set.write('playlist.json', playlist.replace('年度数字', '年度数字（更新）'));
  await expect(html(page)).toHaveAttribute('data-content-status', 'ok');
  await expect(html(page)).not.toHaveAttribute('data-content-version', goodVersion!);
});

test('with no good content at all, a friendly error screen lists the problems instead of a blank', async ({ page }) => {
  const set = await contentCopy('never-good');
  await set.write('site.json', '{ "name": "测试", }');
  await page.goto(kioskUrl({ content: set.base }));
  await expect(html(page)).toHaveAttribute('data-kiosk-mode', 'error');
  const screen = page.locator('[data-error-screen]');
  await expect(screen).toContainText('信息屏暂时无法显示内容');
  await expect(screen).toContainText('site.json');
  await expect(screen).toContainText('not valid JSON');
});

test('a server error is not mistaken for bad content; a deleted content folder is reported', async ({ page }) => {
  const set = await contentCopy('server-gone');
  await openKiosk(page, { content: set.base, speed: 30 });
  const goodVersion = await version(page);

  // 500s and dropped connections: the server is unwell, the content is not wrong.
  await page.route('**/fixtures/runtime/server-gone/site.json', (route) => route.fulfill({ status: 500, body: 'oops' }));
  await page.waitForTimeout(2_500); // a couple of polls
  await expect(html(page)).toHaveAttribute('data-content-status', 'ok');
  await page.unroute('**/fixtures/runtime/server-gone/site.json');

  // Someone deleted the folder: required files are missing, which staff must hear about.
  await rm(join(RUNTIME, 'server-gone'), { recursive: true, force: true });
  await expect(html(page)).toHaveAttribute('data-content-status', 'fallback');
  await expect(visibleScene(page)).toHaveCount(1);
  expect(await version(page)).toBe(goodVersion);
});

test('a staff member changes a figure and sees it without a rebuild', async ({ page }) => {
  const set = await contentCopy('edit');
  await openKiosk(page, { content: set.base, speed: 30, scene: 'numbers' });
  const before = await version(page);
  const achievements = await readFile('tests/fixtures/basic/achievements.json', 'utf8');
  await set.write('achievements.json', achievements.replace('"value": 2000,', '"value": 2600,'));
  await expect(html(page)).not.toHaveAttribute('data-content-version', before!);
  await expect(html(page)).toHaveAttribute('data-content-status', 'ok');
});

for (const example of ['content/', 'examples/cuiping/', 'examples/yongxin/']) {
  test(`loads the bundled content set ${example}`, async ({ page }) => {
    const playlist = JSON.parse(await readFile(join(example, 'playlist.json'), 'utf8')) as { scenes: { id: string }[] };
    await openKiosk(page, { content: example, now: '2026-11-24T10:00:00+08:00' }); // a Tuesday morning: every set is open
    await expect(html(page)).toHaveAttribute('data-content-status', 'ok');
    expect(playlist.scenes.map((s) => s.id)).toContain(await visibleScene(page).getAttribute('data-scene-id'));
  });
}

test('HTML or script in content shows as plain text and never runs', async ({ page }) => {
  const set = await contentCopy('html-text');
  const html = '<img src=x onerror="document.title=1"><b>粗体</b>';
  await set.write('notices.json', JSON.stringify({ notices: [{ id: 'html', text: html }] }));
  await openKiosk(page, { content: set.base });
  const ticker = page.locator('[data-notice-ticker]');
  await expect(ticker).toContainText('<img src=x onerror="document.title=1">');
  await expect(ticker.locator('img, b')).toHaveCount(0);
  expect(await page.title()).not.toBe('1');
});

test('the status view exports the story-visit log as CSV', async ({ page }) => {
  await openKiosk(page, { content: 'fixtures/basic/', hash: '#status' });
  await expect(page.locator('[data-status-view]')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.locator('[data-export-engagement]').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^story-visits-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await readFile((await file.path())!, 'utf8');
  expect(text.replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toBe('date,time,worker_id,worker_name,seconds');
});
