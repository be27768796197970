// Achievements scenes as a visitor sees them: every section of every content set shows its figures
// and source in both orientations with nothing cut, overlapping or under the bottom bars (laid out
// in the layout sheet, sheet/: one page load per set, both orientations, every section in turn); the
// sheet lays a scene out exactly as the kiosk does, and sees a broken layout; numbers count up (or,
// with reduced motion, simply stand there); the 3D scene survives a lost WebGL context. (That 3D
// scenes give their GPU memory back over many loops is tested in leak.spec.ts.)
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { kioskUrl, OPEN_HOURS_NOW, openKioskAt, sharedPage } from './kiosk.ts';
import { figureText } from '../../src/format/numbers.ts';
import { chineseDate } from '../../src/format/text.ts';
import { formatFinding, type FindingKind } from '../../src/layout/report.ts';
import type { Achievements, Playlist } from '../../src/content/schema.ts';
import type { SheetInfo } from '../../src/sheet/api.ts';

// The service worker's first-install reload and its frozen-page watchdog are tested elsewhere;
// here they would only reload pages under a busy software-rendered GPU.
test.use({ serviceWorkers: 'block' });

const ROOT = join(import.meta.dirname, '..', '..');

interface ContentSetOnDisk {
  name: string;
  /** ?content= value; undefined for the default content/. */
  content: string | undefined;
  playlist: Playlist;
  achievements: Achievements | null;
}

function readSet(name: string, folder: string, content: string | undefined): ContentSetOnDisk | null {
  const dir = join(ROOT, folder);
  if (!existsSync(join(dir, 'playlist.json'))) return null;
  const read = (file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8'));
  return {
    name,
    content,
    playlist: read('playlist.json') as Playlist,
    achievements: existsSync(join(dir, 'achievements.json')) ? (read('achievements.json') as Achievements) : null,
  };
}

const exampleDirs = existsSync(join(ROOT, 'examples')) ? readdirSync(join(ROOT, 'examples')) : [];
const SETS = [
  readSet('fixture', 'tests/fixtures/achievements', 'fixtures/achievements/'),
  readSet('basic', 'tests/fixtures/basic', 'fixtures/basic/'),
  // The labels and titles issue 13 saw broken or cut (phrases, “ at the start, 7-character 3D labels).
  readSet('typeset', 'tests/fixtures/typeset', 'fixtures/typeset/'),
  readSet('content', 'content', undefined),
  ...exampleDirs.map((name) => readSet(`examples/${name}`, `examples/${name}`, `examples/${name}/`)),
].filter((set): set is ContentSetOnDisk => set !== null);

const ORIENTATIONS = [
  { name: 'landscape', width: 1920, height: 1080 },
  { name: 'portrait', width: 1080, height: 1920 },
] as const;

function sheetUrl(content: string | undefined): string {
  const query = new URLSearchParams({ now: OPEN_HOURS_NOW });
  if (content) query.set('content', content);
  return `/sheet/?${query.toString()}`;
}

async function openSheet(page: Page, content: string | undefined): Promise<SheetInfo> {
  await page.goto(sheetUrl(content));
  await page.waitForFunction(() => window.__sheet !== undefined);
  const info = await page.evaluate(() => window.__sheet!.ready);
  expect(info.problems.filter((p) => p.severity === 'error'), `${info.base} is valid`).toEqual([]);
  expect(info.state).toBe('ready');
  return info;
}

const show = (page: Page, sceneId: string) => page.evaluate((id) => window.__sheet!.show(id), sceneId);
const measure = (page: Page) => page.evaluate(() => window.__sheet!.measure());


/** What a section shows, read from the page in one go. */
function readSection(page: Page) {
  return page.evaluate(() => {
    const scene = document.querySelector('[data-scene-id]')!;
    return {
      title: scene.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
      figures: scene.querySelectorAll('[data-figure]').length,
      counts: [...scene.querySelectorAll('[data-final]')].map((c) => ({ final: c.getAttribute('data-final'), seen: c.querySelector('[data-value]')?.textContent ?? null })),
      source: scene.querySelector('[data-source]')?.textContent ?? '',
    };
  });
}

for (const set of SETS) {
  const scenes = set.playlist.scenes.filter((s) => s.kind === 'achievements');
  if (scenes.length === 0) continue;
  // One sheet load per set and orientation (the sheet mounts every scene afresh at each show), a
  // test per section on it: each within the default time-out however many sections a set has. The
  // orientations are describes of their own, so they run side by side.
  for (const orientation of ORIENTATIONS) test.describe(`${set.name} › ${orientation.name}`, () => {
    test.describe.configure({ mode: 'serial' });
    let page: Page;
    const errors: string[] = [];
    test.beforeAll(async ({ browser }, testInfo) => {
      page = await sharedPage(browser, testInfo, { viewport: { width: orientation.width, height: orientation.height } });
      page.on('pageerror', (error) => errors.push(error.message));
      await openSheet(page, set.content);
    });
    test.afterAll(async () => {
      await page?.context().close();
    });

    for (const entry of scenes) test(`${entry.id}: its figures and source, nothing cut, overlapping or under the bars`, async ({}, testInfo) => {
      const section = set.achievements?.sections.find((s) => s.id === entry.section);
      expect.soft(section, `section "${entry.section}" exists`).toBeTruthy();
      if (!section) return;
      const where = `${entry.id} (${orientation.name})`;
      await show(page, entry.id);

      const shown = await readSection(page);
      expect.soft(shown.title, `${where}: title`).toBe(section.title.replace(/\s+/g, ' ').trim());
      expect.soft(shown.figures, `${where}: figures`).toBe(section.figures.length);
      // Every number stands on its final value, written the way the report writes it.
      for (const { final, seen } of shown.counts) expect.soft(seen, `${where}: count-up of ${final}`).toBe(final);
      expect.soft(shown.counts.map((c) => c.final).sort(), `${where}: figures as the report writes them`).toEqual(section.figures.map((f) => figureText(f)).sort());
      // The source, with its date as people write it.
      expect.soft(shown.source, `${where}: source line`).toContain('来源：');
      const cited = section.figures[0]!.source ?? section.source;
      expect.soft(shown.source, `${where}: source date`).toContain(cited.date ? chineseDate(cited.date) : cited.period!);

      const report = await measure(page);
      const problems = report.findings.map(formatFinding);
      expect.soft(problems, `${where}: what the screen cuts, overlaps or hides`).toEqual([]);
      if (problems.length > 0 || process.env.SHEET_SHOTS) {
        await page.screenshot({ path: testInfo.outputPath(`${entry.id}-${orientation.name}.png`) });
      }
      expect(errors).toEqual([]);
    });
  });
}

/** Boxes of the scene's texts and figures, relative to the scene (the kiosk's frame drifts a few px). */
function sceneBoxes(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('[data-scene-id]')!;
    const origin = root.getBoundingClientRect();
    return [...root.querySelectorAll('*')]
      .filter((e) => {
        const style = getComputedStyle(e);
        const own = [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
        return style.visibility !== 'hidden' && style.display !== 'none' && (own || e.hasAttribute('data-figure') || e.hasAttribute('data-source'));
      })
      .map((e) => {
        const r = e.getBoundingClientRect();
        const round = (n: number) => Math.round(n / 2) * 2; // sub-pixel layout differs by a pixel at most
        return `${e.tagName.toLowerCase()} 「${e.textContent?.trim().slice(0, 16)}」 ${round(r.x - origin.x)},${round(r.y - origin.y)} ${round(r.width)}×${round(r.height)} ${getComputedStyle(e).fontSize}`;
      });
  });
}

/** The bottom bars' height as the frame resolves --safe-bottom, in px. */
const safeBottom = (page: Page) =>
  page.evaluate(() => {
    const probe = document.createElement('div');
    probe.style.height = 'var(--safe-bottom)';
    document.querySelector('[data-scene-id]')!.append(probe);
    const px = probe.getBoundingClientRect().height;
    probe.remove();
    return px;
  });

test('the sheet lays a scene out as the kiosk does once its entry has played: same boxes, same bottom bars', async ({ page }) => {
  // Bars with many rows: sizes capped by the chart's height, which the bottom bars take from.
  const scene = 'eight-bars';
  await page.goto(kioskUrl({ scene, content: 'fixtures/achievements/' }));
  await settled(page, scene);
  const kiosk = await sceneBoxes(page);
  const kioskBars = await safeBottom(page);
  // With a visitor's touch the nav bar comes up and the bars are taller (the loop, not a preview).
  await page.goto(kioskUrl({ content: 'fixtures/achievements/', motion: 'reduce' }));
  await expect(page.locator('[data-scene-id][data-ready="true"]')).toHaveCount(1);
  await page.mouse.click(960, 300);
  await expect(page.locator('[data-nav-kind]').first()).toBeVisible();
  const kioskNavBars = await safeBottom(page);

  await openSheet(page, 'fixtures/achievements/');
  await show(page, scene);
  expect((await measure(page)).safeBottom).toBeCloseTo(kioskBars, 0);
  expect(await sceneBoxes(page)).toEqual(kiosk);
  await page.evaluate((id) => window.__sheet!.show(id, { interactive: true }), scene);
  expect((await measure(page)).safeBottom).toBeCloseTo(kioskNavBars, 0);
  expect(kioskNavBars).toBeGreaterThan(kioskBars);
});

test('the sheet sees a broken layout: text spilling, cut, clamped, off screen, under the bars, figures overlapping', async ({ page }) => {
  await openSheet(page, 'fixtures/achievements/');
  const kinds = async (scene: string, css: string): Promise<FindingKind[]> => {
    await page.evaluate((text) => {
      document.querySelector('style[data-broken]')?.remove();
      const style = Object.assign(document.createElement('style'), { textContent: text });
      style.dataset.broken = '';
      document.head.append(style);
    }, css);
    await show(page, scene);
    const report = await measure(page);
    return [...new Set(report.findings.map((f) => f.kind))];
  };
  // As laid out, the bars are clean; each breakage below is seen for what it is.
  expect(await kinds('eight-bars', '')).toEqual([]);
  expect(await kinds('eight-bars', '.bars .label { -webkit-line-clamp: unset; display: block; white-space: nowrap; width: 3em; min-width: 0; overflow: visible; }')).toContain('overflow');
  expect(await kinds('eight-bars', '.bars .label { display: block; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; width: 3em; min-width: 0; }')).toContain('ellipsis');
  expect(await kinds('eight-bars', '.bars .label { min-width: 0; width: 2.5em; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden; }')).toContain('clamped');
  // A label narrower than its phrases: 「雁江区」 breaks inside the word.
  expect(await kinds('eight-bars', '.bars .label { min-width: 0; width: 1.5em; }')).toContain('split-phrase');
  expect(await kinds('eight-bars', '.achievements .chart { overflow: hidden; max-height: 20vh; }')).toContain('clipped');
  expect(await kinds('funds', '.achievements h1 { transform: translateX(-60vw); }')).toContain('offscreen');
  // (The scene box ends above the bars, as the kiosk's frame grid does; a box run under them is seen.)
  expect(await kinds('funds', '[data-sheet-scene] { bottom: 0 !important; } .achievements { padding-bottom: 0 !important; }')).toContain('under-bars');
  expect(await kinds('eight-bars', '.achievements .chart { margin-bottom: -25vh; }')).toContain('under-source');
  expect(await kinds('eight-bars', '.bars [data-figure]:nth-child(2) { transform: translateY(-80%); }')).toContain('overlap');
  // Where a finding names its field, it is the field that text came from.
  await kinds('eight-bars', '.bars .label { display: block; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; width: 3em; min-width: 0; }');
  const cut = (await measure(page)).findings.find((f) => f.kind === 'ellipsis' && f.text.startsWith('雁江区'));
  expect(cut?.field).toEqual({ file: 'achievements.json', pointer: expect.stringMatching(/^\/sections\/\d+\/figures\/0\/label$/) });
});

/** Waits until the scene's entry has played out and nothing is animating any more. */
async function settled(page: Page, id: string): Promise<void> {
  const scene = page.locator(`[data-scene-id="${id}"][data-ready="true"]`);
  await expect(scene).toHaveCount(1);
  await expect(scene.locator('[data-entry="done"]')).toHaveCount(1);
  // The bars' own animations (the progress line fills over the scene's time) run on; only the scene's own have to end.
  await page.waitForFunction((sceneId) => {
    const root = document.querySelector(`[data-scene-id="${sceneId}"]`);
    return document.getAnimations().every((a) => {
      const target = (a.effect as KeyframeEffect | null)?.target;
      return a.playState !== 'running' || !target || !root?.contains(target);
    });
  }, id);
}

/** Records every distinct text each count-up shows, in order, from before the page starts. */
async function recordCountUps(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: Record<string, string[]> = {};
    (window as unknown as { __countUps: typeof seen }).__countUps = seen;
    const record = () => {
      for (const count of document.querySelectorAll('[data-final]')) {
        const key = count.getAttribute('data-final')!;
        const text = count.querySelector('[data-value]')?.textContent ?? '';
        const list = (seen[key] ??= []);
        if (list.at(-1) !== text) list.push(text);
      }
    };
    new MutationObserver(record).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

const countUps = (page: Page) => page.evaluate(() => (window as unknown as { __countUps: Record<string, string[]> }).__countUps);

test('numbers count up from zero, steadily, and stop exactly on the figure', async ({ page }) => {
  await recordCountUps(page);
  // On Playwright's clock: the count-up runs on the kiosk's frames, stepped at 60 a second however
  // busy the machine (on the real clock a starved page draws fewer of its steps).
  await openKioskAt(page, { scene: 'services', content: 'fixtures/achievements/' });
  await page.clock.runFor(3_000);
  await settled(page, 'services');
  const seen = await countUps(page);
  const people = seen['2000余人次']!;
  // 「余」 is true of the final value only: no frame before it carries the word.
  expect(people[0]).toBe('0人次');
  expect(people.at(-1)).toBe('2000余人次');
  expect(people.slice(0, -1).every((t) => !t.includes('余'))).toBe(true);
  expect(people.length).toBeGreaterThan(8);
  const values = people.map((t) => Number.parseFloat(t));
  expect(values).toEqual([...values].sort((a, b) => a - b));
  // 5万 has no meaningful steps at its scale (no 「0.3万」 the source never said): it stands at 5万 throughout.
  expect(seen['5万元']).toEqual(['5万元']);
});

test('with reduced motion every number stands at its final value from the start and nothing moves', async ({ page }) => {
  await recordCountUps(page);
  for (const id of ['services', 'funds', 'honours']) {
    await page.goto(kioskUrl({ scene: id, content: 'fixtures/achievements/', motion: 'reduce' }));
    const scene = page.locator(`[data-scene-id="${id}"][data-ready="true"]`);
    await expect(scene).toHaveCount(1);
    // Right when the scene is ready, not after an animation.
    const atReady = await scene.locator('[data-final]').evaluateAll((counts) =>
      counts.map((c) => [c.getAttribute('data-final'), c.querySelector('[data-value]')?.textContent]),
    );
    expect(atReady.length).toBeGreaterThan(0);
    for (const [final, seen] of atReady) expect(seen).toBe(final);
    const moving = await page.evaluate(() =>
      document
        .getAnimations()
        .filter((a) => (a.effect as KeyframeEffect | null)?.getKeyframes().some((k) => k.transform !== undefined && k.transform !== 'none')).length,
    );
    expect(moving, 'animations that move something').toBe(0);
    await expect(scene.locator('[data-entry="done"]')).toHaveCount(1);
    // No number ever showed anything but its final value.
    const seen = await countUps(page);
    for (const [final, texts] of Object.entries(seen)) expect(texts, final).toEqual([final]);
  }
});

/** The 3D-loss fixture's scene duration. */
const SCENE_MS = 10_000;

test('a lost WebGL context shows the figures flat, the loop goes on, and 3D returns when restored', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // On Playwright's clock, paused: the loop's two 10 s scenes change when the clock jumps a scene
  // on (a jump, not a run: no thousand software-rendered 3D frames on the way).
  await openKioskAt(page, { content: 'fixtures/achievements-3d-loss/' });
  const columns = page.locator('[data-scene-id="columns"][data-ready="true"]');
  await expect(columns.locator('[data-three="live"]')).toHaveCount(1);

  await page.evaluate(() => {
    const lose = window.__kioskThree!.context()!.getExtension('WEBGL_lose_context')!;
    // Kept: a lost context hands out no extensions.
    (window as unknown as { __lose: WEBGL_lose_context }).__lose = lose;
    lose.loseContext();
  });
  await expect(columns.locator('[data-three="flat"]')).toHaveCount(1);
  await expect(columns.locator('[data-three="flat"] [data-figure]')).toHaveCount(3);
  await expect(columns.locator('canvas')).toHaveCount(0);

  // The loop carries on to the next scene and back, still flat while the context is lost.
  await page.clock.fastForward(SCENE_MS);
  await expect(page.locator('[data-scene-id="steps"][data-ready="true"]')).toHaveCount(1);
  await page.clock.fastForward(SCENE_MS);
  await expect(columns.locator('[data-three="flat"]')).toHaveCount(1);

  await page.evaluate(() => (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext());
  await expect(columns.locator('[data-three="live"]')).toHaveCount(1);
  await expect(columns.locator('canvas')).toHaveCount(1);
  await page.waitForFunction(() => window.__kioskThree?.info().lost === false);
  expect(await page.evaluate(() => window.__kioskThree!.info().contexts)).toBe(1);
  expect(errors).toEqual([]);
});
