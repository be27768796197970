// Serving at scale: the deployment's nginx config, exercised through a real nginx from Debian:
// cache headers, the security headers (security-headers.ts, the same checks as headers.spec.ts
// makes of our Node server), dotfiles refused, content SVG sandboxed, and the kiosk running.
import { expect, test } from '@playwright/test';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sidePort } from './server.ts';
import { checkHostileSvg, checkKioskUnderPolicy, checkResponses, writeHostileFiles } from './security-headers.ts';

// Beside the suite's port (server.ts), unless NGINX_PORT says otherwise.
const PORT = Number(process.env.NGINX_PORT ?? sidePort(3));
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
const base = `http://127.0.0.1:${PORT}`;
// A copy of content/ and examples/ with hostile files added, so the repository's folders stay clean.
const ROOT = 'tests/fixtures/runtime/nginx-root';

// One nginx for the file: its tests run one after another in one worker.
test.describe.configure({ mode: 'default' });
let nginx: ChildProcess | undefined;

test.beforeAll(async () => {
  if (!NGINX) return;
  rmSync(ROOT, { recursive: true, force: true });
  for (const folder of ['content', 'examples']) cpSync(folder, `${ROOT}/${folder}`, { recursive: true });
  writeHostileFiles(`${ROOT}/content`);
  writeHostileFiles(`${ROOT}/examples/cuiping`);
  mkdirSync('tests/fixtures/runtime', { recursive: true });
  const conf = resolve(`tests/fixtures/runtime/nginx-${PORT}.conf`);
  const dist = process.env.KIOSK_DIST ?? 'dist';
  writeFileSync(conf, execFileSync('bash', ['scripts/nginx-conf.sh', String(PORT), dist, ROOT, 'standalone'], { encoding: 'utf8' }));
  nginx = spawn(NGINX, ['-c', conf, '-e', 'stderr'], { stdio: 'inherit' });
  for (let i = 0; i < 50; i++) {
    if (await fetch(base).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nginx did not answer on port ${PORT} within 5 s (is the port taken?)`);
});
test.afterAll(() => void nginx?.kill('SIGTERM'));
test.beforeEach(() => test.skip(!NGINX, 'nginx is not installed (scripts/ensure-system-deps.sh installs it with KIOSK_NEED_NGINX=1)'));

test('the built kiosk served by nginx: right cache headers, and it runs', async ({ page }) => {
  const header = async (path: string) => (await fetch(base + path)).headers.get('cache-control');
  expect(await header('/')).toBe('no-cache');
  expect(await header('/sw.js')).toBe('no-cache');
  expect(await header('/content/site.json')).toBe('no-cache');
  const html = await (await fetch(base + '/')).text();
  const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1]!;
  expect(await header(asset)).toBe('public, max-age=31536000, immutable');
  const etag = (await fetch(base + '/content/site.json')).headers.get('etag');
  expect((await fetch(base + '/content/site.json', { headers: { 'If-None-Match': etag! } })).status).toBe(304);
  expect((await fetch(base + '/content/nothing.json')).status).toBe(404);

  await page.goto(`${base}/?now=2026-11-24T10:00:00%2B08:00&content=examples/cuiping/`);
  await expect(page.locator('[data-scene-id][data-ready="true"]')).toHaveCount(1);
  await expect(page.locator('html')).toHaveAttribute('data-content-status', 'ok');
});

test('nginx: every response carries the security headers; dotfiles are 404s, in content/ and examples/', async () => {
  await checkResponses(base, ['/content/', '/examples/cuiping/']);
});

test('nginx: an SVG with script opened directly from content/ runs none of it', async ({ page }) => {
  await checkHostileSvg(page, base, '/content/');
});

test('nginx: the kiosk and its service worker run under the policy as a header; SVG portraits draw', async ({ page }) => {
  await checkKioskUnderPolicy(page, base, '/content/');
});
