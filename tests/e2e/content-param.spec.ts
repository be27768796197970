// `?content=` tricks: a value that would resolve outside the app's origin or folder is refused
// with a visible error, and not a single request leaves the origin (asserted on the request log).
import { expect, test } from '@playwright/test';
import { html, recordRequests } from './kiosk.ts';

const NOW = 'now=2026-11-23T10:00:00%2B08:00';

// Raw query text, as someone could type or paste it (the kiosk sees it after one decoding).
const TRICKS = [
  '/%09/example.org/', // a tab: "/\t/example.org/" is "//example.org/" to the URL parser
  '/%0A/example.org/',
  '//example.org/',
  '%5C%5Cexample.org%5Cshare', // \\example.org\share
  '/%5Cexample.org/',
  'https://example.org/',
  'java%09script:alert(1)',
  '%2e%2e/',
  '%252e%252e/tests/fixtures/basic/',
  '%20fixtures/basic/',
];

test('content= tricks are refused with a visible error and make no request outside the origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const requests = recordRequests(page);
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  for (const trick of TRICKS) {
    await page.goto(`/?${NOW}&content=${trick}`);
    await expect(html(page), trick).toHaveAttribute('data-kiosk-mode', 'error');
    // The public sees a calm poster; why is for staff, in #status.
    await expect(page.locator('[data-error-screen]'), trick).toContainText('暂停服务');
    await page.evaluate(() => (location.hash = '#status'));
    const why = page.locator('[data-status-view] [data-blocked-reason]').first();
    await expect(why, trick).toContainText('已拒绝');
    await expect(why, trick).toContainText('refused');
    // The CSP would block a cross-origin fetch too; the kiosk must not even try.
    expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations), trick).toEqual([]);
  }
  expect(requests.length).toBeGreaterThan(TRICKS.length);
  expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  // Nor did any of them ask for content files at all.
  expect(requests.filter((url) => url.endsWith('/site.json'))).toEqual([]);
});

test('a relative path inside the app folder, written with ./, is accepted', async ({ page, baseURL }) => {
  const requests = recordRequests(page);
  await page.goto(`/?${NOW}&content=./fixtures/basic`);
  await expect(html(page)).toHaveAttribute('data-content-status', 'ok');
  await expect(page.locator('[data-scene-id][data-ready="true"]')).toHaveCount(1);
  expect(requests).toContain(`${new URL(baseURL!).origin}/fixtures/basic/site.json`);
});
