// Launches Debian's Chromium the same way for every measurement: fresh or reused profile, a
// 1920×1080 landscape screen, no outside network, and a record of every request made.
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMMON_FLAGS } from '../lib/chromium-flags.mjs';

// The kiosk's own network and timer flags (Playwright adds --no-sandbox by itself): no outside
// network, so a stray CDN link shows up as a failed request; timers and frames at full rate.
export const CHROMIUM_ARGS = [...COMMON_FLAGS];

export interface Viewport {
  width: number;
  height: number;
}

export const VIEWPORT: Viewport = { width: 1920, height: 1080 };

export interface Profile {
  dir: string;
  remove(): Promise<void>;
}

export async function tempProfile(prefix = 'kiosk-bench-'): Promise<Profile> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** A browser on `profile` (its cache, service workers and storage persist between launches). */
export async function launch(executablePath: string, profile: Profile, viewport: Viewport = VIEWPORT, serviceWorkers: 'allow' | 'block' = 'allow'): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile.dir, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    deviceScaleFactor: 1,
    timezoneId: 'Asia/Shanghai',
    locale: 'zh-CN',
    serviceWorkers,
  });
}

export async function firstPage(context: BrowserContext): Promise<Page> {
  return context.pages()[0] ?? (await context.newPage());
}

export interface RequestLog {
  count: number;
  /** Requests that left the machine (or tried to). */
  external: string[];
  /** Answers with status 400 or more, and requests that failed, as "status url". */
  failed: string[];
}

const LOCAL = /^(https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/|file:|data:|blob:|about:|chrome-extension:)/;

/** Records every request of the context, pages and service workers alike. */
export function watchRequests(context: BrowserContext): RequestLog {
  const log: RequestLog = { count: 0, external: [], failed: [] };
  const note = (line: string) => log.failed.length < 20 && !log.failed.includes(line) && log.failed.push(line);
  context.on('request', (request) => {
    log.count += 1;
    if (!LOCAL.test(request.url())) log.external.push(request.url());
  });
  context.on('response', (response) => {
    if (response.status() >= 400) note(`${response.status()} ${response.url()}`);
  });
  context.on('requestfailed', (request) => note(`${request.failure()?.errorText ?? 'failed'} ${request.url()}`));
  return log;
}

/** The WebGL renderer string (e.g. SwiftShader on a machine without a GPU), for the report. */
export async function webglRenderer(page: Page): Promise<string> {
  return page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2') ?? document.createElement('canvas').getContext('webgl');
    if (!gl) return 'no WebGL';
    const ext = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(ext ? gl.getParameter(ext.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return name;
  });
}
