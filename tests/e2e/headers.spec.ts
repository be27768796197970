// The kiosk's own server (scripts/serve.mjs) sends the security headers itself: on every response,
// dotfiles refused, content SVG sandboxed; the kiosk and its service worker run under them.
// nginx.spec.ts makes the same checks through nginx.
import { test } from '@playwright/test';
import { checkHostileSvg, checkKioskUnderPolicy, checkResponses, writeHostileFiles } from './security-headers.ts';

// tests/fixtures is mounted at /fixtures/ (playwright.config.ts), like content/ and examples/.
const HOSTILE = '/fixtures/runtime/hostile/';
test.beforeAll(() => writeHostileFiles('tests/fixtures/runtime/hostile'));

const origin = (baseURL: string | undefined) => new URL(baseURL!).origin;

test('every response carries the security headers; dotfiles are 404s', async ({ baseURL }) => {
  await checkResponses(origin(baseURL), [HOSTILE]);
});

test('an SVG with script opened directly from a content folder runs none of it', async ({ page, baseURL }) => {
  await checkHostileSvg(page, origin(baseURL), HOSTILE);
});

test('the kiosk and its service worker run under the policy as a header; SVG portraits draw', async ({ page, baseURL }) => {
  await checkKioskUnderPolicy(page, origin(baseURL), HOSTILE);
});
