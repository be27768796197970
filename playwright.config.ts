import { defineConfig, devices } from '@playwright/test';
import { COMMON_FLAGS } from './scripts/lib/chromium-flags.mjs';

// End-to-end tests run Debian's Chromium (browsers cannot be downloaded here) against the
// production build served by scripts/serve.mjs, with test content sets mounted at /fixtures/.
const port = Number(process.env.E2E_PORT ?? 4310);
const dist = process.env.KIOSK_DIST ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  // Generous: a wait for a state ends as soon as it holds, and a cold boot on a busy machine is slow.
  expect: { timeout: 20_000 },
  // Tests are handed out in file order: tests/e2e/0-realtime.spec.ts (one real-time test, among the
  // longest) sorts first, so one worker starts on it and the short tests fill in beside it.
  fullyParallel: true,
  // 3 workers on 2 cores: the tests mostly wait (for frames, the clock, the server), so a third
  // fills the gaps. (A first try failed under load: the layout sheet measured a 3D scene whose
  // labels were still settling; the sheet now waits for data-three-settled.)
  workers: Number(process.env.E2E_WORKERS ?? 3),
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e-results.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // The kiosk's own network and timer flags: any request to another origin fails loudly
      // instead of leaving the building, and timers are never throttled.
      args: [...COMMON_FLAGS],
    },
    timezoneId: 'Asia/Shanghai',
    locale: 'zh-CN',
  },
  projects: [
    { name: 'landscape', use: { ...devices['Desktop Chrome'], viewport: { width: 1920, height: 1080 }, hasTouch: true } },
  ],
  webServer: {
    command: `node scripts/serve.mjs --port ${port} --dist ${dist} --mount /fixtures/=tests/fixtures`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
