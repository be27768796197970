// The kiosk left alone at real speed (no `?speed=`, no fake clock) on this GPU-less machine, with the
// CPU slowed further by DevTools: the whole bundled loop, in each orientation, must play through and
// come round again with no reload, no console error and no error screen. This is what an installer
// sees in the first minutes; `npm run bench` runs the hour-long version over every bundled set.
import { expect, test, type Page } from '@playwright/test';
import { cpSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { kioskUrl } from './kiosk.ts';

const FIXTURES = join('tests', 'fixtures', 'runtime');
/** Real seconds each scene plays: the bundled loop's order and content, shorter, so a whole loop fits. */
const SCENE_SECONDS = 8;
const CPU_SLOWDOWN = 2;

/** The bundled content with every scene shortened; written to a temporary folder, then renamed. */
function writeShortLoop(name: string): { content: string; ids: string[]; kinds: Set<string> } {
  const target = join(FIXTURES, name);
  const temporary = `${target}.tmp-${process.pid}`;
  rmSync(temporary, { recursive: true, force: true });
  rmSync(target, { recursive: true, force: true });
  mkdirSync(FIXTURES, { recursive: true });
  cpSync('content', temporary, { recursive: true });
  const playlist = JSON.parse(readFileSync(join(temporary, 'playlist.json'), 'utf8')) as { $schema?: string; scenes: { id: string; kind: string; duration: number }[] };
  playlist.$schema = '../../../../content/schema/playlist.schema.json';
  for (const scene of playlist.scenes) scene.duration = SCENE_SECONDS;
  writeFileSync(join(temporary, 'playlist.json'), JSON.stringify(playlist, null, 2));
  renameSync(temporary, target);
  return { content: `fixtures/runtime/${name}/`, ids: playlist.scenes.map((s) => s.id), kinds: new Set(playlist.scenes.map((s) => s.kind)) };
}

/** Everything that would tell an installer something is wrong, recorded from the first request. */
function watch(page: Page) {
  const problems: string[] = [];
  let loads = 0;
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('load', () => (loads += 1));
  return { problems, loads: () => loads };
}

for (const screen of [
  { name: 'landscape', width: 1920, height: 1080 },
  { name: 'portrait', width: 1080, height: 1920 },
]) {
  test(`${screen.name}: a whole loop at real speed on a slow CPU, no reload, no error`, async ({ page }) => {
    const { content, ids, kinds } = writeShortLoop(`realtime-${screen.name}`);
    test.setTimeout((ids.length + 2) * SCENE_SECONDS * 1000 * 2 + 60_000);
    await page.setViewportSize({ width: screen.width, height: screen.height });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const seen = watch(page);
    // Inside the default content's opening hours (a Tuesday morning); the clock runs on in real time.
    await page.goto(kioskUrl({ content, now: '2026-11-24T10:00:00+08:00' }));

    // Every scene of the loop becomes ready in turn, then the first comes round again.
    const drawnKinds = new Set<string>();
    for (const id of [...ids, ids[0]!]) {
      const scene = page.locator(`[data-scene-id="${id}"][data-ready="true"]`);
      await expect(scene, `scene ${id} shown in turn`).toHaveCount(1, { timeout: SCENE_SECONDS * 1000 * 3 });
      drawnKinds.add((await scene.getAttribute('data-scene-kind')) ?? '');
      await expect(page.locator('html')).not.toHaveAttribute('data-kiosk-mode', 'error');
    }

    expect([...drawnKinds].sort()).toEqual([...kinds].sort());
    expect(seen.loads(), 'page loads (1 = no reload)').toBe(1);
    expect(seen.problems).toEqual([]);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  });
}
