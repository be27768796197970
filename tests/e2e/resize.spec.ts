// A screen that changes size while a scene is on (the window going fullscreen at start, a
// display re-detected, a totem rotated) must not feed the layout back into itself: text fitting
// and the 3D canvas used to resize inside their ResizeObserver callbacks, which the browser
// reports as "ResizeObserver loop completed with undelivered notifications" and the watchdog
// took for failures. These scenes produced such notices on every resize before the fix, so one
// pass through the sizes is enough (each resize of the software-rendered 3D scene costs seconds).
import { expect, test } from '@playwright/test';
import { kioskUrl } from './kiosk.ts';

// The service worker's install (precaching every file) would only compete with the 3D drawing here.
test.use({ serviceWorkers: 'block' });

const SIZES = [
  { width: 1080, height: 1920 },
  { width: 1000, height: 1900 },
  { width: 900, height: 1700 },
  { width: 1920, height: 1080 },
  { width: 1400, height: 1080 },
  { width: 1080, height: 1920 },
];

for (const scene of ['eight-3d', 'eight']) {
  test(`${scene}: resizing the screen sends no ResizeObserver loop notices and leaves the figures fitted`, async ({ page }) => {
    test.setTimeout(120_000); // a busy machine draws the 3D scene slowly at every size
    await page.setViewportSize({ width: 1080, height: 1920 });
    await page.addInitScript(() => {
      const w = window as unknown as { __windowErrors: string[] };
      w.__windowErrors = [];
      window.addEventListener('error', (event) => w.__windowErrors.push(event.message));
    });
    await page.goto(kioskUrl({ content: 'fixtures/achievements/', scene, motion: 'reduce' }));
    await expect(page.locator('[data-scene-id][data-ready="true"]')).toHaveCount(1);
    for (const size of SIZES) {
      await page.setViewportSize(size);
      // Each size has been laid out and observed: two frames after the resize.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    }
    expect(await page.evaluate(() => (window as unknown as { __windowErrors: string[] }).__windowErrors)).toEqual([]);
    // Still fitted at the last size: no figure's text runs out of its box.
    const overflowing = await page.locator('[data-scene-id] .value').evaluateAll((els) => els.filter((el) => el.scrollWidth > el.clientWidth + 1).length);
    expect(overflowing).toBe(0);
  });
}
