// Made for the lobby (issue 14), in both orientations: every scene of the loop readable from 3–5 m
// (its smallest text at least 28 px at a 1080 px short side, laid out in the layout sheet: one page
// for all scenes); after a touch, no content under the bottom bars and every control in the reach
// dock (site.json's reach: the lower 0.43 of the screen, y ≥ 1088 px on the 1080×1920 totem); the
// countdown's length, stepped on Playwright's clock. One kiosk boot per orientation.
import { expect, test, type Page } from '@playwright/test';
import { animationsDone, html, openKioskAt, OPEN_HOURS_NOW, readyScene, visibleScene } from './kiosk.ts';
import { controlBoxes, smallestText, underTheBars, wrappedLabels } from './reach-measure.ts';
import type { SheetInfo } from '../../src/sheet/api.ts';

test.use({ serviceWorkers: 'block' });

/** At 1080 px of short side; the type scale follows the short side. */
const ATTRACT_FLOOR_PX = 28;
const OPENED_FLOOR_PX = 24;
/** site.json's default reach: controls no higher than this share of the screen above its bottom edge. */
const DEFAULT_REACH = 0.43;
const IDLE_MS = 30_000;
const COUNTDOWN_MS = 20_000;

const ORIENTATIONS = [
  { name: 'landscape', width: 1920, height: 1080 },
  { name: 'portrait', width: 1080, height: 1920 },
] as const;

for (const screen of ORIENTATIONS) {
  test.describe(screen.name, () => {
    test.use({ viewport: { width: screen.width, height: screen.height } });
    const scale = Math.min(screen.width, screen.height) / 1080;

    test('every scene of the loop is readable from across the lobby', async ({ page }) => {
      await page.goto(`/sheet/?now=${encodeURIComponent(OPEN_HOURS_NOW)}`);
      const info: SheetInfo = await page.evaluate(() => window.__sheet!.ready);
      expect(info.state).toBe('ready');
      const sizes: string[] = [];
      for (const scene of info.scenes) {
        await page.evaluate((id) => window.__sheet!.show(id).then(() => undefined), scene.id);
        const smallest = await page.evaluate(smallestText, '[data-sheet-scene]');
        sizes.push(`${scene.id}: ${smallest?.px} px ${smallest?.where} «${smallest?.text}»`);
        expect.soft(smallest?.px ?? 0, `${scene.id}: smallest text ${smallest?.where} «${smallest?.text}»`).toBeGreaterThanOrEqual(ATTRACT_FLOOR_PX * scale - 0.5);
      }
      console.log(`[${screen.name}] smallest text per scene:\n  ${sizes.join('\n  ')}`);
    });

    test('after a touch: nothing under the bars, every control within reach, a countdown before the loop resumes', async ({ page }) => {
      await openKioskAt(page, { content: 'fixtures/basic/', at: OPEN_HOURS_NOW });
      await page.touchscreen.tap(screen.width / 2, screen.height / 3);
      await expect(html(page)).toHaveAttribute('data-kiosk-mode', 'interactive');
      // The reach the kiosk applied (the fixture leaves site.json's default).
      const reachVh = await page.locator('main.frame').evaluate((el) => parseFloat(getComputedStyle(el).getPropertyValue('--reach-height')));
      expect(reachVh).toBeCloseTo(DEFAULT_REACH * 100, 5);
      const dockTop = screen.height * (1 - reachVh / 100);
      const check = async (view: string) => {
        await expect(readyScene(page)).toHaveCount(1);
        // The stage is the screen's width (a long ticker line must not widen the frame's grid).
        const width = await visibleScene(page).evaluate((el) => el.getBoundingClientRect().width);
        expect.soft(width, `${view}: scene width`).toBeLessThanOrEqual(screen.width);
        const under = await page.evaluate(underTheBars);
        expect.soft(under, `${view}: content under the bottom bars`).toEqual([]);
        const out = (await page.evaluate(controlBoxes)).filter((c) => c.top < dockTop - 0.5);
        expect.soft(out, `${view}: controls above y = ${Math.round(dockTop)} px`).toEqual([]);
        expect.soft(await page.evaluate(wrappedLabels), `${view}: control labels broken over two lines`).toEqual([]);
      };
      for (const kind of ['achievements', 'events', 'gallery'] as const) {
        await page.locator(`[data-nav-kind="${kind}"]`).tap();
        await expect(visibleScene(page)).toHaveAttribute('data-scene-kind', kind);
        await check(kind);
      }
      // A story a visitor opened: its controls are in the dock too, and its text is at least 24 px.
      await page.locator('[data-worker-id]').first().tap();
      await expect(page.locator('[data-story-open]')).toBeVisible();
      await animationsDone(page);
      await check('story');
      const smallest = await page.evaluate(smallestText, '[data-story-open]');
      expect.soft(smallest?.px ?? 0, `story: smallest text ${smallest?.where} «${smallest?.text}»`).toBeGreaterThanOrEqual(OPENED_FLOOR_PX * scale - 0.5);

      // The countdown: none for 30 s without a touch, then 20 s of "touch to continue".
      const countdown = page.locator('[data-countdown]');
      await page.clock.runFor(IDLE_MS - 1_000);
      await expect(countdown).toHaveCount(0);
      await page.clock.runFor(1_000);
      await expect(countdown).toHaveAttribute('data-countdown', String(COUNTDOWN_MS / 1000));
      await expect(countdown).toContainText('轻触继续');
      const box = (await countdown.boundingBox())!;
      expect(box.y, 'the countdown shows in the lower part of the screen').toBeGreaterThanOrEqual(dockTop - 0.5);
      await page.clock.runFor(COUNTDOWN_MS - 1_000);
      await expect(countdown).toHaveAttribute('data-countdown', '1');
      await expect(html(page)).toHaveAttribute('data-kiosk-mode', 'interactive');
      await page.clock.runFor(1_000);
      await expect(html(page)).toHaveAttribute('data-kiosk-mode', 'attract');
    });
  });
}
