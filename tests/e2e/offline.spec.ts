// Offline first: once installed, the kiosk starts and loops with the server gone, after a reload
// and after a cold start of the browser.
import { chromium, expect, test, type Page } from '@playwright/test';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitForServiceWorker } from '../../scripts/lib/service-worker.ts';
import { CHROMIUM_ARGS, startServer } from './server.ts';

// The default content (it has portraits), on a Tuesday morning when the palace is open.
const QUERY = '?now=2026-11-24T10:00:00%2B08:00&speed=10';

const ready = (page: Page) => expect(page.locator('[data-scene-id][data-ready="true"]')).toHaveCount(1);

test('with the server gone, a reload and a cold browser start still show the loop', async () => {
  test.setTimeout(90_000);
  const profile = await mkdtemp(join(tmpdir(), 'kiosk-profile-'));
  const server = await startServer(4391);
  const launch = () => chromium.launchPersistentContext(profile, { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS, viewport: { width: 1280, height: 720 }, timezoneId: 'Asia/Shanghai' });
  try {
    let context = await launch();
    let page = context.pages()[0] ?? (await context.newPage());
    await page.goto(server.url + QUERY);
    await ready(page);
    await waitForServiceWorker(page);
    // The kiosk keeps the content's media for offline by itself, shortly after loading it.
    const portrait = JSON.parse(await readFile('content/workers.json', 'utf8')).workers.find((w: { portrait?: string }) => w.portrait).portrait as string;
    await expect.poll(() => page.evaluate(async (url) => (await caches.match(url)) !== undefined, `${server.url}content/${portrait}`)).toBe(true);
    const version = await page.locator('html').getAttribute('data-content-version');

    await server.stop();
    const offline = await fetch(server.url).then(() => 'up', () => 'down');
    expect(offline).toBe('down');

    await page.reload();
    await ready(page);
    await expect(page.locator('html')).toHaveAttribute('data-content-version', version!);
    await expect(page.locator('html')).toHaveAttribute('data-kiosk-mode', 'attract');
    expect(await page.evaluate(async (url) => (await fetch(url)).ok, `content/${portrait}`)).toBe(true);
    // the loop goes on
    const first = await page.locator('[data-scene-id]').getAttribute('data-scene-id');
    await expect(page.locator('[data-scene-id]')).not.toHaveAttribute('data-scene-id', first!, { timeout: 5_000 });

    await context.close();
    context = await launch();
    page = context.pages()[0] ?? (await context.newPage());
    const started = Date.now();
    await page.goto(server.url + QUERY);
    await ready(page);
    console.log(`cold offline start to first ready scene: ${Date.now() - started} ms`);
    await expect(page.locator('html')).toHaveAttribute('data-content-version', version!);
    await context.close();
  } finally {
    await server.stop();
    await rm(profile, { recursive: true, force: true });
  }
});
