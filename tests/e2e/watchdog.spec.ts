// The watchdog's escalation on a burst of unhandled errors: first the scene on screen is rebuilt in
// place (no reload), and only a second burst soon after reloads the page.
import { expect, test, type Page } from '@playwright/test';
import { openKiosk } from './kiosk.ts';

const BASIC = 'fixtures/basic/';

const burst = (page: Page, tag: string) =>
  page.evaluate((label) => {
    for (let i = 0; i < 5; i++) setTimeout(() => { throw new Error(`test error ${label} ${i}`); }, i * 10);
  }, tag);

test('a burst of errors rebuilds the scene in place; another burst soon after reloads the page', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await openKiosk(page, { content: BASIC });
  await page.evaluate(() => ((window as unknown as { __before: boolean }).__before = true));
  const first = await page.locator('[data-scene-id]').getAttribute('data-scene-id');

  await burst(page, 'one');
  // Rebuilt in place: the loop carries on with the next scene, in the same page.
  await expect(page.locator('[data-scene-id][data-ready="true"]')).not.toHaveAttribute('data-scene-id', first!);
  expect(await page.evaluate(() => (window as unknown as { __before?: boolean }).__before)).toBe(true);
  await expect.poll(() => errors.filter((e) => e.includes('test error one')).length).toBe(5);

  const reloaded = page.waitForEvent('framenavigated');
  await burst(page, 'two');
  await reloaded;
  await expect(page.locator('[data-scene-id][data-ready="true"]')).toHaveCount(1);
  expect(await page.evaluate(() => (window as unknown as { __before?: boolean }).__before)).toBeUndefined();
});

test('the status view lists the rebuild among the last errors', async ({ page }) => {
  await openKiosk(page, { content: BASIC });
  await burst(page, 'three');
  await page.evaluate(() => (location.hash = '#status'));
  await expect(page.locator('[data-status-view] [data-error-entry]').first()).toContainText('rebuilt in place');
});
