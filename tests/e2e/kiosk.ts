// Shared helpers for end-to-end tests: open the kiosk on Playwright's clock at a given instant (or
// at `?now=`/`?speed=` on the real one), watch requests, wait for animations to finish, share a
// page across a serial describe, copy a fixture to break it.
import { expect, type Browser, type BrowserContext, type BrowserContextOptions, type Locator, type Page, type TestInfo } from '@playwright/test';
import { cp, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export interface OpenOptions {
  /** `?now=`; null leaves it out, so the kiosk starts at the page's own time (Playwright's clock). */
  now?: string | null;
  speed?: number;
  scene?: string;
  content?: string;
  motion?: 'reduce';
  hash?: string;
}

/** A weekday instant well inside the default content's opening hours. */
export const OPEN_HOURS_NOW = '2026-11-23T10:00:00+08:00';

export function kioskUrl(options: OpenOptions = {}): string {
  const query = new URLSearchParams();
  const now = options.now === undefined ? OPEN_HOURS_NOW : options.now;
  if (now !== null) query.set('now', now);
  if (options.speed) query.set('speed', String(options.speed));
  if (options.scene) query.set('scene', options.scene);
  if (options.content) query.set('content', options.content);
  if (options.motion) query.set('motion', options.motion);
  return `/?${query.toString()}${options.hash ?? ''}`;
}

/** Records every request the page makes, to assert none leaves the origin. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

export const readyScene = (page: Page) => page.locator('[data-scene-id][data-ready="true"]');

/** Opens the kiosk on the real clock (`?now=`, `?speed=`): for tests where time plays no part. */
export async function openKiosk(page: Page, options: OpenOptions = {}): Promise<void> {
  await page.goto(kioskUrl(options));
  await expect(readyScene(page)).toHaveCount(1);
}

export interface ClockOpenOptions extends Omit<OpenOptions, 'now' | 'speed'> {
  /** The instant the page's clock, and so the kiosk's, starts at (ISO 8601 with offset). */
  at?: string;
  /**
   * Keep the clock running in real time (steps still add to it): for a loop that must play while the
   * test waits on something real (a fetch, the service worker). A paused clock draws no frames, so
   * sends no heartbeats; the worker then asks the page, which answers, and is not reloaded.
   */
  running?: boolean;
  /** Wait for a ready scene (false for the night and error screens). Default true. */
  ready?: boolean;
}

const clocked = new WeakSet<BrowserContext>();

/**
 * Installs Playwright's clock at `at` and pauses it there (unless `running`). The kiosk reads all
 * its time from the page (kiosk/clock.ts), so nothing it does on a timer or a frame happens until
 * the test steps the clock: `page.clock.runFor(ms)` fires every timer and frame on the way in
 * order, `page.clock.fastForward(ms)` jumps and fires each due timer once (a long night).
 * Calling it again on the same page moves the paused clock to the new instant (for a new open).
 */
export async function installClock(page: Page, at: string, options: { running?: boolean } = {}): Promise<void> {
  const time = new Date(at).getTime();
  const context = page.context();
  if (clocked.has(context)) {
    await page.clock.setSystemTime(time);
    return;
  }
  clocked.add(context);
  if (options.running) {
    await page.clock.install({ time });
    return;
  }
  // Installed a minute early: the clock runs from install until pauseAt, which may only go forward.
  await page.clock.install({ time: time - 60_000 });
  await page.clock.pauseAt(time);
}

/** Opens the kiosk with the page's clock installed at `at` (paused unless `running`). */
export async function openKioskAt(page: Page, options: ClockOpenOptions = {}): Promise<void> {
  const { at = OPEN_HOURS_NOW, running, ready = true, ...open } = options;
  await installClock(page, at, { running });
  await page.goto(kioskUrl({ ...open, now: null }));
  if (ready) await expect(readyScene(page)).toHaveCount(1);
}

/**
 * Waits until the CSS and Web Animations on the page, or inside `within`, have finished (entry
 * fades, crossfades). They run on the browser's own timeline, not on Playwright's clock. Infinite
 * ones are skipped, and paused ones (a scene prepared off screen holds its entry until shown), and the
 * touch hint's ripple.
 * The loop's progress bar fills over a scene's duration in real time: scope to the scene to skip it.
 */
export async function animationsDone(page: Page, within?: Locator): Promise<void> {
  const root = within ?? page.locator('html');
  await root.evaluate((el) =>
    Promise.all(
      el
        .getAnimations({ subtree: true })
        .filter((a) => a.playState !== 'paused' && a.effect?.getTiming().iterations !== Infinity)
        // The touch hint's ripple is decoration (a few rounds as a scene comes in): nothing to wait for.
        .filter((a) => !((a.effect as KeyframeEffect | null)?.target?.closest('[data-touch-hint]')))
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
}

export const html = (page: Page) => page.locator('html');
export const visibleScene = (page: Page) => page.locator('[data-scene-id]');

/**
 * A page of its own for a serial describe whose tests go on from where the last one left (one
 * kiosk boot for several tests): a context with the project's options (viewport, touch, locale,
 * time zone, base URL) plus `overrides`. Close it in afterAll.
 */
export async function sharedPage(browser: Browser, testInfo: TestInfo, overrides: BrowserContextOptions = {}): Promise<Page> {
  const use = testInfo.project.use;
  const context = await browser.newContext({
    viewport: use.viewport,
    hasTouch: use.hasTouch,
    isMobile: use.isMobile,
    deviceScaleFactor: use.deviceScaleFactor,
    userAgent: use.userAgent,
    locale: use.locale,
    timezoneId: use.timezoneId,
    baseURL: use.baseURL,
    serviceWorkers: use.serviceWorkers,
    ...overrides,
  });
  return context.newPage();
}

/** A private copy of the basic fixture under tests/fixtures/runtime/<name>, which the test may break. */
export async function contentCopy(name: string, from = 'tests/fixtures/basic'): Promise<{ base: string; folder: string; write: (file: string, text: string) => Promise<void> }> {
  const folder = join('tests', 'fixtures', 'runtime', name);
  // Copied aside, then renamed in place: the server never serves half a set.
  const temporary = `${folder}.tmp-${process.pid}`;
  await rm(temporary, { recursive: true, force: true });
  await rm(folder, { recursive: true, force: true });
  await mkdir(dirname(folder), { recursive: true });
  await cp(from, temporary, { recursive: true });
  await rename(temporary, folder);
  return { base: `fixtures/runtime/${name}/`, folder, write: (file, text) => writeFile(join(folder, file), text) };
}

/**
 * A screenshot for people to look at, taken only when E2E_SCREENSHOTS=1: it asserts nothing, and a
 * software-rendered full-screen capture (after the scene's fades have ended) costs a second or more.
 */
export async function shoot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  if (!process.env.E2E_SCREENSHOTS) return;
  await animationsDone(page, page.locator('[data-scene-id]'));
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}
