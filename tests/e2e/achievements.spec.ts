// Achievements scenes as a visitor sees them: every scene of every content set renders its figures
// in both orientations without anything spilling out; numbers count up (or, with reduced motion,
// simply stand there); the 3D scene survives a lost WebGL context. (That 3D scenes give their GPU
// memory back over many loops is tested in leak.spec.ts.)
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { kioskUrl } from './kiosk.ts';
import { figureText } from '../../src/format/numbers.ts';
import { chineseDate } from '../../src/format/text.ts';
import type { Achievements, Playlist } from '../../src/content/schema.ts';

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
  readSet('content', 'content', undefined),
  ...exampleDirs.map((name) => readSet(`examples/${name}`, `examples/${name}`, `examples/${name}/`)),
].filter((set): set is ContentSetOnDisk => set !== null);

const ORIENTATIONS = [
  { name: 'landscape', width: 1920, height: 1080 },
  { name: 'portrait', width: 1080, height: 1920 },
] as const;

/** Waits until the scene's entry has played out and nothing is animating any more. */
async function settled(page: Page, id: string): Promise<void> {
  const scene = page.locator(`[data-scene-id="${id}"][data-ready="true"]`);
  await expect(scene).toHaveCount(1);
  await expect(scene.locator('[data-entry="done"]')).toHaveCount(1);
  // The notice ticker scrolls for ever; only the scene's own animations have to end.
  await page.waitForFunction((sceneId) => {
    const root = document.querySelector(`[data-scene-id="${sceneId}"]`);
    return document.getAnimations().every((a) => {
      const target = (a.effect as KeyframeEffect | null)?.target;
      return a.playState !== 'running' || !target || !root?.contains(target);
    });
  }, id);
}

/**
 * Text that does not fit: a box whose content is wider than the box (unless it is cut with an
 * ellipsis on purpose and carries its full text in a title), or text outside the screen.
 */
function overflowingText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.querySelector('[data-scene-id]');
    if (!root) return ['no scene on screen'];
    const screen = { width: innerWidth, height: innerHeight };
    const problems: string[] = [];
    for (const element of root.querySelectorAll<HTMLElement | SVGElement>('*')) {
      const text = element.textContent?.trim() ?? '';
      if (!text) continue;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      const describe = `${element.tagName.toLowerCase()}.${String(element.getAttribute('class') ?? '').split(' ')[0]} 「${text.slice(0, 24)}」`;
      if (element instanceof HTMLElement && style.display !== 'inline' && element.scrollWidth > element.clientWidth + 1) {
        const cutOnPurpose = style.textOverflow === 'ellipsis' && element.title.length > 0;
        if (!cutOnPurpose) problems.push(`${describe} is ${element.scrollWidth}px wide in a ${element.clientWidth}px box`);
      }
      const ownText = [...element.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
      if (!ownText) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.left < -1 || box.top < -1 || box.right > screen.width + 1 || box.bottom > screen.height + 1) {
        problems.push(`${describe} is outside the screen (${Math.round(box.left)},${Math.round(box.top)}–${Math.round(box.right)},${Math.round(box.bottom)})`);
      }
    }
    // Figures must not run into each other or under the source line (the 3D chart's labels sit
    // over the canvas and are checked by their own text above).
    // What of an element can be seen: its box cut by every ancestor (up to the figure) that clips.
    const clipped = (element: Element, figure: Element) => {
      const r = element.getBoundingClientRect();
      let left = r.left, top = r.top, right = r.right, bottom = r.bottom;
      for (let parent = element.parentElement; parent && parent !== figure.parentElement; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflow === 'visible') continue;
        const p = parent.getBoundingClientRect();
        left = Math.max(left, p.left); top = Math.max(top, p.top); right = Math.min(right, p.right); bottom = Math.min(bottom, p.bottom);
      }
      return { left, top, right, bottom, width: Math.max(0, right - left), height: Math.max(0, bottom - top) };
    };
    // A figure's extent is what it draws, not its box: content can spill out of a squeezed row.
    // Inline boxes are left out: they span the font's whole ascent and descent, beyond the glyphs
    // (their block parents stand for them); so are hidden elements.
    const drawn = (figure: Element) => {
      const boxes = [figure, ...figure.querySelectorAll('*')]
        .filter((e) => {
          const style = getComputedStyle(e);
          return style.display !== 'inline' && style.visibility !== 'hidden';
        })
        .map((e) => clipped(e, figure))
        .filter((r) => r.width > 0 && r.height > 0);
      const union = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity, height: 0 };
      for (const r of boxes) {
        union.left = Math.min(union.left, r.left);
        union.top = Math.min(union.top, r.top);
        union.right = Math.max(union.right, r.right);
        union.bottom = Math.max(union.bottom, r.bottom);
      }
      union.height = boxes.length ? union.bottom - union.top : 0;
      return union;
    };
    const figures = [...root.querySelectorAll('[data-figure]')].map((f) => ({ text: f.textContent?.trim().slice(0, 16) ?? '', box: drawn(f) }));
    const source = root.querySelector('[data-source]')?.getBoundingClientRect();
    for (const [i, a] of figures.entries()) {
      if (a.box.height === 0) continue;
      for (const b of figures.slice(i + 1)) {
        const overlapX = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const overlapY = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        if (overlapX > 2 && overlapY > 2) problems.push(`figure 「${a.text}」 overlaps 「${b.text}」`);
      }
      if (source && a.box.bottom > source.top + 2) problems.push(`figure 「${a.text}」 runs under the source line`);
    }
    return problems;
  });
}

for (const set of SETS) {
  const scenes = set.playlist.scenes.filter((s) => s.kind === 'achievements');
  for (const entry of scenes) {
    test(`${set.name} › ${entry.id}: shows its figures and source in both orientations, nothing spilling out`, async ({ page }, testInfo) => {
      const section = set.achievements?.sections.find((s) => s.id === entry.section);
      expect(section, `section "${entry.section}" exists`).toBeTruthy();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));

      for (const orientation of ORIENTATIONS) {
        await page.setViewportSize({ width: orientation.width, height: orientation.height });
        await page.goto(kioskUrl({ scene: entry.id, content: set.content }));
        await settled(page, entry.id);
        const scene = page.locator(`[data-scene-id="${entry.id}"]`);

        await expect(scene.locator('h1')).toHaveText(section!.title);
        await expect(scene.locator('[data-figure]')).toHaveCount(section!.figures.length);
        // Every number has landed on its final value, written the way the report writes it.
        const shown = await scene.locator('[data-final]').evaluateAll((counts) =>
          counts.map((c) => ({ final: c.getAttribute('data-final'), seen: c.querySelector('[data-value]')?.textContent })),
        );
        for (const { final, seen } of shown) expect(seen).toBe(final);
        expect(shown.map((s) => s.final).sort()).toEqual(section!.figures.map((f) => figureText(f)).sort());
        // The source, with its date as people write it.
        const source = scene.locator('[data-source]');
        await expect(source).toContainText('来源：');
        await expect(source).toContainText(chineseDate((section!.figures[0]!.source ?? section!.source).date));

        expect(await overflowingText(page), `${orientation.name}: text that does not fit`).toEqual([]);
        await page.screenshot({ path: testInfo.outputPath(`${entry.id}-${orientation.name}.png`) });
      }
      expect(errors).toEqual([]);
    });
  }
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
  await page.goto(kioskUrl({ scene: 'services', content: 'fixtures/achievements/' }));
  await settled(page, 'services');
  const seen = await countUps(page);
  const people = seen['2000余人次']!;
  expect(people[0]).toBe('0余人次');
  expect(people.at(-1)).toBe('2000余人次');
  expect(people.length).toBeGreaterThan(8);
  const values = people.map((t) => Number.parseFloat(t));
  expect(values).toEqual([...values].sort((a, b) => a - b));
  // 0 → 5万 counts in tenths of 万, never switching from 9999 to 1万 on the way.
  expect(seen['5万元']!.every((t) => t.endsWith('万元'))).toBe(true);
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

test('a lost WebGL context shows the figures flat, the loop goes on, and 3D returns when restored', async ({ page }) => {
  test.setTimeout(90_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // Scenes of 10 s at ?speed=2: 5 s each.
  await page.goto(kioskUrl({ content: 'fixtures/achievements-3d-loss/', speed: 2 }));
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
  await expect(page.locator('[data-scene-id="steps"][data-ready="true"]')).toHaveCount(1);
  await expect(columns.locator('[data-three="flat"]')).toHaveCount(1, { timeout: 20_000 });

  await page.evaluate(() => (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext());
  await expect(columns.locator('[data-three="live"]')).toHaveCount(1);
  await expect(columns.locator('canvas')).toHaveCount(1);
  await page.waitForFunction(() => window.__kioskThree?.info().lost === false);
  expect(await page.evaluate(() => window.__kioskThree!.info().contexts)).toBe(1);
  expect(errors).toEqual([]);
});
