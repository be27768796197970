// Serving at scale: the deployment's nginx config, exercised through a real nginx from Debian.
import { expect, test } from '@playwright/test';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, writeFileSync, mkdirSync } from 'node:fs';

const PORT = 4395;
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));

test('the built kiosk served by nginx: right cache headers, and it runs', async ({ page }) => {
  test.skip(!NGINX, 'nginx is not installed (scripts/ensure-system-deps.sh installs it with KIOSK_NEED_NGINX=1)');
  const dist = process.env.KIOSK_DIST ?? 'dist';
  mkdirSync('tests/fixtures/runtime', { recursive: true });
  const conf = 'tests/fixtures/runtime/nginx.conf';
  writeFileSync(conf, execFileSync('bash', ['scripts/nginx-conf.sh', String(PORT), dist, '.', 'standalone'], { encoding: 'utf8' }));
  const nginx = spawn(NGINX!, ['-c', `${process.cwd()}/${conf}`, '-e', 'stderr'], { stdio: 'inherit' });
  const base = `http://127.0.0.1:${PORT}`;
  try {
    for (let i = 0; i < 50; i++) {
      if (await fetch(base).then((r) => r.ok, () => false)) break;
      await new Promise((r) => setTimeout(r, 100));
    }
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
  } finally {
    nginx.kill('SIGTERM');
  }
});
