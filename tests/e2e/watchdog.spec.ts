// What staff read after the watchdog met a burst of errors (the escalation itself, rebuild in
// place then reload, is tested in unattended.spec.ts).
import { expect, test, type Page } from '@playwright/test';
import { openKiosk } from './kiosk.ts';

const BASIC = 'fixtures/basic/';

const burst = (page: Page, tag: string) =>
  page.evaluate((label) => {
    for (let i = 0; i < 5; i++) setTimeout(() => { throw new Error(`test error ${label} ${i}`); }, i * 10);
  }, tag);

test('the status view lists the rebuild among the last errors', async ({ page }) => {
  await openKiosk(page, { content: BASIC });
  await burst(page, 'three');
  await page.evaluate(() => (location.hash = '#status'));
  await expect(page.locator('[data-status-view] [data-error-entry]').first()).toContainText('rebuilt in place');
});
