// The events board as a visitor sees it at different moments: what is on now, what comes next,
// what has ended, how repeating events show, registration codes, paging and the empty state.
// Time is Playwright's clock, paused at the open: the board stands still until a test steps it.
import { expect, test, type Page } from '@playwright/test';
import QRCode from 'qrcode';
import { pageDurationMs } from '../../src/scenes/events/paginate.ts';
import { animationsDone, openKioskAt, shoot } from './kiosk.ts';

const BASIC = 'fixtures/basic/';
const RICH = 'fixtures/events/';
const EMPTY = 'fixtures/events-empty/';

const shown = (page: Page) => page.locator('[data-event-id]');
const card = (page: Page, id: string) => page.locator(`[data-event-id="${id}"]`);
const shownIds = (page: Page) => shown(page).evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-event-id')));

// A paused page clock sends no heartbeats; the service worker would reload the page after 8 s.
test.use({ serviceWorkers: 'block' });

async function openBoard(page: Page, at: string, content = BASIC, extra: { motion?: 'reduce' } = {}) {
  await openKioskAt(page, { at, content, scene: 'events', ...extra });
  await expect(page.locator('[data-scene-kind="events"]')).toHaveCount(1);
}

/** Lets the entry animation (the browser's own) finish. */
const settle = animationsDone;

test.describe('what is on, in order', () => {
  test('on a Monday morning: the job fair is on now, the concert later today, the book house tomorrow', async ({ page }, testInfo) => {
    await openBoard(page, '2026-11-23T10:00:00+08:00');
    await expect(shown(page)).toHaveCount(3);
    expect(await shownIds(page)).toEqual(['job-fair', 'concert', 'book-house']);
    await expect(card(page, 'job-fair')).toHaveAttribute('data-event-state', 'now');
    await expect(card(page, 'job-fair')).toContainText('正在进行');
    await expect(card(page, 'job-fair')).toContainText('09:30–12:00');
    await expect(card(page, 'concert')).toHaveAttribute('data-event-state', 'today');
    await expect(card(page, 'concert')).not.toContainText('正在进行');
    await expect(card(page, 'book-house')).toHaveAttribute('data-event-state', 'upcoming');
    await expect(card(page, 'book-house')).toContainText('每周二、四、六');
    // Over before today, and the monthly service falls outside the 14 days.
    await expect(card(page, 'ended')).toHaveCount(0);
    await expect(card(page, 'consult-day')).toHaveCount(0);
    await expect(page.locator('[data-events-board]')).toContainText('明天');
    await shoot(page, testInfo, 'events-basic-landscape');
  });

  test('an event is gone once it has ended', async ({ page }) => {
    await openBoard(page, '2026-11-23T12:00:00+08:00');
    await expect(card(page, 'concert')).toHaveCount(1);
    await expect(card(page, 'job-fair')).toHaveCount(0);
    expect(await shownIds(page)).toEqual(['concert', 'book-house']);
  });

  test('an event on screen leaves the board when its end time passes', async ({ page }) => {
    await openBoard(page, '2026-11-23T11:59:00+08:00');
    const clock = page.locator('[data-scene-id] [data-events-board] .clock');
    await expect(card(page, 'job-fair')).toHaveAttribute('data-event-state', 'now');
    await expect(clock).toHaveText('11:59');
    await page.clock.runFor(59_000);
    await expect(card(page, 'job-fair')).toHaveAttribute('data-event-state', 'now');
    await page.clock.runFor(1_000); // 12:00, when the job fair ends
    await expect(clock).toHaveText('12:00');
    await expect(card(page, 'job-fair')).toHaveCount(0);
    await expect(card(page, 'concert')).toHaveAttribute('data-event-state', 'today');
  });

  test('in the evening the concert is on now', async ({ page }) => {
    await openBoard(page, '2026-11-23T19:30:00+08:00');
    await expect(card(page, 'concert')).toHaveAttribute('data-event-state', 'now');
    await expect(card(page, 'concert')).toContainText('正在进行');
    expect((await shownIds(page))[0]).toBe('concert');
  });

  test('repeating events appear on their days', async ({ page }) => {
    await openBoard(page, '2026-11-24T10:00:00+08:00'); // a Tuesday: the book house is open
    await expect(card(page, 'book-house')).toHaveAttribute('data-event-state', 'now');
    await openBoard(page, '2026-12-14T10:00:00+08:00'); // the monthly service is tomorrow
    await expect(card(page, 'consult-day')).toHaveAttribute('data-event-state', 'upcoming');
    await expect(card(page, 'consult-day')).toContainText('每月15日');
    await openBoard(page, '2026-12-15T09:10:00+08:00');
    await expect(card(page, 'consult-day')).toHaveAttribute('data-event-state', 'now');
  });
});

test.describe('a full board', () => {
  test('shows all-day, multi-day and past-midnight events sensibly', async ({ page }) => {
    await openBoard(page, '2026-11-23T10:00:00+08:00', RICH);
    const expo = card(page, 'calligraphy');
    await expect(expo).toHaveAttribute('data-event-state', 'now');
    await expect(expo).toContainText('11月20日–30日');
    await expect(card(page, 'morning-done')).toHaveCount(0); // ended at 09:00
    await expect(card(page, 'yoga')).toContainText('每周一、三');
    // Cards sized for reading across the lobby: the late event is on a later page.
    const board = page.locator('[data-events-board]');
    const count = Number(await board.getAttribute('data-page-count'));
    for (let n = 1; n < count && (await card(page, 'night-run').count()) === 0; n++) await page.clock.runFor(pageDurationMs(30, count));
    await expect(card(page, 'night-run')).toContainText('22:00–次日01:00');
  });

  test('shows a scannable QR code for a registration link and plain text otherwise', async ({ page }) => {
    await openBoard(page, '2026-11-23T10:00:00+08:00', RICH);
    const url = 'https://jobs.example.cn/winter';
    const qr = card(page, 'job-fair').locator(`svg[data-qr="${url}"]`);
    await expect(qr).toBeVisible();
    await expect(card(page, 'job-fair')).toContainText('扫码报名');
    // The drawn modules are exactly the QR code of the link.
    const drawn = await qr.locator('rect.dark').evaluateAll((rects) =>
      rects.map((r) => [Number(r.getAttribute('x')), Number(r.getAttribute('y')), Number(r.getAttribute('width'))]),
    );
    const modules = QRCode.create(url, { errorCorrectionLevel: 'M' }).modules;
    const dark = new Set<string>();
    for (let y = 0; y < modules.size; y++) for (let x = 0; x < modules.size; x++) if (modules.get(y, x)) dark.add(`${x},${y}`);
    const drawnCells = new Set<string>();
    const quiet = drawn.length ? Math.min(...drawn.map(([x]) => x!)) : 0; // finder patterns touch column 0
    for (const [x, y, width] of drawn) for (let i = 0; i < width!; i++) drawnCells.add(`${x! - quiet + i},${y! - quiet}`);
    expect(drawnCells).toEqual(dark);

    const concert = card(page, 'concert');
    await expect(concert.locator('svg[data-qr]')).toHaveCount(0);
    await expect(concert).toContainText('电话报名：0571-8888 6666');
  });

  test('pages through events that do not fit, one page shown at a time', async ({ page }) => {
    await openBoard(page, '2026-11-23T10:00:00+08:00', RICH);
    const board = page.locator('[data-events-board]');
    const count = Number(await board.getAttribute('data-page-count'));
    expect(count).toBeGreaterThan(1);
    await expect(page.locator('.pager .count')).toContainText(` / ${count}`);

    // The fixture's board plays for 30 s; each page stays its share of that, then the next comes.
    const pageMs = pageDurationMs(30, count);
    const pages: (string | null)[][] = [];
    for (let n = 1; n <= count; n++) {
      await expect(board).toHaveAttribute('data-page', String(n));
      await expect(page.locator(`[data-events-page="${n}"]`)).toHaveCount(1);
      pages.push(await shownIds(page));
      await page.clock.runFor(pageMs - 100);
      await expect(board).toHaveAttribute('data-page', String(n)); // not turned early
      await page.clock.runFor(100);
    }
    await expect(board).toHaveAttribute('data-page', '1'); // and round again

    // Every event in the window appears on exactly one page, in board order.
    const seen = pages.flat();
    expect(seen).toEqual([
      'calligraphy',
      'job-fair',
      'yoga',
      'concert',
      'night-run',
      'book-house',
      'ai-training',
      'legal-aid',
      'badminton',
      'skills',
      'member-day',
      'film',
    ]);
    expect(pages[0]!.slice(0, 2).sort()).toEqual(['calligraphy', 'job-fair']);
  });

  test('reads well in portrait: one column, larger pages', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 1080, height: 1920 });
    await openBoard(page, '2026-11-23T10:00:00+08:00', RICH);
    const boxes = await shown(page).evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect().left));
    expect(boxes.length).toBeGreaterThanOrEqual(4);
    expect(new Set(boxes.map(Math.round)).size).toBe(1);
    const title = card(page, 'job-fair').locator('h3');
    const size = await title.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(0.035 * 1080 - 0.5); // at least --type-m
    await shoot(page, testInfo, 'events-portrait');
  });

  test('uses two columns in landscape', async ({ page }, testInfo) => {
    await openBoard(page, '2026-11-23T10:00:00+08:00', RICH);
    const lefts = await shown(page).evaluateAll((nodes) => nodes.map((n) => Math.round(n.getBoundingClientRect().left)));
    expect(new Set(lefts).size).toBe(2);
    await shoot(page, testInfo, 'events-landscape');
  });
});

test('with nothing planned, shows today’s opening hours and the regular services', async ({ page }, testInfo) => {
  await openBoard(page, '2026-11-23T10:00:00+08:00', EMPTY);
  const empty = page.locator('[data-events-empty]');
  await expect(empty).toBeVisible();
  await expect(empty).toContainText('近期暂无活动安排');
  await expect(empty).toContainText('今日开放');
  await expect(empty).toContainText('09:00–12:00、14:00–21:00');
  await expect(empty).toContainText('法律心理咨询日');
  await expect(empty).toContainText('每月15日 09:00–12:00');
  await expect(empty).toContainText('下次 12月15日 周二');
  await expect(empty).not.toContainText('已结课的书法班'); // its repetition ended in June
  await expect(shown(page)).toHaveCount(0);
  await shoot(page, testInfo, 'events-empty-landscape');
  await page.setViewportSize({ width: 1080, height: 1920 });
  await shoot(page, testInfo, 'events-empty-portrait');
});

test('with reduced motion the board still appears in full', async ({ page }) => {
  await openBoard(page, '2026-11-23T10:00:00+08:00', BASIC, { motion: 'reduce' });
  await expect(card(page, 'job-fair')).toBeVisible();
  await settle(page);
  const opacity = await card(page, 'book-house').evaluate((el) => getComputedStyle(el).opacity);
  expect(opacity).toBe('1');
});
