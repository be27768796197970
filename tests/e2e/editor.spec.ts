// The content editor end to end on the browser's private file system (OPFS), one editor boot for
// the whole file: change a figure and see the preview change, a wrong value is refused at its
// field with publish disabled, fix, publish, read the files back (content:check passes), the kiosk
// shows the published version at its next poll, roll back (and the kiosk follows); a weekly event
// with its next dates and a skipped one; closed dates and opening hours; the playlist reordered by
// drag; a large portrait dropped in; a pasted article paragraph made into a figure.
//
// The kiosk cannot read OPFS (nor could a server): the test copies what the editor wrote into a
// folder the test server serves (tests/fixtures/runtime/), the step a staff member's folder on the
// server, or the zip download, does for real.
import { expect, test, type Browser, type Page, type TestInfo } from '@playwright/test';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { checkContentFolder } from '../../scripts/lib/check-folder.ts';
import { formatProblem } from '../../src/content/problems.ts';
import { validateContent, type ContentTexts } from '../../src/content/validate.ts';
import { CONTENT_FILES, type ContentKey } from '../../src/content/schema.ts';
import { contentCopy, installClock, kioskUrl, readyScene, sharedPage } from './kiosk.ts';

const FILES = Object.values(CONTENT_FILES).map((f) => f.file);
/** The editor's "today" (a Wednesday); the kiosk's clock starts there too. */
const NOW = '2026-12-02T10:00:00+08:00';
/** The basic fixture's pollIntervalSeconds. */
const POLL_MS = 30_000;

/** Empties OPFS and copies a served fixture set into it. */
async function seedOpfs(page: Page, from: string): Promise<void> {
  await page.evaluate(
    async ({ from, files }) => {
      const root = await navigator.storage.getDirectory();
      for await (const name of root.keys()) await root.removeEntry(name, { recursive: true });
      for (const file of files) {
        const response = await fetch(`${from}${file}`);
        if (!response.ok) continue;
        const writable = await (await root.getFileHandle(file, { create: true })).createWritable();
        await writable.write(await response.text());
        await writable.close();
      }
    },
    { from, files: FILES },
  );
}

/** The set in OPFS now: its JSON files, its media (base64, by path) and its history entries. */
async function readOpfs(page: Page): Promise<{ texts: Record<string, string | null>; media: Record<string, string>; history: string[] }> {
  return page.evaluate(async (files) => {
    const root = await navigator.storage.getDirectory();
    const texts: Record<string, string | null> = {};
    for (const file of files) {
      try {
        texts[file] = await (await (await root.getFileHandle(file)).getFile()).text();
      } catch {
        texts[file] = null;
      }
    }
    const media: Record<string, string> = {};
    const walk = async (dir: FileSystemDirectoryHandle, at: string) => {
      for await (const [name, handle] of dir.entries()) {
        if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, `${at}${name}/`);
        else {
          const bytes = new Uint8Array(await (await (handle as FileSystemFileHandle).getFile()).arrayBuffer());
          let text = '';
          for (const b of bytes) text += String.fromCharCode(b);
          media[`${at}${name}`] = btoa(text);
        }
      }
    };
    try {
      await walk(await root.getDirectoryHandle('media'), 'media/');
    } catch {
      // no media written
    }
    const history: string[] = [];
    try {
      for await (const name of (await root.getDirectoryHandle('history')).keys()) history.push(name);
    } catch {
      // no history yet
    }
    return { texts, media, history };
  }, FILES);
}

function validate(texts: Record<string, string | null>) {
  const byKey = Object.fromEntries((Object.keys(CONTENT_FILES) as ContentKey[]).map((k) => [k, texts[CONTENT_FILES[k].file] ?? null])) as ContentTexts;
  return validateContent(byKey);
}

/** Writes the set as it is in OPFS into a served folder (what the kiosk reads). */
async function copyOut(set: Awaited<ReturnType<typeof readOpfs>>, folder: string): Promise<void> {
  for (const [file, text] of Object.entries(set.texts)) if (text !== null) await writeFile(join(folder, file), text);
  for (const [path, data] of Object.entries(set.media)) {
    await mkdir(dirname(join(folder, path)), { recursive: true });
    await writeFile(join(folder, path), Buffer.from(data, 'base64'));
  }
}

/** The staff checker's own check of a folder (what `npm run content:check FOLDER` runs), errors only. */
async function contentCheckErrors(folder: string): Promise<string[]> {
  const { problems } = await checkContentFolder(folder, { now: new Date(NOW) });
  return problems.filter((p) => p.severity === 'error').map(formatProblem);
}

test.describe.configure({ mode: 'serial' });

let page: Page;
const editor = () => page.locator('[data-editor-state]');
const field = (at: string) => page.locator(`[data-editor-field="${at}"]`);
const tab = (key: string) => page.locator(`[data-editor-tab="${key}"]`).click();

async function openEditor(browser: Browser, testInfo: TestInfo): Promise<void> {
  page = await sharedPage(browser, testInfo);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  // Any page of the origin reaches its OPFS; the hosted sheet draws nothing until asked.
  await page.goto('/sheet/?host=editor');
  await seedOpfs(page, '/fixtures/basic/');
  await page.goto(`/editor/?opfs=1&now=${encodeURIComponent(NOW)}`);
  await expect(editor()).toHaveAttribute('data-editor-state', 'clean');
}

test.beforeAll(async ({ browser }, testInfo) => openEditor(browser, testInfo));
test.afterAll(async () => page?.context().close());

test('edit a figure: preview, bilingual problem at the field, publish, content:check, the kiosk shows it, roll back', async ({ browser }, testInfo) => {
  // The kiosk reads a served copy of the set, on its own clock, paused.
  const served = await contentCopy('editor-published');
  // A paused page clock sends no heartbeats; the service worker would reload the page after 8 s.
  const kiosk = await sharedPage(browser, testInfo, { serviceWorkers: 'block' });
  await installClock(kiosk, NOW);
  await kiosk.goto(kioskUrl({ content: served.base, scene: 'numbers', now: null }));
  const kioskScene = readyScene(kiosk);
  await expect(kioskScene).toContainText('技能培训');
  await expect(kioskScene).not.toContainText('37');
  const versionBefore = await kiosk.locator('html').getAttribute('data-content-version');

  const scene = page.locator('[data-editor-preview] [data-scene-id="numbers"][data-scene-kind="achievements"]');
  await expect(scene).toHaveAttribute('data-ready', 'true');
  const shown = page.frameLocator('[data-editor-preview] iframe').locator('[data-sheet-scene]');
  await expect(shown).toContainText('技能培训');
  await expect(shown).not.toContainText('37');

  const value = field('achievements.json:/sections/0/figures/0/value');
  await expect(value).toHaveValue('20');
  await value.fill('37');
  await expect(editor()).toHaveAttribute('data-editor-state', 'dirty');
  await expect(shown).toContainText('37');

  // A value the kiosk refuses: the message at its field, in both languages; no publishing.
  await value.fill('1e20');
  await expect(editor()).toHaveAttribute('data-editor-state', 'invalid');
  const problem = page.locator('[data-editor-problem="achievements.json:/sections/0/figures/0/value"]');
  await expect(problem).toContainText('数值应为 0');
  await expect(problem).toContainText('a value must be 0');
  const publish = page.locator('[data-editor-publish]');
  await expect(publish).toBeDisabled();
  // The field and its message sit together in the form.
  const fieldBox = (await value.boundingBox())!;
  const problemBox = (await problem.boundingBox())!;
  expect(Math.abs(problemBox.y - (fieldBox.y + fieldBox.height))).toBeLessThan(40);

  await value.fill('37');
  await expect(editor()).toHaveAttribute('data-editor-state', 'dirty');
  await expect(publish).toBeEnabled();
  await publish.click();
  await expect(editor()).toHaveAttribute('data-editor-state', 'published');

  const after = await readOpfs(page);
  expect(after.history).toHaveLength(1);
  const published = validate(after.texts);
  expect(published.problems.filter((p) => p.severity === 'error')).toEqual([]);
  expect(published.content!.achievements.sections[0]!.figures[0]!.value).toBe(37);
  // Only the changed file was written; the other files are byte for byte the fixture's.
  expect(after.texts['playlist.json']).toBe(await (await page.request.get('/fixtures/basic/playlist.json')).text());

  // The published set on the server: the checker passes it, the kiosk takes it at its next poll.
  await copyOut(after, served.folder);
  expect(await contentCheckErrors(served.folder)).toEqual([]);
  // The poll's timer fires once; the pinned scene then replays with the new set.
  await kiosk.clock.fastForward(POLL_MS);
  await expect(kioskScene).toContainText('37');
  await expect(kiosk.locator('html')).not.toHaveAttribute('data-content-version', versionBefore!);

  await page.locator('[data-editor-rollback]').click();
  await expect(editor()).toHaveAttribute('data-editor-state', 'clean');
  await expect(value).toHaveValue('20');
  const restored = await readOpfs(page);
  expect(restored.history).toEqual([]);
  expect(restored.texts['achievements.json']).toBe(await (await page.request.get('/fixtures/basic/achievements.json')).text());
  await copyOut(restored, served.folder);
  await kiosk.clock.fastForward(POLL_MS);
  await expect(kiosk.locator('html')).toHaveAttribute('data-content-version', versionBefore!);
  await expect(kioskScene).not.toContainText('37');
  await kiosk.context().close();
});

test('a weekly event lists its next dates as the board will; a date skipped on the calendar is struck out', async () => {
  await tab('events');
  const events = page.locator('fieldset.list').filter({ has: page.locator('legend', { hasText: '活动' }) }).first();
  await events.locator(':scope > .add').click();
  const at = (p: string) => field(`events.json:/events/5${p}`);
  await at('/id').fill('tai-chi');
  await at('/title').fill('太极拳晨练');
  await at('/category').selectOption('sport');
  await at('/start').fill('2026-12-07T14:30');
  await at('/end').fill('2026-12-07T16:00');
  await at('/location').fill('一楼广场');
  // Repeats: weekly, Mondays (the default) and Thursdays.
  await page.getByRole('button', { name: '＋ 添加 重复 / Add repeats' }).last().click();
  await page.locator('[data-editor-field="events.json:/events/5/recurrence/weekdays"][aria-label="周四 Thu"]').check();

  const list = page.locator('[data-occurrences]').last();
  const dates = list.locator('[data-occurrence]');
  await expect(dates).toHaveCount(8);
  // Dec 3 is a Thursday before the first date (Mon Dec 7): the rule starts on the start date.
  await expect(list.locator('[data-occurrence="2026-12-03"]')).toHaveCount(0);
  expect(await dates.evaluateAll((li) => li.map((x) => x.getAttribute('data-occurrence')))).toEqual([
    '2026-12-07', '2026-12-10', '2026-12-14', '2026-12-17', '2026-12-21', '2026-12-24', '2026-12-28', '2026-12-31',
  ]);
  await expect(list.locator('[data-occurrence="2026-12-07"]')).toHaveAttribute('data-occurrence-board', 'true');
  await expect(list.locator('[data-occurrence="2026-12-07"]')).toContainText('14:30–16:00');

  // Dec 7 is skipped on the calendar (its days of the rule carry a dot): the board shows Dec 10 next.
  const calendar = page.locator('[data-calendar="events.json:/events/5/recurrence/except"]');
  await calendar.locator('[data-calendar-day="2026-12-07"]').click();
  await expect(calendar.locator('[data-calendar-day="2026-12-07"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(field('events.json:/events/5/recurrence/except/0')).toContainText('2026-12-07');
  await expect(list.locator('[data-occurrence="2026-12-07"]')).toHaveAttribute('data-occurrence-skipped', 'true');
  await expect(list.locator('[data-occurrence="2026-12-10"]')).toHaveAttribute('data-occurrence-board', 'true');
  await expect(dates).toHaveCount(9); // eight to come, and the struck-out one in its place
  await expect(editor()).toHaveAttribute('data-editor-state', 'dirty');

  // The preview is the events board at the editor's "now": the new event is on it.
  const board = page.frameLocator('[data-editor-preview] iframe').locator('[data-event-id="tai-chi"]');
  await expect(board).toBeVisible();
});

test('site: closed dates picked on a calendar, opening hours on the weekly grid', async () => {
  await tab('site');
  const calendar = page.locator('[data-calendar="site.json:/closedDates"]');
  await expect(calendar.locator('[data-calendar-month]')).toHaveAttribute('data-calendar-month', '2026-12');
  // Sundays are closed every week in the fixture: muted on the calendar.
  await expect(calendar.locator('[data-calendar-day="2026-12-06"]')).toHaveClass(/muted/);
  await calendar.locator('[data-calendar-step="1"]').click();
  await calendar.locator('[data-calendar-day="2027-01-01"]').click();
  await expect(field('site.json:/closedDates/0')).toContainText('2027-01-01');

  const sunday = page.locator('.weekday-row').filter({ hasText: '周日 Sun' });
  await sunday.getByRole('button', { name: /添加一项/ }).click();
  await field('site.json:/openingHours/sunday/0').fill('10:00-16:00');
  await calendar.locator('[data-calendar-step="-1"]').click();
  await expect(calendar.locator('[data-calendar-day="2026-12-06"]')).not.toHaveClass(/muted/);
  await expect(page.locator('[data-editor-problem^="site.json:"]')).toHaveCount(0);
});

test('playlist: a scene dragged to the top, with a drop marker on the way; durations and validity shown', async () => {
  await tab('playlist');
  const id = (i: number) => field(`playlist.json:/scenes/${i}/id`);
  await expect(id(2)).toHaveValue('events');
  await expect(page.locator('[data-playlist-status]')).toHaveText([/10 秒 s · 现在播放/, /现在播放/, /现在播放/, /现在播放/, /已过期/, /尚未开始/]);

  await page.locator('[data-drag-handle="2"]').scrollIntoViewIfNeeded();
  const grip = (await page.locator('[data-drag-handle="2"]').boundingBox())!;
  await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
  await page.mouse.down();
  // The items fold to their bars while dragging: the whole list is on screen.
  await expect(page.locator('fieldset.folded .summary').nth(2)).toHaveText('近期活动 · events');
  await expect(page.locator('[data-drag-handle="2"]')).toBeInViewport();
  await expect(page.locator('[data-drag-handle="0"]')).toBeInViewport();
  const first = (await page.locator('[data-drag-handle="0"]').boundingBox())!;
  await page.mouse.move(first.x + first.width / 2, first.y + 2, { steps: 5 });
  await expect(page.locator('[data-drop-marker]')).toHaveCount(1);
  await expect(page.locator('[data-drop-marker="0"]')).toBeVisible();
  await page.mouse.up();
  await expect(page.locator('[data-drop-marker]')).toHaveCount(0);
  expect(await Promise.all([0, 1, 2, 3].map((i) => id(i).inputValue()))).toEqual(['events', 'numbers', 'workers', 'honours']);

  // The keyboard way stays: the buttons move it back down.
  await page.locator('.item-bar').nth(0).getByRole('button', { name: /下移/ }).click();
  expect(await Promise.all([0, 1].map((i) => id(i).inputValue()))).toEqual(['numbers', 'events']);
  await field('playlist.json:/scenes/0/duration').fill('3');
  await expect(page.locator('[data-editor-problem="playlist.json:/scenes/0/duration"]')).toContainText(['至少 5 秒', 'at least 5 s'].join('（现为 3） / '));
  await field('playlist.json:/scenes/0/duration').fill('12');
  await expect(page.locator('[data-playlist-status]').first()).toHaveText(/12 秒 s/);
});

test('a large portrait dropped in is cropped to 3:4 at 900×1200; a pasted paragraph becomes a figure with its sentence; all of it publishes', async () => {
  await tab('workers');
  const drop = page.locator('.drop').first();
  // A 3000×4500 upright photo, drawn in the page and dropped as a file.
  const dataTransfer = await page.evaluateHandle(async () => {
    const canvas = new OffscreenCanvas(3000, 4500);
    const g = canvas.getContext('2d')!;
    g.fillStyle = '#a3221a';
    g.fillRect(0, 0, 3000, 4500);
    g.fillStyle = '#e8be6e';
    g.fillRect(1000, 1200, 1000, 2000);
    const dt = new DataTransfer();
    dt.items.add(new File([await canvas.convertToBlob({ type: 'image/png' })], 'photo.png', { type: 'image/png' }));
    return dt;
  });
  await drop.dispatchEvent('dragover', { dataTransfer });
  await expect(drop).toHaveClass(/over/);
  await drop.dispatchEvent('drop', { dataTransfer });
  await expect(page.locator('[data-portrait-result]').first()).toContainText('900×1200');
  const path = await field('workers.json:/workers/0/portrait').inputValue();
  expect(path).toMatch(/^media\/workers\/[a-z0-9-]+\.webp$/);

  await tab('article');
  await page.locator('[data-article-source="title"]').fill('2025年工作报告');
  await page.locator('[data-article-source="date"]').fill('2026-01-10');
  await page.evaluate((text) => navigator.clipboard.writeText(text), '今年共举办培训1200余场。全年服务职工超过3.5万人次，近八成来自一线。');
  await page.locator('[data-article-text]').focus();
  await page.keyboard.press('ControlOrMeta+V');
  await expect(page.locator('[data-article-text]')).toHaveValue(/超过3\.5万人次/);
  await page.locator('[data-article-number="超过3.5万人次"]').click();
  await tab('achievements');
  await expect(field('achievements.json:/sections/0/figures/3/value')).toHaveValue('35000');
  await expect(field('achievements.json:/sections/0/figures/3/unit')).toHaveValue('人次');
  await expect(field('achievements.json:/sections/0/figures/3/qualifier')).toHaveValue('超过');
  await expect(field('achievements.json:/sections/0/figures/3/source/quote')).toHaveValue('全年服务职工超过3.5万人次，近八成来自一线。');

  // Everything of this file's tests publishes together and passes the kiosk's checks.
  await expect(editor()).toHaveAttribute('data-editor-state', 'dirty');
  await page.locator('[data-editor-publish]').click();
  await expect(editor()).toHaveAttribute('data-editor-state', 'published');
  const size = await page.evaluate(async (path) => {
    let dir = await navigator.storage.getDirectory();
    const parts = path.split('/');
    const name = parts.pop()!;
    for (const part of parts) dir = await dir.getDirectoryHandle(part);
    const file = await (await dir.getFileHandle(name)).getFile();
    const bitmap = await createImageBitmap(file);
    return { width: bitmap.width, height: bitmap.height, bytes: file.size };
  }, path);
  expect(size).toMatchObject({ width: 900, height: 1200 });
  expect(size.bytes).toBeLessThan(500_000);
  const set = await readOpfs(page);
  const checked = validate(set.texts);
  expect(checked.problems.filter((p) => p.severity === 'error')).toEqual([]);
  const content = checked.content!;
  // The staff checker on the whole set as the server would hold it, the new portrait with it.
  const folder = join('tests', 'fixtures', 'runtime', 'editor-published');
  await copyOut(set, folder);
  expect(await contentCheckErrors(folder)).toEqual([]);
  expect(content.workers.workers[0]!.portrait).toBe(path);
  expect(content.events.events.find((e) => e.id === 'tai-chi')!.recurrence).toEqual({ frequency: 'weekly', weekdays: [1, 4], except: ['2026-12-07'] });
  expect(content.site.closedDates).toEqual(['2027-01-01']);
  expect(content.site.openingHours.sunday).toEqual(['10:00-16:00']);
  expect(content.playlist.scenes.map((s) => [s.id, s.duration])).toEqual([['numbers', 12], ['events', 10], ['workers', 10], ['honours', 10], ['expired', 10], ['future', 10]]);
});
