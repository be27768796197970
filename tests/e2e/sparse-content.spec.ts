// A sparse set (tests/fixtures/sparse: one figure, two workers, three events and one on a closed
// day) in both orientations, on one layout sheet (sheet/, window.__sheet), measured with the kiosk's
// own code (src/layout/measure.ts, as `content:check --render`): nothing clipped, cut, overlapping or
// under the bars; the events board filled by large cards for one, two and three events; two workers
// stand once each, large; the 示例 mark at the loop's floor; 欧阳 keeps its two characters.
import { expect, test, type Page } from '@playwright/test';
import { formatFinding } from '../../src/layout/report.ts';
import { sharedPage } from './kiosk.ts';

test.use({ serviceWorkers: 'block' });
test.describe.configure({ mode: 'serial' });

/** The fixture's events: three on 7, 9 and 12 December; one on 10 December, a closed date. */
const BOARDS = [
  { now: '2026-12-07T10:00:00+08:00', ids: ['job-fair', 'choir', 'taichi'] },
  { now: '2026-12-08T10:00:00+08:00', ids: ['choir', 'taichi'] },
  { now: '2026-12-10T10:00:00+08:00', ids: ['taichi'] },
] as const;
const SIZES = [
  ['landscape', 1920, 1080],
  ['portrait', 1080, 1920],
] as const;

let page: Page;

test.beforeAll(async ({ browser }, testInfo) => {
  page = await sharedPage(browser, testInfo);
  await page.goto(`/sheet/?${new URLSearchParams({ content: 'fixtures/sparse/', now: BOARDS[0].now })}`);
  expect((await page.evaluate(() => window.__sheet!.ready)).state).toBe('ready');
});
test.afterAll(async () => page?.context().close());

const show = (id: string, options: { now?: string; interactive?: boolean } = {}) => page.evaluate(([i, o]) => window.__sheet!.show(i, o), [id, options] as const);
const problems = async () =>
  (await page.evaluate(() => window.__sheet!.measure())).findings
    .map(formatFinding);
const scene = () => page.locator('[data-sheet-scene]');

async function shoot(name: string) {
  if (!process.env.E2E_SCREENSHOTS) return;
  await page.screenshot({ path: test.info().outputPath(`${name}.png`) });
}

for (const [orientation, width, height] of SIZES) {
  test(`${orientation}: every scene of the sparse set fits, and a few events fill the board`, async () => {
    await page.setViewportSize({ width, height });
    await show('one-figure');
    expect(await problems(), 'one figure').toEqual([]);
    await shoot(`one-figure-${orientation}`);

    for (const { now, ids } of BOARDS) {
      await show('events', { now });
      const where = `${ids.length} event(s), ${orientation}`;
      // The closed day's event is never listed; the others in board order, as large feature cards.
      await expect(scene().locator('[data-event-id]')).toHaveCount(ids.length);
      expect(await scene().locator('[data-event-id]').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-event-id')))).toEqual(ids);
      await expect(scene().locator('[data-event-feature]')).toHaveCount(ids.length);
      await expect(scene().locator('[data-events-board]')).toHaveAttribute('data-page-count', '1');
      const report = await problems();
      // Three cards side by side in landscape give the description the lines left (the detail has it all).
      expect(ids.length === 3 ? report.filter((p) => !p.startsWith('clamped') || !p.includes('/description')) : report, where).toEqual([]);
      // No big empty board: the cards cover most of the list area.
      const covered = await scene().locator('[data-events-board] .list').evaluate((list) => {
        const area = list.getBoundingClientRect();
        const cards = [...list.querySelectorAll('[data-event-id]')].map((c) => c.getBoundingClientRect());
        return cards.reduce((sum, c) => sum + c.width * c.height, 0) / (area.width * area.height);
      });
      expect(covered, `${where}: share of the list area covered by cards`).toBeGreaterThan(0.7);
      // One event: its whole description and a QR code.
      if (ids.length === 1) {
        await expect(scene().locator('[data-event-feature] .description')).toHaveText('专业教练带领学习二十四式太极拳，零基础也能参加。');
        await expect(scene().locator('[data-event-feature] [data-qr]')).toHaveCount(1);
      }
      await shoot(`events-${ids.length}-${orientation}`);
    }
  });

  test(`${orientation}: two workers stand once each, large; the sample mark is legible; 欧阳 keeps two characters`, async () => {
    await page.setViewportSize({ width, height });
    await show('workers');
    expect(await problems(), 'gallery').toEqual([]);
    await expect(scene().locator('[data-gallery-lineup]')).toHaveCount(1);
    await expect(scene().locator('.wall')).toHaveCount(0);
    await expect(scene().locator('[data-lineup-id]')).toHaveCount(2);
    const tile = (await scene().locator('[data-lineup-id]').first().boundingBox())!;
    expect(tile.width, 'a lineup portrait is larger than a wall tile (about a quarter of the short side)').toBeGreaterThan(0.3 * Math.min(width, height));
    await expect(scene().locator('[data-lineup-id="ouyang-xiaoming"] [data-portrait="placeholder"]')).toHaveText('欧阳');
    // The 示例 mark: --type-xs, 28 px at a 1080 px short side.
    const mark = await scene().locator('[data-sample-mark]').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(mark).toBeGreaterThanOrEqual(28);
    await shoot(`workers-${orientation}`);

    // The story of the worker with six honours: four in the header, all six on the page the line names.
    await show('workers', { interactive: true });
    await scene().locator('[data-worker-id="ouyang-xiaoming"]').click();
    const story = scene().locator('[data-story-open="ouyang-xiaoming"]');
    await expect(story).toBeVisible();
    await expect(story.locator('[data-sample-mark]')).toBeVisible();
    expect(await problems(), 'story, first page').toEqual([]);
    await shoot(`story-${orientation}`);
    const more = story.locator('[data-honours-more]');
    const listPage = Number(await more.getAttribute('data-honours-more'));
    for (let n = 1; n < listPage; n++) await story.locator('[data-page-turn="next"]').click();
    await expect(story.locator('[data-honour]')).toHaveCount(6);
    expect(await problems(), 'story, honours page').toEqual([]);
    await shoot(`story-honours-${orientation}`);
  });
}
