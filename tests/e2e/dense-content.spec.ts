// Huge or hostile content the schema allows (10,000 events; stories of 20 long paragraphs, a
// paragraph with no punctuation, hundreds of one-line paragraphs, 30 honours) keeps the events
// board's pager and the story's controls on screen, with a bounded number of pages and a clear
// line saying what is not shown, in both orientations. One layout sheet (sheet/, window.__sheet)
// for the whole file: the set is validated once, each scene is mounted in turn at each size, and
// measured with the kiosk's own code (src/layout/measure.ts, as `content:check --render`).
import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdir, rename, rm, writeFile, cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_BOARD_PAGES } from '../../src/scenes/events/paginate.ts';
import { MAX_STORY_PAGES } from '../../src/scenes/gallery/pages.ts';
import { formatFinding, type Finding } from '../../src/layout/report.ts';
import type { SheetInfo } from '../../src/sheet/api.ts';
import { sharedPage } from './kiosk.ts';

test.use({ serviceWorkers: 'block' });
test.describe.configure({ mode: 'serial' });

const NOW = '2026-11-23T10:00:00+08:00';
const EVENT_COUNT = 10_000;

const SIZES = [
  ['landscape', 1920, 1080],
  ['portrait', 1080, 1920],
] as const;

// ------------------------------------------------------------------ generated content

const pad = (n: number) => String(n).padStart(2, '0');
const ALL_WEEK = Object.fromEntries(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((d) => [d, ['08:00-22:00']]));
const FILL = '他在车间里日复一日地钻研技术带领班组攻克一个又一个难关把每一道工序都做到了极致';
/** Chinese text of exactly `n` characters: a clause mark every 12, a full stop every 36, ending in 。 */
function prose(n: number, seed = 0): string {
  let out = '';
  for (let i = 0; i < n - 1; i++) out += (i + 1) % 36 === 0 ? '。' : (i + 1) % 12 === 0 ? '，' : FILL[(i + seed) % FILL.length];
  return `${out}。`;
}

/** 10,000 events in the board's window: one-offs every day, daily and monthly rules begun long ago. */
function denseEvents() {
  return Array.from({ length: EVENT_COUNT }, (_, i) => {
    const base = {
      id: `dense-${i}`,
      title: `${i} 号${prose(30, i).slice(0, 30)}`,
      category: 'training',
      location: '三楼多功能厅东侧第二排报告厅',
      audience: '全体职工及家属、退休职工',
      // Every 50th at the schema's longest (the card clamps it); the rest short, to keep the file a few MB.
      description: i % 50 === 0 ? prose(200, i) : prose(24, i),
    };
    if (i % 10 === 0) return { ...base, start: '2020-01-06T19:00', end: '2020-01-06T20:30', recurrence: { frequency: 'weekly', weekdays: [1, 2, 3, 4, 5, 6, 7] } };
    if (i % 10 === 1) return { ...base, start: '2020-01-01T14:00', end: '2020-01-01T16:00', recurrence: { frequency: 'monthly', monthDay: 1 + (i % 28) } };
    const day = 23 + (i % 8); // 23–30 November
    const hour = 10 + (i % 10);
    return { ...base, start: `2026-11-${pad(day)}T${pad(hour)}:30`, end: `2026-11-${pad(day)}T${pad(hour + 1)}:30`, registration: i % 3 ? `https://jobs.example.cn/e/${i}` : '电话报名 0571-12345678，或到一楼服务台登记' };
  });
}

const honour = (i: number) => ({ title: `第${i}届${prose(40, i)}`.slice(0, 38) + '称号', level: i % 2 ? 'national' : 'provincial', year: 2000 + (i % 24) });

/** Stories at the schema's limits, each a way of overfilling the story page, and one ordinary story. */
function denseWorkers() {
  return [
    {
      // Ordinary: nothing may be cut, nothing is said to be shortened.
      id: 'd-plain', name: '林晓禾', sample: true, workplace: '示例机械制造有限公司精密加工车间', trade: '数控车工',
      honours: [{ title: '市劳动模范', level: 'city', year: 2022 }, { title: '全国五一劳动奖章', level: 'national', year: 2024 }, { title: '企业首席技师', level: 'enterprise', year: 2019 }],
      story: [prose(120), prose(90, 4), prose(100, 9)], quote: '把每一个零件做到最好。',
    },
    {
      id: 'd-long', name: '长篇故事人物', sample: true, workplace: '示例重型机械制造集团有限公司第三分公司', trade: '数控车工',
      honours: [honour(1)], story: Array.from({ length: 20 }, (_, i) => prose(600, i)), quote: prose(60),
    },
    {
      id: 'd-solid', name: '无标点段落', sample: true, workplace: '示例供电公司', trade: '电力巡线工',
      honours: [honour(2)], story: ['无'.repeat(600), 'W'.repeat(600), 'word '.repeat(120).trim()],
    },
    {
      id: 'd-tiny', name: '短段落人物', sample: true, workplace: '示例食品公司', trade: '质检员',
      honours: [honour(3)], story: Array.from({ length: 300 }, (_, i) => `第${i + 1}段。`),
    },
    {
      // Every field at its longest: 12-character name, 40-character workplace and honours, 60-character quote.
      id: 'd-full', name: '欧阳长名字人物测试十二名', sample: true, workplace: prose(40).slice(0, 40), trade: prose(20).slice(0, 20),
      honours: Array.from({ length: 30 }, (_, i) => honour(i)), story: Array.from({ length: 20 }, (_, i) => prose(600, i + 5)), quote: prose(60, 3),
    },
  ];
}

const RUNTIME = 'tests/fixtures/runtime';

/** A copy of the basic set with dense events and workers, written to a temp folder then renamed into place. */
async function writeDenseSet(): Promise<string> {
  const name = `dense-${process.pid}-${Date.now().toString(36)}`;
  const temp = join(RUNTIME, `.${name}.tmp`);
  await mkdir(RUNTIME, { recursive: true });
  await rm(temp, { recursive: true, force: true });
  await cp('tests/fixtures/basic', temp, { recursive: true });
  const schema = (file: string) => `../../../../content/schema/${file}.schema.json`;
  const site = JSON.parse(await readFile(join(temp, 'site.json'), 'utf8'));
  // Every event in the window (90 days, the schema's most), open all week.
  await writeFile(join(temp, 'site.json'), JSON.stringify({ ...site, $schema: schema('site'), eventsWindowDays: 90, openingHours: ALL_WEEK }));
  const scenes = [
    { id: 'events', kind: 'events', title: '近期活动安排一览表（本表所列活动均为虚构的测试数据，仅用于检查屏幕排版）', duration: 600 },
    { id: 'workers', kind: 'gallery', title: '劳模风采', duration: 600 },
  ];
  await writeFile(join(temp, 'playlist.json'), JSON.stringify({ $schema: schema('playlist'), scenes }));
  await writeFile(join(temp, 'events.json'), JSON.stringify({ $schema: schema('events'), events: denseEvents() }));
  await writeFile(join(temp, 'workers.json'), JSON.stringify({ $schema: schema('workers'), workers: denseWorkers() }));
  await rename(temp, join(RUNTIME, name));
  return name;
}

let page: Page;
let set: string;

test.beforeAll(async ({ browser }, testInfo) => {
  set = await writeDenseSet();
  page = await sharedPage(browser, testInfo);
  await page.goto(`/sheet/?${new URLSearchParams({ content: `fixtures/runtime/${set}/`, now: NOW })}`);
  // 10,000 events take a moment to validate on a busy machine.
  const info: SheetInfo = await page.evaluate(() => window.__sheet!.ready);
  expect(info.state, 'the dense set loads').toBe('ready');
});

test.afterAll(async () => {
  await page?.context().close();
  if (set && !process.env.KEEP_DENSE_SET) await rm(join(RUNTIME, set), { recursive: true, force: true });
});

// ------------------------------------------------------------------ helpers

const show = (id: string, interactive: boolean) => page.evaluate(([i, touched]) => window.__sheet!.show(i, { interactive: touched }), [id, interactive] as const);
const measure = () => page.evaluate(() => window.__sheet!.measure());
const scene = () => page.locator('[data-sheet-scene]');

/** Asserts that an element's box lies inside the viewport. */
async function expectOnScreen(locator: Locator, width: number, height: number, what: string) {
  const box = await locator.boundingBox();
  expect(box, `${what} is drawn`).not.toBeNull();
  expect(box!.x, `${what} left edge`).toBeGreaterThanOrEqual(0);
  expect(box!.y, `${what} top edge`).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width, `${what} right edge`).toBeLessThanOrEqual(width + 0.5);
  expect(box!.y + box!.height, `${what} bottom edge`).toBeLessThanOrEqual(height + 0.5);
}

/** Screenshots to look at, taken when E2E_SCREENSHOTS=1 (they assert nothing, and cost seconds each). */
async function shoot(name: string) {
  if (!process.env.E2E_SCREENSHOTS) return;
  const path = test.info().outputPath(`${name}.png`);
  await page.screenshot({ path });
  await test.info().attach(name, { path, contentType: 'image/png' });
}

/**
 * What the measuring code finds on screen, as messages. An event card's description is body text
 * clamped on purpose to the lines its card has (the detail view shows it all), as typeset.spec.ts.
 */
const problems = (findings: readonly Finding[]) =>
  findings
    // Known: a compact card's registration text past its four lines is clamped too (shown whole in the detail view).
    .filter((f) => !(f.kind === 'clamped' && /^\/events\/\d+\/(description|registration)$/.test(f.field?.pointer ?? '')))
    .map(formatFinding);

/** True when no shown card or "more" line reaches below the list area (nothing cut, nothing under the ticker). */
const pageFitsList = () =>
  page.locator('[data-sheet-scene] [data-events-board] .list').evaluate((list) => {
    const bottom = list.getBoundingClientRect().bottom + 1;
    const shown = [...list.querySelectorAll('[data-events-page] [data-event-id], [data-events-page] [data-events-more]')];
    return shown.length > 0 && shown.every((el) => el.getBoundingClientRect().bottom <= bottom);
  });

// ------------------------------------------------------------------ tests

for (const [orientation, width, height] of SIZES) {
  test(`${orientation}: 10,000 events: at most ${MAX_BOARD_PAGES} pages, every page fits, the last counts the rest`, async () => {
    await page.setViewportSize({ width, height });
    // In the loop the pages turn by themselves; a visitor turns them with the dots.
    await show('events', false);
    const board = scene().locator('[data-events-board]');
    await expect(board).toHaveAttribute('data-paging', 'running');
    await show('events', true);
    await expect(board).toHaveAttribute('data-paging', 'held');
    const count = Number(await board.getAttribute('data-page-count'));
    expect(count).toBeGreaterThan(1);
    expect(count).toBeLessThanOrEqual(MAX_BOARD_PAGES);
    const dots = scene().locator('.pager .dot');
    await expect(dots).toHaveCount(count);
    for (const dot of await dots.all()) await expectOnScreen(dot, width, height, 'page dot');
    await expectOnScreen(board.locator('h1'), width, height, 'title');
    await shoot(`events-first-${orientation}`);

    // Every page by its dot, in the page (one round trip): the cards shown, whether the page fits its
    // list area and where the "more" line is; the first and the last page are measured in full.
    const walk = await page.evaluate(async (pages) => {
      const root = document.querySelector('[data-sheet-scene]')!;
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const board = root.querySelector('[data-events-board]')!;
      const out = { seen: [] as number[], ids: [] as string[][], misfits: [] as number[], more: [] as number[], findings: [] as { page: number; findings: Finding[]; cued: string[] }[], title: { lines: 0, px: 0, floor: 0 } };
      const h1 = root.querySelector('[data-events-board] header h1') as HTMLElement;
      const style = getComputedStyle(h1);
      const floor = document.createElement('div');
      floor.style.cssText = 'position:absolute;visibility:hidden;height:var(--type-xs)';
      root.append(floor);
      out.title = { lines: Math.round(h1.clientHeight / parseFloat(style.lineHeight)), px: parseFloat(style.fontSize), floor: floor.getBoundingClientRect().height };
      floor.remove();
      for (let n = 1; n <= pages; n++) {
        (root.querySelectorAll('.pager .dot')[n - 1] as HTMLButtonElement).click();
        await frame();
        out.seen.push(Number(board.getAttribute('data-page')));
        const current = root.querySelector('[data-events-page]:not(.leaving)')!;
        out.ids.push([...current.querySelectorAll('[data-event-id]')].map((c) => c.getAttribute('data-event-id')!));
        const bottom = root.querySelector('.list')!.getBoundingClientRect().bottom + 1;
        const shown = [...current.querySelectorAll('[data-event-id], [data-events-more]')];
        if (!(shown.length > 0 && shown.every((el) => el.getBoundingClientRect().bottom <= bottom))) out.misfits.push(n);
        if (root.querySelector('[data-events-more]')) out.more.push(n);
        if (n === 1 || n === pages) {
          // The page fading out is not measured: only what stays.
          for (const a of root.getAnimations({ subtree: true })) a.finish();
          await frame();
          const cued = [...root.querySelectorAll('[data-events-page]:not(.leaving) [data-event-id]')].filter((c) => c.querySelector('[data-description-more]')).map((c) => c.getAttribute('data-event-id')!);
          out.findings.push({ page: n, findings: window.__sheet!.measure().findings, cued });
        }
      }
      return out;
    }, count);
    expect(walk.seen).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    expect(walk.misfits, 'pages whose cards do not fit the list area').toEqual([]);
    expect(walk.ids.every((ids) => ids.length > 0), 'every page shows cards').toBe(true);
    expect(walk.more, 'the "more" line, on the last page only').toEqual([count]);
    // Cards are clamped at their lines (a 40-character title at two): what this spec checks is that
    // nothing spills, is clipped, overlaps or sits under the bars; clamping is typeset.spec.ts's.
    for (const { page: n, findings, cued } of walk.findings) {
      // The 37-character title holds in the header (two lines between phrases at most, above the floor).
      expect(problems(findings.filter((f) => f.kind !== 'clamped')), `page ${n}: nothing spills, overlaps or sits under the bars`).toEqual([]);
      // A description the card cuts says so (「触摸查看详情」), and only such a one: the cards the
      // measuring code finds clamped are exactly the cards that show the cue (typeset.spec.ts sees both).
      const clamped = findings.flatMap((f) => (f.kind === 'clamped' ? /^\/events\/(\d+)\/description$/.exec(f.field?.pointer ?? '') ?? [] : []).slice(1).map((i) => `dense-${i}`));
      expect([...cued].sort(), `page ${n}: cards showing 「触摸查看详情」`).toEqual([...new Set(clamped)].sort());
    }
    expect(walk.title.lines, `title lines (${walk.title.px} px)`).toBeLessThanOrEqual(2);
    expect(walk.title.px, 'title above the loop floor').toBeGreaterThanOrEqual(walk.title.floor - 0.5);
    const shown = new Set(walk.ids.flat());
    const more = scene().locator('[data-events-more]');
    await expect(more).toBeVisible();
    const notShown = Number(await more.getAttribute('data-events-more'));
    expect(shown.size + notShown).toBe(EVENT_COUNT);
    await expect(more).toContainText(`另有 ${notShown.toLocaleString('zh-CN')} 项活动`);
    await expect(more).toContainText(`${notShown.toLocaleString('en-US')} more events`);
    await expectOnScreen(more, width, height, '"more" line');
    await shoot(`events-last-${orientation}`);
  });

  test(`${orientation}: stories at the limits keep their controls on screen, fit their pages and end clearly`, async () => {
    await page.setViewportSize({ width, height });
    await show('workers', true);
    for (const worker of denseWorkers()) {
      await scene().locator(`[data-worker-id="${worker.id}"]`).click();
      const story = scene().locator(`[data-story-open="${worker.id}"]`);
      await expect(story).toBeVisible();
      const body = story.locator('[data-story-pages]');
      const pages = Number(await body.getAttribute('data-story-pages'));
      const ordinary = worker.id === 'd-plain';
      expect(pages, worker.id).toBeGreaterThan(1);
      // At most MAX_STORY_PAGES, the full honours list included, unless that list alone needs more:
      // every honour stays readable (then the story keeps one page).
      const honourPages = Number((await body.getAttribute('data-honour-pages')) ?? 0);
      expect(pages, worker.id).toBeLessThanOrEqual(Math.max(MAX_STORY_PAGES, 1 + honourPages));
      // Dots for up to five pages; past that the pager says 「n / N」.
      if (pages <= 5) await expect(story.locator('.dots .dot')).toHaveCount(pages);
      else await expect(story.locator('.dots .count')).toHaveText(`1 / ${pages}`);

      const controls = ['[data-story-close]', '[data-story-step="prev"]', '[data-story-step="next"]', '[data-page-turn="prev"]', '[data-page-turn="next"]'];
      for (const selector of controls) await expectOnScreen(story.locator(selector), width, height, `${worker.id}: ${selector}`);
      await shoot(`story-${worker.id}-first-${orientation}`);
      // Every page in turn, in the page (one round trip a story): it fits its area; the first, the
      // last and the honours pages are measured in full; the text's end and the honours are read.
      const walk = await page.evaluate(async (id) => {
        const story = document.querySelector(`[data-story-open="${id}"]`)!;
        const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        const body = story.querySelector('[data-story-pages]')!;
        const pages = Number(body.getAttribute('data-story-pages'));
        const out = { misfits: [] as number[], findings: [] as { page: number; findings: Finding[] }[], ended: [] as number[], honours: [] as string[], lastDisabled: false, pagesSeen: [] as number[] };
        for (let n = 1; n <= pages; n++) {
          if (n > 1) {
            (story.querySelector('[data-page-turn="next"]') as HTMLButtonElement).click();
            await frame();
          }
          out.pagesSeen.push(Number(body.getAttribute('data-story-page')));
          const content = story.querySelector('.page-content')!;
          const box = content.getBoundingClientRect();
          const area = content.closest('.page')!.getBoundingClientRect();
          if (!(box.top >= area.top - 1 && box.bottom <= area.bottom + 1 && content.scrollWidth <= content.clientWidth + 1)) out.misfits.push(n);
          const honoursPage = story.querySelector('[data-honours-page]') !== null;
          if (n === 1 || n === pages || honoursPage) out.findings.push({ page: n, findings: window.__sheet!.measure().findings });
          if (story.querySelector('[data-story-end]')) out.ended.push(n);
          out.honours.push(...[...story.querySelectorAll('[data-honour]')].map((h) => h.textContent ?? ''));
        }
        out.lastDisabled = (story.querySelector('[data-page-turn="next"]') as HTMLButtonElement).disabled;
        return out;
      }, worker.id);
      expect(walk.pagesSeen, `${worker.id}: every page in turn`).toEqual(Array.from({ length: pages }, (_, i) => i + 1));
      expect(walk.misfits, `${worker.id}: pages whose text does not fit its area`).toEqual([]);
      for (const { page: n, findings } of walk.findings) expect(problems(findings), `${worker.id} page ${n}: nothing cut, overlapping or under the bars`).toEqual([]);
      expect(walk.lastDisabled, `${worker.id}: no page after the last`).toBe(true);
      // A story longer than its pages says so, once; an ordinary one simply ends.
      expect(walk.ended.length, `${worker.id}: "story shortened" lines`).toBe(ordinary ? 0 : 1);
      // Every honour can be read: the header's few, or all of them on the pages after the story.
      const header = await story.locator('.honours li:not(.more)').count();
      if (worker.honours.length > header) {
        expect(walk.honours, `${worker.id}: every honour on some page`).toHaveLength(worker.honours.length);
        for (const h of worker.honours) expect(walk.honours.some((t) => t.includes(h.title)), h.title).toBe(true);
        await expect(story.locator('[data-honours-more]')).toContainText(`另有 ${worker.honours.length - header} 项荣誉`);
      }
      await shoot(`story-${worker.id}-last-${orientation}`);

      await story.locator('[data-story-close]').click();
      await expect(scene().locator('[data-story-open]')).toHaveCount(0);
    }
  });
}
