// A new app version deployed while the kiosk runs is found by its periodic check and takes over
// at a scene boundary: once, with no reload loop and nothing the running page asked for failing.
import { expect, test, type Request } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { waitForServiceWorker } from '../../scripts/lib/service-worker.ts';
import { sidePort, startServer } from './server.ts';

const RUNTIME = 'tests/fixtures/runtime';
/** What the server serves: a link to one build, swapped in one step (rename) to deploy the next. */
const SERVED = join(RUNTIME, 'update-dist');
const FIRST_BUILD = join(RUNTIME, 'update-first');
const NEXT_BUILD = join(RUNTIME, 'update-next');
const CONTENT = join(RUNTIME, 'update-content');
// A private server of its own; two beside the suite's port unless UPDATE_PORT says otherwise.
const PORT = Number(process.env.UPDATE_PORT ?? sidePort(2));

/** Makes `target` by writing a folder aside and moving it in place. */
async function writeAtomically(target: string, write: (dir: string) => Promise<void> | void): Promise<void> {
  const dir = await mkdtemp(`${target}.tmp-`);
  await write(dir);
  await rm(target, { recursive: true, force: true });
  await rename(dir, target);
}

/** Points `link` at `folder` in one step: the server never sees half a build, or none. */
async function pointAt(link: string, folder: string): Promise<void> {
  const next = `${link}.next-${process.pid}`;
  await rm(next, { force: true });
  await symlink(resolve(folder), next, 'dir');
  await rename(next, link);
}

test('a second build deployed while running takes over at a scene boundary', async ({ page }) => {
  test.setTimeout(120_000);
  await mkdir(RUNTIME, { recursive: true });
  await writeAtomically(FIRST_BUILD, (dir) => cp(process.env.KIOSK_DIST ?? 'dist', dir, { recursive: true }));
  await writeAtomically(NEXT_BUILD, (dir) => {
    execFileSync('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', dir, '--emptyOutDir'], { env: { ...process.env, KIOSK_APP_VERSION: 'next-version' }, stdio: 'inherit' });
  });
  // Content that checks for updates every 10 s: at speed 10, once a second.
  await writeAtomically(CONTENT, async (dir) => {
    await cp('tests/fixtures/basic', dir, { recursive: true });
    const site = JSON.parse(await readFile(join(dir, 'site.json'), 'utf8'));
    await writeFile(join(dir, 'site.json'), JSON.stringify({ ...site, updateCheckSeconds: 10 }));
  });
  await rm(SERVED, { recursive: true, force: true });
  await pointAt(SERVED, FIRST_BUILD);

  const server = await startServer(PORT, { dist: SERVED });
  // Every request belongs to the document that made it: the one committed when it started. A
  // request of a document the update's reload unloaded is cut short with it (a content poll, a
  // picture check: net::ERR_ABORTED): that is the reload, not a failure. Anything else that fails,
  // any 4xx/5xx answer and any page error is one: an update must never break what the page asked for.
  let documents = 0;
  const madeBy = new Map<Request, number>();
  const failedRequests: Request[] = [];
  const failed: string[] = [];
  // A document commits when the main frame navigates after a navigation request (the kiosk's
  // pushState is a navigation within the same document, with no request).
  let loading = false;
  page.on('framenavigated', (frame) => {
    if (frame !== page.mainFrame() || !loading) return;
    loading = false;
    documents += 1;
  });
  page.on('request', (r) => {
    if (r.isNavigationRequest() && r.frame() === page.mainFrame()) loading = true;
    madeBy.set(r, documents);
  });
  page.on('requestfailed', (r) => failedRequests.push(r));
  const cutByReload = (r: Request) => !r.isNavigationRequest() && (madeBy.get(r) ?? documents) < documents && r.failure()?.errorText === 'net::ERR_ABORTED';
  page.on('response', (r) => r.status() >= 400 && failed.push(`${r.url()} ${r.status()}`));
  page.on('pageerror', (e) => failed.push(e.message));
  // Document loads, not history entries (the kiosk pins its history with pushState).
  let loads = 0;
  page.on('load', () => loads++);
  // Scenes shown by this document (counted afresh after each load).
  await page.addInitScript(() => {
    const seen = { boundaries: 0 };
    (window as unknown as { __scenes: typeof seen }).__scenes = seen;
    new MutationObserver((records) => {
      if (records.some((r) => r.attributeName === 'data-scene-id' && (r.target as Element).getAttribute('data-scene-id'))) seen.boundaries++;
    }).observe(window.document, { subtree: true, attributes: true, attributeFilter: ['data-scene-id'] });
  });
  const boundaries = () => page.evaluate(() => (window as unknown as { __scenes: { boundaries: number } }).__scenes.boundaries);

  const workerStates = () =>
    page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      const state = (w: ServiceWorker | null | undefined) => w?.state ?? null;
      return {
        active: state(registration?.active),
        waiting: state(registration?.waiting),
        installing: state(registration?.installing),
        controlled: navigator.serviceWorker.controller !== null,
        scene: document.querySelector('[data-scene-id]')?.getAttribute('data-scene-id') ?? null,
        mode: document.documentElement.dataset.kioskMode,
      };
    });

  try {
    await page.goto(`${server.url}?content=fixtures/runtime/update-content/&now=2026-11-23T10:00:00%2B08:00&speed=10`);
    await expect(page.locator('[data-scene-id][data-ready="true"]')).toHaveCount(1);
    expect(await page.locator('html').getAttribute('data-app-version')).not.toBe('next-version');
    await waitForServiceWorker(page);
    const before = loads;

    // Deploy: the next build takes the first one's place on the server in one step.
    await pointAt(SERVED, NEXT_BUILD);

    await expect(page.locator('html'))
      .toHaveAttribute('data-app-version', 'next-version', { timeout: 60_000 })
      .catch(async (error: unknown) => {
        // Say where the hand-over stopped: no new worker found, installing, waiting for a boundary.
        test.info().annotations.push({ type: 'service worker', description: JSON.stringify(await workerStates()) });
        throw error;
      });
    await expect(page.locator('[data-scene-id][data-ready="true"]')).toHaveCount(1);
    expect(loads - before, 'one reload').toBe(1);

    // No reload loop: the new worker is in charge and an update check of our own finds nothing
    // newer; then two scene boundaries go by, where a waiting update would take over.
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    const workers = await workerStates();
    expect(workers).toMatchObject({ active: 'activated', waiting: null, installing: null, controlled: true });
    await expect.poll(boundaries, { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
    await expect(page.locator('html')).toHaveAttribute('data-app-version', 'next-version');
    expect(loads - before, 'still one reload').toBe(1);
    const broken = failedRequests.filter((r) => !cutByReload(r)).map((r) => `${r.url()} ${r.failure()?.errorText}`);
    expect([...broken, ...failed]).toEqual([]);
  } finally {
    await server.stop();
  }
});
