// Checks shared by the Node server's and nginx's end-to-end specs: the security headers of
// scripts/lib/headers.mjs on every kind of response, dotfiles refused, the kiosk running under the
// policy as a header, and a hostile SVG in a content folder running none of its script.
import { expect, type Page } from '@playwright/test';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { COMMON_HEADERS, securityHeaders, type ResponseKind } from '../../scripts/lib/headers.mjs';
import { waitForServiceWorker } from '../../scripts/lib/service-worker.ts';

const MARK = 'hostile-svg-ran';
// Inline script, and a same-origin script file: the app's own policy (script-src 'self') would stop
// the first but not the second; only the sandbox stops both.
const HOSTILE_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="red"/><script>console.log('${MARK}:inline')</script><script href="hostile.js"/></svg>`;

/** Writes into a content folder an SVG with script in media/ and dotfiles staff's tools leave behind. */
export function writeHostileFiles(folder: string): void {
  const files: Record<string, string> = {
    'media/hostile.svg': HOSTILE_SVG,
    'media/hostile.js': `console.log('${MARK}:external')`,
    'media/.DS_Store': 'finder',
    '.secret.txt': 'password',
    '.git/config': '[core]',
  };
  for (const [name, text] of Object.entries(files)) {
    const path = join(folder, name);
    mkdirSync(dirname(path), { recursive: true });
    // Each Playwright worker writes them: by rename, so a request never sees a half-written file.
    writeFileSync(`${path}-${process.pid}.tmp`, text);
    renameSync(`${path}-${process.pid}.tmp`, path);
  }
}

/** The URL path of the first portrait in the default content (content/workers.json). */
export function defaultPortrait(): string {
  const workers = JSON.parse(readFileSync('content/workers.json', 'utf8')) as { workers: { portrait?: string }[] };
  return `/content/${workers.workers.find((w) => w.portrait)!.portrait}`;
}

function expectHeaders(response: Response, kind: ResponseKind, what: string): void {
  for (const [name, value] of securityHeaders(kind)) expect(response.headers.get(name), `${name} on ${what}`).toBe(value);
}

/**
 * Every kind of response carries the headers: page, hashed asset, worker, content JSON, media,
 * 404, 304; dotfiles are 404s. `hostile`: URL paths of folders writeHostileFiles filled.
 */
export async function checkResponses(base: string, hostileFolders: [string, ...string[]]): Promise<void> {
  const [hostile] = hostileFolders;
  const get = async (path: string, kind: ResponseKind, status = 200, headers: Record<string, string> = {}) => {
    const response = await fetch(base + path, { headers });
    expect(response.status, path).toBe(status);
    expectHeaders(response, kind, `${path} (${status})`);
    return response;
  };
  const page = await get('/', 'app');
  const asset = /src="(\/assets\/[^"]+\.js)"/.exec(await page.text())![1]!;
  await get(asset, 'app');
  await get('/sw.js', 'app');
  await get('/manifest.webmanifest', 'app');
  await get('/content/site.json', 'content');
  await get('/examples/cuiping/site.json', 'content');
  const portrait = await get(defaultPortrait(), 'content');
  expect(portrait.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
  expect((await get(`${hostile}media/hostile.svg`, 'content')).headers.get('content-security-policy')).toMatch(/^sandbox;/);
  await get('/content/nothing.json', 'content', 404);
  await get('/assets/nothing.js', 'app', 404);
  for (const [path, kind] of [['/', 'app'], ['/content/site.json', 'content'], [defaultPortrait(), 'content']] as const) {
    const etag = (await fetch(base + path)).headers.get('etag')!;
    await get(path, kind, 304, { 'If-None-Match': etag });
  }
  // Refused, wherever they are; the 404 still carries the headers (which policy is the server's choice).
  const dotfiles = hostileFolders.flatMap((folder) => [`${folder}.secret.txt`, `${folder}.git/config`, `${folder}media/.DS_Store`, `${folder}%2Esecret.txt`]);
  for (const path of [...dotfiles, '/.env', '/assets/.hidden.js']) {
    const response = await fetch(base + path);
    expect(response.status, path).toBe(404);
    expect(await response.text()).not.toMatch(/password|\[core\]|finder/);
    for (const [name, value] of COMMON_HEADERS) expect(response.headers.get(name), `${name} on ${path}`).toBe(value);
    expect(response.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
  }
}

/** Records CSP violations (from the page) and console errors, from the first script on. */
function watchPolicy(page: Page): { violations: () => Promise<string[]>; errors: string[] } {
  const errors: string[] = [];
  // Chromium asks for /favicon.ico by itself; index.html names no icon, so that one 404 is not ours.
  page.on('console', (message) => message.type() === 'error' && !message.location().url.endsWith('/favicon.ico') && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  void page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return { errors, violations: () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations) };
}

/** The share of a portrait image's pixels that were drawn (a picture that failed to load draws none). */
const drawnPortrait = (page: Page) =>
  page.locator('[data-portrait="photo"] img').first().evaluate(async (img: HTMLImageElement) => {
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = 30;
    canvas.height = 40;
    const context = canvas.getContext('2d')!;
    context.drawImage(img, 0, 0, 30, 40);
    const alpha = context.getImageData(0, 0, 30, 40).data.filter((_, i) => i % 4 === 3);
    return alpha.filter((a) => a === 255).length / alpha.length;
  });

/**
 * The kiosk under the policy sent as a header: the gallery's SVG portraits draw (a sandbox policy on
 * an image does not stop <img>), the service worker installs and runs under the app's policy
 * (workbox needs no eval), and nothing is refused, before and after the worker takes over.
 */
export async function checkKioskUnderPolicy(page: Page, base: string, hostile: string): Promise<void> {
  const watch = watchPolicy(page);
  const ran = watchHostile(page);
  const kiosk = `${base}/?now=2026-11-24T10:00:00%2B08:00&scene=model-workers`;
  const response = await page.goto(kiosk);
  expect(response!.headers()['content-security-policy']).toBe(securityHeaders('app')[0]![1]);
  await expect(page.locator('[data-scene-id="model-workers"][data-ready="true"]')).toHaveCount(1);
  await expect.poll(() => drawnPortrait(page)).toBe(1);
  await waitForServiceWorker(page);
  expect(await watch.violations()).toEqual([]); // read before the reload below starts them afresh

  const [worker] = page.context().serviceWorkers();
  expect(worker, 'the service worker').toBeDefined();
  // The worker's policy is the one sent with sw.js (a meta tag cannot reach a worker): it refuses
  // a data: fetch (connect-src 'self'), and reports what it refuses from then on.
  const workerViolations = () => worker!.evaluate(() => (self as unknown as { __cspViolations: string[] }).__cspViolations);
  const refused = await worker!.evaluate(async () => {
    const w = self as unknown as { __cspViolations: string[] } & EventTarget;
    w.__cspViolations = [];
    w.addEventListener('securitypolicyviolation', (e) => w.__cspViolations.push(`${(e as SecurityPolicyViolationEvent).violatedDirective} ${(e as SecurityPolicyViolationEvent).blockedURI}`));
    return fetch('data:text/plain,x').then((r) => r.text(), () => 'refused');
  });
  expect(refused).toBe('refused');
  await expect.poll(workerViolations).toEqual(['connect-src data']);
  await worker!.evaluate(() => void ((self as unknown as { __cspViolations: string[] }).__cspViolations.length = 0));

  await page.reload(); // now through the worker: the app shell from its precache, media network-first
  await expect(page.locator('[data-scene-id="model-workers"][data-ready="true"]')).toHaveCount(1);
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await expect.poll(() => drawnPortrait(page)).toBe(1);
  await expect(page.locator('html')).toHaveAttribute('data-content-status', 'ok');
  expect(await watch.violations()).toEqual([]);
  expect(await workerViolations()).toEqual([]);
  expect(watch.errors).toEqual([]);

  // The worker hands on the content folder's policy: a hostile SVG through it still runs nothing.
  const throughWorker = await page.goto(`${base}${hostile}media/hostile.svg`);
  expect(throughWorker!.fromServiceWorker(), "served by the kiosk's service worker").toBe(true);
  expect(ran).toEqual([]);
  expect(throughWorker!.headers()['content-security-policy']).toMatch(/^sandbox;/);
}

/** Console lines of the hostile SVG's scripts, when they run. */
function watchHostile(page: Page): string[] {
  const ran: string[] = [];
  page.on('console', (message) => message.text().startsWith(MARK) && ran.push(message.text()));
  return ran;
}

/**
 * An SVG with script in a content folder, opened directly (as a staff member or a link would),
 * runs none of it. The same file served without our headers does run, so the check can fail.
 * (checkKioskUnderPolicy repeats it with the service worker in between.)
 */
export async function checkHostileSvg(page: Page, base: string, hostile: string): Promise<void> {
  const ran = watchHostile(page);
  const unguarded = `${base}${hostile}media/unguarded.svg`;
  await page.route(unguarded, (route) => route.fulfill({ contentType: 'image/svg+xml', body: HOSTILE_SVG }));
  await page.goto(unguarded);
  // Both scripts have run by the load event, so the checks below need not wait for anything.
  expect([...ran].sort()).toEqual([`${MARK}:external`, `${MARK}:inline`]);
  await page.unrouteAll();
  ran.length = 0;

  const direct = await page.goto(`${base}${hostile}media/hostile.svg`);
  expect(direct!.status()).toBe(200);
  expect(ran).toEqual([]);
  expect(direct!.headers()['content-security-policy']).toMatch(/^sandbox;/);
}
