// The production Chromium flags have one definition (scripts/lib/chromium-flags.mjs): kiosk.sh
// launches the screen with it, the e2e tests and the bench with its common part, and no other file
// spells a flag of its own.
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { COMMON_FLAGS, KIOSK_FLAGS, KIOSK_ONLY_FLAGS } from '../../scripts/lib/chromium-flags.mjs';
import playwrightConfig from '../../playwright.config.ts';
import { CHROMIUM_ARGS as BENCH_ARGS } from '../../scripts/bench/browser.ts';
import { CHROMIUM_ARGS as E2E_ARGS } from '../../tests/e2e/server.ts';

const MODULE = 'scripts/lib/chromium-flags.mjs';

function dryRun(env: Record<string, string>): string[] {
  const out = execFileSync('bash', ['scripts/kiosk.sh'], { encoding: 'utf8', env: { ...process.env, KIOSK_DRY_RUN: '1', ...env } });
  return out.trimEnd().split('\n');
}

describe('one definition', () => {
  it('kiosk.sh starts Chromium with the kiosk flags, then the profile and the URL', () => {
    const args = dryRun({ KIOSK_CHROMIUM: '/opt/chromium', KIOSK_PORT: '4460', KIOSK_URL_QUERY: 'content=examples/cuiping/', KIOSK_PROFILE: '/tmp/kiosk-profile' });
    expect(args[0]).toBe('/opt/chromium');
    expect(args.slice(1, 1 + KIOSK_FLAGS.length)).toEqual(KIOSK_FLAGS);
    const rest = args.slice(1 + KIOSK_FLAGS.length);
    // --no-sandbox only when run as root (Chromium refuses to start otherwise).
    expect(rest.filter((arg) => arg !== '--no-sandbox')).toEqual(['--user-data-dir=/tmp/kiosk-profile', 'http://127.0.0.1:4460/?content=examples/cuiping/']);
  });

  it('the e2e tests (playwright.config.ts and their own launches) and the bench run with the common flags', () => {
    expect(playwrightConfig.use?.launchOptions?.args).toEqual(COMMON_FLAGS);
    expect(E2E_ARGS).toEqual(COMMON_FLAGS);
    expect(BENCH_ARGS).toEqual(COMMON_FLAGS);
  });

  it('no other launcher, test or bench file spells a production flag of its own', () => {
    const files: string[] = ['playwright.config.ts'];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(ts|mts|mjs|js|sh)$/.test(name)) files.push(path);
      }
    };
    walk('scripts');
    walk('tests/e2e');
    const spelled = files
      .filter((file) => file !== MODULE)
      .flatMap((file) => {
        const text = readFileSync(file, 'utf8');
        return KIOSK_FLAGS.filter((flag) => text.includes(flag.split('=')[0]!)).map((flag) => `${file}: ${flag}`);
      });
    expect(spelled, `define Chromium flags in ${MODULE} only`).toEqual([]);
  });
});

describe('the flags', () => {
  it('keep the network inside the building and timers at full rate everywhere', () => {
    expect(COMMON_FLAGS).toContain('--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1');
    for (const flag of ['--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows', '--disable-renderer-backgrounding', '--no-first-run', '--disable-component-update', '--disable-sync']) {
      expect(COMMON_FLAGS).toContain(flag);
    }
  });

  it('leave window, dialogs and gestures to the kiosk, and Playwright its feature lists', () => {
    expect(KIOSK_FLAGS).toEqual([...KIOSK_ONLY_FLAGS, ...COMMON_FLAGS]);
    expect(KIOSK_ONLY_FLAGS.filter((flag) => COMMON_FLAGS.includes(flag))).toEqual([]);
    for (const flag of ['--kiosk', '--disable-pinch', '--overscroll-history-navigation=0', '--noerrdialogs']) expect(KIOSK_ONLY_FLAGS).toContain(flag);
    // Chromium keeps the last --disable-features: one in the common flags would replace Playwright's list.
    expect(COMMON_FLAGS.filter((flag) => /^--(disable|enable)-features=/.test(flag))).toEqual([]);
  });

  it('the CLI prints them one a line and refuses anything else', () => {
    expect(execFileSync('node', [MODULE, 'kiosk'], { encoding: 'utf8' })).toBe(`${KIOSK_FLAGS.join('\n')}\n`);
    expect(execFileSync('node', [MODULE, 'common'], { encoding: 'utf8' })).toBe(`${COMMON_FLAGS.join('\n')}\n`);
    const wrong = spawnSync('node', [MODULE, 'headless'], { encoding: 'utf8' });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/usage/);
  });
});
