// A still scene runs no endless animation anywhere on the screen: the touch hint's ripple pulses a
// few times as the scene comes, then holds still; the notices stand still and take turns (an endless
// ripple or a crawling ticker kept the compositor drawing every frame).
import { expect, test, type Page } from '@playwright/test';
import { openKiosk, openKioskAt } from './kiosk.ts';

/** The class names of whatever animates for ever on the page now. */
const endlessAnimations = (page: Page) =>
  page.evaluate(() =>
    document
      .getAnimations()
      .filter((a) => !Number.isFinite(a.effect?.getComputedTiming().iterations ?? 0))
      .map((a) => ((a.effect as KeyframeEffect | null)?.target as Element | null)?.className ?? '?'),
  );

test('the touch hint ripple is finite', async ({ page }) => {
  await openKiosk(page, { scene: 'highlights-2023' });
  const ring = page.locator('[data-touch-hint] .ring');
  await expect(ring).toHaveCount(1);
  const iterations = await ring.evaluate((element) => element.getAnimations().map((a) => a.effect?.getComputedTiming().iterations ?? 0));
  expect(iterations.length).toBeGreaterThan(0);
  for (const n of iterations) expect(Number.isFinite(n)).toBe(true);
});

test('nothing on the screen animates for ever (ticker, hint, bars)', async ({ page }) => {
  await openKiosk(page, { scene: 'highlights-2023' });
  await expect(page.locator('[data-notice-ticker]')).toHaveCount(1);
  expect(await endlessAnimations(page)).toEqual([]);
});

test('the gallery wall drifts by whole pixels, a few moves a second, and no animation keeps frames coming', async ({ page }) => {
  await openKioskAt(page, { scene: 'model-workers' });
  const track = page.locator('[data-wall-track]');
  await expect(track).toHaveCount(1);
  // The moves are kiosk-clock timers (a CSS animation, even in steps, has the compositor draw every frame).
  expect(await endlessAnimations(page)).toEqual([]);
  const offset = () => track.evaluate((element) => new DOMMatrixReadOnly(getComputedStyle(element).transform).m42);
  const before = await offset();
  await page.clock.runFor(2_000);
  const after = await offset();
  const moved = before - after;
  // Up, in whole pixels, between one and three moves a second.
  expect(Number.isInteger(after)).toBe(true);
  expect(moved).toBeGreaterThanOrEqual(2);
  expect(moved).toBeLessThanOrEqual(6);
});

test('a featured change lights the new portraits and dims the old in a few steps, with no transition for the compositor to draw', async ({ page }) => {
  await openKioskAt(page, { scene: 'model-workers' });
  const tiles = page.locator('[data-wall-track] [data-portrait-opens]');
  await expect(tiles.first()).toBeVisible();
  /** Each worker's portraits on the wall, by their opacity now (a worker's copies always agree). */
  const lightById = () =>
    tiles.evaluateAll((elements) => {
      const byId: Record<string, number> = {};
      for (const element of elements) byId[element.getAttribute('data-portrait-opens')!] = Number(getComputedStyle(element).opacity);
      return byId;
    });
  const tileAnimations = () => page.evaluate(() => document.getAnimations().filter((a) => ((a.effect as KeyframeEffect | null)?.target as Element | null)?.closest('[data-wall-track]')).length);
  const litNow = (light: Record<string, number>) => Object.keys(light).filter((id) => light[id] === 1);

  const first = await lightById();
  expect(litNow(first)).toHaveLength(1);
  const [was] = litNow(first);
  // The featured worker changes every 7 s of kiosk time; the new one lights up over 1.2 s.
  await page.clock.runFor(7_000 + 350);
  expect(await tileAnimations()).toBe(0);
  const midway = await lightById();
  const dim = Math.min(...Object.values(first));
  const between = Object.values(midway).filter((o) => o > dim + 0.01 && o < 0.99);
  expect(between.length, 'portraits part-way through lighting up or dimming').toBe(2);
  expect(midway[was!]).toBeGreaterThan(dim);
  expect(midway[was!]).toBeLessThan(1);
  await page.clock.runFor(1_000);
  const after = await lightById();
  const [now] = litNow(after);
  expect(now).toBeDefined();
  expect(now).not.toBe(was);
  expect(after[was!]).toBe(dim);
});

test('an events board with an event on now: its "now" dot pulses a few times, then holds still', async ({ page }) => {
  // Saturday 15:00 in the bundled content: the basketball semi-final (14:00–17:00) is on, so its card carries the live dot.
  await openKiosk(page, { scene: 'upcoming-events', now: '2026-11-28T15:00:00+08:00' });
  const dots = page.locator('[data-scene-id] .live .dot');
  await expect(dots.first()).toBeVisible();
  expect(await endlessAnimations(page)).toEqual([]);
});

test('the 3D chart shows in the kiosk, settles its labels and then draws no more frames', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await openKiosk(page, { scene: 'care-funds-2023' });
  const chart = page.locator('[data-scene-id="care-funds-2023"] [data-three]');
  // live, or flat where this browser has no WebGL; either way its labels' framing has settled.
  await expect(chart).toHaveAttribute('data-three', /live|flat/);
  if ((await chart.getAttribute('data-three')) === 'live') {
    await expect(chart).toHaveAttribute('data-three-settled', '');
    await expect(page.locator('[data-scene-id="care-funds-2023"] .tag-place')).toHaveCount(4);
    // Once the rise and the camera's glide are over, the render loop stops asking for frames.
    const looping = () => page.evaluate(() => (window as { __kioskThree?: { info(): { looping: boolean } } }).__kioskThree?.info().looping);
    await expect.poll(looping, { timeout: 30_000 }).toBe(false);
    // This machine has no GPU (WebGL by SwiftShader): the kiosk knows it from the start, so it does not
    // multisample and draws at its lowest resolution from the first frame of the entry.
    const drawing = await page.evaluate(() => (window as { __kioskThree?: { info(): { software: boolean; antialias: boolean; scale: number } } }).__kioskThree?.info());
    expect(drawing?.software).toBe(true);
    expect(drawing?.antialias).toBe(false);
    expect(drawing?.scale).toBe(0.5);
  }
  expect(errors).toEqual([]);
});
