// Offline first: once installed, the kiosk starts and loops with the server gone, after a reload
// and after a cold start of the browser. The page's clock runs (the service worker needs the
// page's heartbeats) and the test jumps it ahead where it would wait for the loop.
//
// A running page clock runs every animation frame it missed when the page falls behind, so a
// scene that draws every frame (the default content opens with a 3D chart) slows a loaded machine
// more and more. So the kiosk is installed before opening time (night: nothing drawn) and the
// test jumps over the 3D scene as soon as it is on screen.
import { chromium, expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitForServiceWorker } from '../../scripts/lib/service-worker.ts';
import { installClock } from './kiosk.ts';
import { CHROMIUM_ARGS, sidePort, startServer } from './server.ts';

// The default content (it has portraits), on a Tuesday morning ten minutes before it opens at 09:00.
const BEFORE_OPENING = '2026-11-24T08:50:00+08:00';
const TO_OPENING = '10:00';
const OPEN = '2026-11-24T10:00:00+08:00';

const ready = (page: Page) => expect(page.locator('[data-scene-id][data-ready="true"]')).toHaveCount(1);
const scenes = JSON.parse(readFileSync('content/playlist.json', 'utf8')).scenes as { id: string; duration: number }[];

/**
 * Jumps the page's clock over the scene on screen (not frame by frame: the 3D scene would draw
 * every frame of it) and waits for the next one; returns its id.
 */
async function nextScene(page: Page): Promise<string> {
  const scene = page.locator('[data-scene-id]');
  const current = await scene.getAttribute('data-scene-id');
  await page.clock.fastForward(scenes.find((s) => s.id === current)!.duration * 1000);
  await expect(scene).not.toHaveAttribute('data-scene-id', current!);
  await ready(page);
  return (await scene.getAttribute('data-scene-id'))!;
}

test('with the server gone, a reload and a cold browser start still show the loop', async () => {
  test.setTimeout(90_000);
  const profile = await mkdtemp(join(tmpdir(), 'kiosk-profile-'));
  // Its own server next to the suite's (E2E_PORT), so parallel runs on one machine do not collide.
  const server = await startServer(sidePort(1));
  const launch = () => chromium.launchPersistentContext(profile, { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS, viewport: { width: 1280, height: 720 }, timezoneId: 'Asia/Shanghai' });
  try {
    let context = await launch();
    let page = context.pages()[0] ?? (await context.newPage());
    await installClock(page, BEFORE_OPENING, { running: true });
    await page.goto(server.url);
    await expect(page.locator('html')).toHaveAttribute('data-kiosk-mode', 'night');
    await waitForServiceWorker(page);
    await page.clock.fastForward(TO_OPENING);
    await ready(page);
    // The worker keeps the media the kiosk shows: the loop goes on to the gallery and its portraits.
    // (The kiosk's own warm-up of media at load runs before a first install controls the page.)
    const kind = () => page.locator('[data-scene-id]').getAttribute('data-scene-kind');
    for (let i = 0; i < scenes.length && (await kind()) !== 'gallery'; i++) await nextScene(page);
    expect(await kind()).toBe('gallery');
    const portrait = JSON.parse(await readFile('content/workers.json', 'utf8')).workers.find((w: { portrait?: string }) => w.portrait).portrait as string;
    await expect.poll(() => page.evaluate(async (url) => (await caches.match(url)) !== undefined, `${server.url}content/${portrait}`)).toBe(true);
    const version = await page.locator('html').getAttribute('data-content-version');

    await server.stop();
    const offline = await fetch(server.url).then(() => 'up', () => 'down');
    expect(offline).toBe('down');

    await page.reload();
    await ready(page);
    await nextScene(page); // the loop goes on
    await expect(page.locator('html')).toHaveAttribute('data-content-version', version!);
    await expect(page.locator('html')).toHaveAttribute('data-kiosk-mode', 'attract');
    expect(await page.evaluate(async (url) => (await fetch(url)).ok, `content/${portrait}`)).toBe(true);

    await context.close();
    context = await launch();
    page = context.pages()[0] ?? (await context.newPage());
    await installClock(page, OPEN, { running: true });
    const started = Date.now();
    await page.goto(server.url);
    await ready(page);
    console.log(`cold offline start to first ready scene: ${Date.now() - started} ms`);
    await expect(page.locator('html')).toHaveAttribute('data-content-version', version!);
    await context.close();
  } finally {
    await server.stop();
    await rm(profile, { recursive: true, force: true });
  }
});
