// A new app version deployed while the kiosk runs is found by its periodic check and takes over
// at a scene boundary: once, with no reload loop and no chunk that fails to load.
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { waitForServiceWorker } from '../../scripts/lib/service-worker.ts';
import { startServer } from './server.ts';

const RUNTIME = 'tests/fixtures/runtime';
const SERVED = join(RUNTIME, 'update-dist');
const NEXT_BUILD = join(RUNTIME, 'update-next');

test('a second build deployed while running takes over at a scene boundary', async ({ page }) => {
  test.setTimeout(120_000);
  await rm(SERVED, { recursive: true, force: true });
  await mkdir(RUNTIME, { recursive: true });
  await cp(process.env.KIOSK_DIST ?? 'dist', SERVED, { recursive: true });
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { env: { ...process.env, KIOSK_DIST: NEXT_BUILD, KIOSK_APP_VERSION: 'next-version' }, stdio: 'inherit' });

  // Content that checks for updates every 10 s: at speed 10, once a second.
  const content = join(RUNTIME, 'update-content');
  await rm(content, { recursive: true, force: true });
  await cp('tests/fixtures/basic', content, { recursive: true });
  const site = JSON.parse(await readFile(join(content, 'site.json'), 'utf8'));
  await writeFile(join(content, 'site.json'), JSON.stringify({ ...site, updateCheckSeconds: 10 }));

  const server = await startServer(4392, { dist: SERVED });
  const failed: string[] = [];
  // A fetch cut short by the reload itself (a content poll in flight) is aborted, not missing;
  // a file that is missing answers 404, which is what an update must never cause.
  page.on('requestfailed', (r) => r.failure()?.errorText !== 'net::ERR_ABORTED' && failed.push(`${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => r.status() >= 400 && failed.push(`${r.url()} ${r.status()}`));
  page.on('pageerror', (e) => failed.push(e.message));
  // Document loads, not history entries (the kiosk pins its history with pushState).
  let navigations = 0;
  page.on('load', () => navigations++);
  try {
    await page.goto(`${server.url}?content=fixtures/runtime/update-content/&now=2026-11-23T10:00:00%2B08:00&speed=10`);
    await expect(page.locator('[data-scene-id][data-ready="true"]')).toHaveCount(1);
    const firstVersion = await page.locator('html').getAttribute('data-app-version');
    expect(firstVersion).not.toBe('next-version');
    await waitForServiceWorker(page);
    const before = navigations;

    // Deploy: the new build replaces the old one on the server, as an installer would copy it.
    await rm(SERVED, { recursive: true, force: true });
    await cp(NEXT_BUILD, SERVED, { recursive: true });

    await expect(page.locator('html')).toHaveAttribute('data-app-version', 'next-version', { timeout: 30_000 });
    await expect(page.locator('[data-scene-id][data-ready="true"]')).toHaveCount(1);
    expect(navigations - before).toBe(1); // one reload, no loop
    await page.waitForTimeout(3_000);
    expect(navigations - before).toBe(1);
    expect(failed).toEqual([]);
  } finally {
    await server.stop();
  }
});
