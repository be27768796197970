// Faults of the content server and of content, as the kiosk meets them: a hung, failing or gone
// server never blanks the screen, staff read what failed in the status view, monitoring reads
// data-content-reachable, and rejected content keeps the last good on screen across restarts.
import { chromium, expect, test, type Page, type Route } from '@playwright/test';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentCopy, html, openKioskAt } from './kiosk.ts';
import { CHECK_TIMEOUT_MS } from '../../src/content/reach.ts';
import { CHROMIUM_ARGS } from './server.ts';

// page.route must see the content requests; with a service worker in control the worker would
// make them itself. (The worker never serves content JSON anyway: tests/e2e/offline.spec.ts.)
// Time is Playwright's clock, paused at the open: polls, the check's deadline (real time to the
// kiosk, the page's clock all the same) and the wait before content is kept are stepped.
test.use({ serviceWorkers: 'block' });

const RUNTIME = 'tests/fixtures/runtime';
/** The basic fixture's pollIntervalSeconds. */
const POLL_MS = 30_000;
/** src/content/shown.svelte.ts's CONFIRM_AFTER_MS (a runes module, not importable here). */
const CONFIRM_AFTER_MS = 10_000;


/**
 * Moves the clock on `ms` at once, firing each timer due on the way once (a poll, the wait before
 * content is kept). A jump, not a run: the deadline of a check that a poll starts is then counted
 * from the end of the jump, as the fetch really has its 8 s, however busy the machine. Call it only
 * once the last check is over (wait for its outcome first).
 */
const step = (page: Page, ms: number) => page.clock.fastForward(ms);

const version = (page: Page) => html(page).getAttribute('data-content-version');
const readyScene = (page: Page) => page.locator('[data-scene-id][data-ready="true"]');

/** The version the kiosk has kept as last good in IndexedDB (null if none), read without creating anything. */
function keptVersion(page: Page, base: string): Promise<string | null> {
  return page.evaluate(
    (base) =>
      new Promise<string | null>((resolve) => {
        const request = indexedDB.open('palace-kiosk-content');
        request.onupgradeneeded = () => request.transaction?.abort(); // not there yet: leave it to the kiosk
        request.onerror = () => resolve(null);
        request.onsuccess = () => {
          const db = request.result;
          const get = db.transaction('last-good').objectStore('last-good').get(base);
          get.onsuccess = () => {
            db.close();
            resolve((get.result as { version?: string } | undefined)?.version ?? null);
          };
          get.onerror = () => resolve(null);
        };
      }),
    base,
  );
}

/** Opens the kiosk and waits until the content on screen has been kept as last good. */
async function openAndKeep(page: Page, base: string, scene?: string): Promise<string> {
  await openKioskAt(page, { content: base, scene });
  const good = (await version(page))!;
  // Kept once a scene of it has been on screen that long without an error.
  await step(page, CONFIRM_AFTER_MS);
  await expect.poll(() => keptVersion(page, base)).toBe(good);
  return good;
}

async function openStatus(page: Page): Promise<void> {
  await page.evaluate(() => (location.hash = '#status'));
  await expect(page.locator('[data-status-view]')).toBeVisible();
}

test('a hung server at start: the last good content shows at once, then staff read that the server does not answer', async ({ page }) => {
  const set = await contentCopy('faults-hung');
  const good = await openAndKeep(page, set.base);

  const unanswered: Route[] = [];
  const files = `**/${set.base}*.json`;
  await page.route(files, (route) => void unanswered.push(route)); // never answered
  await page.reload();
  await expect(readyScene(page)).toHaveCount(1);
  expect(unanswered.length).toBeGreaterThan(0); // the check is still hanging
  await expect(html(page)).toHaveAttribute('data-content-version', good);
  await expect(html(page)).not.toHaveAttribute('data-content-reachable', 'false');

  // Once the check's deadline has passed.
  await page.clock.runFor(CHECK_TIMEOUT_MS);
  await expect(html(page)).toHaveAttribute('data-content-reachable', 'false');
  await openStatus(page);
  await expect(page.locator('[data-status-row="last-failure"]')).toContainText('服务器无响应（超时）');
  await expect(page.locator('[data-status-row="last-failure"]')).toContainText('site.json');
  await expect(readyScene(page)).toHaveCount(1);

  // The server comes back: the hung requests end, the next check gets through.
  await page.unroute(files);
  await Promise.all(unanswered.map((route) => route.abort().catch(() => {})));
  await step(page, POLL_MS);
  await expect(html(page)).toHaveAttribute('data-content-reachable', 'true');
  await expect(html(page)).toHaveAttribute('data-content-status', 'ok');
});

test('a 500 and a dropped connection: monitoring and staff see them, the content stays, recovery is seen', async ({ page }) => {
  const set = await contentCopy('faults-500');
  await openKioskAt(page, { content: set.base });
  await expect(html(page)).toHaveAttribute('data-content-reachable', 'true');
  const good = await version(page);
  await openStatus(page);
  const failure = page.locator('[data-status-row="last-failure"]');
  const reached = page.locator('[data-status-row="last-reached"]');
  await expect(failure).toHaveText('—');
  await expect(reached).not.toHaveText('—');

  const site = `**/${set.base}site.json`;
  await page.route(site, (route) => route.fulfill({ status: 500, body: 'oops' }));
  await step(page, POLL_MS);
  await expect(html(page)).toHaveAttribute('data-content-reachable', 'false');
  await expect(failure).toContainText('服务器返回 500');
  await expect(failure).toContainText('site.json 500');
  await expect(page.locator('[data-status-row="server"]')).toContainText('unreachable');
  await expect(html(page)).toHaveAttribute('data-content-status', 'ok');
  expect(await version(page)).toBe(good);
  await page.unroute(site);
  await step(page, POLL_MS);
  await expect(html(page)).toHaveAttribute('data-content-reachable', 'true');
  await expect(page.locator('[data-status-row="server"]')).toContainText('reachable');

  const files = `**/${set.base}*.json`;
  await page.route(files, (route) => route.abort('internetdisconnected'));
  await step(page, POLL_MS);
  await expect(html(page)).toHaveAttribute('data-content-reachable', 'false');
  await expect(failure).toContainText('无法连接服务器（离线）');
  expect(await version(page)).toBe(good);
  await page.unroute(files);
  await step(page, POLL_MS);
  await expect(html(page)).toHaveAttribute('data-content-reachable', 'true');
  await expect(failure).toContainText('无法连接服务器（离线）'); // the last failure stays readable, with its time
});

test('a rejected set keeps the last good on screen with status fallback, after a reload and a browser restart', async ({ baseURL }) => {
  const set = await contentCopy('faults-rejected');
  const profile = await mkdtemp(join(tmpdir(), 'kiosk-faults-'));
  // IndexedDB is not in storageState: a persistent profile is what a restarted kiosk browser has.
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
      viewport: { width: 1920, height: 1080 },
      timezoneId: 'Asia/Shanghai',
      locale: 'zh-CN',
      baseURL,
    });
  let context = await launch();
  try {
    let page = context.pages()[0] ?? (await context.newPage());
    const good = await openAndKeep(page, set.base);

    const playlist = await readFile('tests/fixtures/basic/playlist.json', 'utf8');
    await set.write('playlist.json', playlist.slice(0, 200)); // a truncated upload
    await step(page, POLL_MS);
    await expect(html(page)).toHaveAttribute('data-content-status', 'fallback');
    expect(await version(page)).toBe(good);

    await page.reload();
    await expect(readyScene(page)).toHaveCount(1);
    await expect(html(page)).toHaveAttribute('data-content-status', 'fallback');
    await expect(html(page)).toHaveAttribute('data-content-version', good);

    await context.close();
    context = await launch();
    page = context.pages()[0] ?? (await context.newPage());
    await openKioskAt(page, { content: set.base });
    await expect(html(page)).toHaveAttribute('data-content-status', 'fallback');
    await expect(html(page)).toHaveAttribute('data-content-version', good);
    await expect(html(page)).toHaveAttribute('data-content-reachable', 'true');
    await openStatus(page);
    await expect(page.locator('[data-status-row="last-failure"]')).toContainText('新内容有误，已拒绝');
    await expect(page.locator('[data-status-view] [data-problem]').first()).toContainText('playlist.json');
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
});

test('every kind of content error is rejected with its message at its field, and the last good stays on screen', async ({ page }) => {
  test.setTimeout(120_000);
  const { BAD_CASES } = await import('../fixtures/bad-content/cases.ts');
  const set = await contentCopy('faults-every-case');
  // Pinned to one light scene: a staff preview takes each new version at once.
  const good = await openAndKeep(page, set.base, 'events');
  await openStatus(page);
  const originals = new Map<string, string | null>();
  // Pictures are checked by the kiosk too, but a broken one is a warning there (the gallery draws
  // a placeholder): those cases reject nothing on screen.
  const rejecting = BAD_CASES.filter((c) => c.severity === 'error' && !c.path.endsWith('portrait'));
  const restore = async () => {
    for (const [file, text] of originals) {
      if (text === null) await rm(join(RUNTIME, 'faults-every-case', file), { force: true });
      else await writeFile(join(RUNTIME, 'faults-every-case', file), text);
    }
  };
  // One poll per case: the good files are put back and the next case written before the next poll,
  // so each case is met alone. Each case names another field or says another thing than the one
  // before, so its message on screen is the outcome of its own check.
  for (const bad of rejecting) {
    await restore();
    for (const [file, body] of Object.entries(bad.files)) {
      if (!originals.has(file)) originals.set(file, await readFile(join(RUNTIME, 'faults-every-case', file), 'utf8').catch(() => null));
      await writeFile(join(RUNTIME, 'faults-every-case', file), body);
    }
    const where = bad.path ? `${bad.file} › ${bad.path}` : bad.file;
    await step(page, POLL_MS);
    await expect(page.locator('[data-status-view] [data-problem]', { hasText: where }).first(), bad.name).toContainText(bad.says[0]!);
    await expect(html(page), bad.name).toHaveAttribute('data-content-status', 'fallback');
    expect(await version(page), bad.name).toBe(good);
    await expect(readyScene(page)).toHaveCount(1);
  }
  // The good files back: the kiosk takes them as the same good version.
  await restore();
  await step(page, POLL_MS);
  await expect(html(page), 'fixed').toHaveAttribute('data-content-status', 'ok');
  expect(await version(page)).toBe(good);
});
