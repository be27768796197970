// A still scene runs no endless animation anywhere on the screen: the touch hint's ripple pulses a
// few times as the scene comes, then holds still; the notices stand still and take turns (an endless
// ripple or a crawling ticker kept the compositor drawing every frame).
import { expect, test } from '@playwright/test';
import { openKiosk } from './kiosk.ts';

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
  const endless = await page.evaluate(() =>
    document
      .getAnimations()
      .filter((a) => !Number.isFinite(a.effect?.getComputedTiming().iterations ?? 0))
      .map((a) => ((a.effect as KeyframeEffect | null)?.target as Element | null)?.className ?? '?'),
  );
  expect(endless).toEqual([]);
});
