// `content:check --render`: lays every scene and notice of a content set out in the layout sheet
// (sheet/, the kiosk's own scenes) in one Chromium, both orientations, at a given moment; turns what
// src/layout/measure.ts finds into the checker's problems and writes a contact sheet of every picture.
import { createServer, type Server } from 'node:http';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { basename, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { COMMON_FLAGS } from './chromium-flags.mjs';
import { staticFolder } from './static.mjs';
import { problem, type Problem } from '../../src/content/problems.ts';
import { findingsToProblems, screenOf, type Seen } from '../../src/layout/problems.ts';
import type { SheetInfo } from '../../src/sheet/api.ts';
import { contactSheetHtml, type Shot } from './contact-sheet.ts';

const ROOT = resolve(import.meta.dirname, '../..');

export const ORIENTATIONS = [screenOf(1920, 1080), screenOf(1080, 1920)] as const;

export interface RenderOptions {
  folder: string;
  now: Date;
  /** The built app (with sheet/); built here when missing, or (unless `keepBuild`) older than the sources. */
  dist: string;
  /** Use the build in `dist` as it is (tests: the suite's own build, never rebuilt under other tests). */
  keepBuild?: boolean;
  /** Where the contact sheet goes; never inside the content folder. */
  out: string;
  /** 0: any free port. */
  port: number;
  /** Progress lines (stderr), so stdout stays the report. */
  log?: (line: string) => void;
}

export interface RenderResult {
  problems: Problem[];
  /** The contact sheet (HTML); its picture beside it as contact-sheet.png. */
  sheet: string;
  shots: number;
}

/** Where a content set's contact sheet goes by default: reports/content-check/<set>/ in the project. */
export function defaultOut(folder: string): string {
  return join(ROOT, 'reports', 'content-check', basename(resolve(folder)) || 'content');
}

/** Newest modification time under the app's sources (what a build is made of). */
async function newestSource(): Promise<number> {
  let newest = 0;
  const walk = async (path: string): Promise<void> => {
    const info = await stat(path).catch(() => null);
    if (!info) return;
    if (info.isDirectory()) {
      for (const name of await readdir(path)) await walk(join(path, name));
    } else newest = Math.max(newest, info.mtimeMs);
  };
  for (const part of ['src', 'sheet', 'public', 'index.html', 'vite.config.ts', 'package-lock.json']) await walk(join(ROOT, part));
  return newest;
}

/** Builds the app into `dist` unless its sheet is there and newer than every source. */
export async function ensureBuild(dist: string, log: (line: string) => void, keep = false): Promise<void> {
  const built = await stat(join(dist, 'sheet', 'index.html')).catch(() => null);
  if (built && (keep || built.mtimeMs >= (await newestSource()))) return;
  log(`正在构建应用到 ${relative(ROOT, dist) || dist} / building the app into ${dist} …`);
  await promisify(execFile)(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'], { cwd: ROOT, maxBuffer: 16 << 20 });
}

/** The URL prefix the content set is served under, beside the app. */
const SET_PREFIX = '/render-check-set/';

/** Serves the built app and, under SET_PREFIX, the content folder live from disk. */
async function serve(dist: string, folder: string, port: number): Promise<{ server: Server; url: string }> {
  const app = staticFolder(dist, { fallback: 'index.html', cacheControl: () => 'no-cache' });
  const set = staticFolder(folder, { cacheControl: () => 'no-cache' });
  const server = createServer(async (req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://sheet').pathname;
    const served = pathname.startsWith(SET_PREFIX) ? await set(req, res, pathname.slice(SET_PREFIX.length - 1)) : await app(req, res, pathname);
    if (!served) {
      res.statusCode = 404;
      res.end('Not found');
    }
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the sheet server has no port');
  return { server, url: `http://127.0.0.1:${address.port}/` };
}

/** Runs one item's layout; its first error line, or null. One scene that fails does not stop the rest. */
async function attempt(run: () => Promise<unknown>): Promise<string | null> {
  try {
    await run();
    return null;
  } catch (error) {
    return error instanceof Error ? (error.message.split('\n')[0] ?? error.name) : String(error);
  }
}

export async function renderCheck(options: RenderOptions): Promise<RenderResult> {
  const log = options.log ?? (() => undefined);
  const folder = resolve(options.folder);
  const out = resolve(options.out);
  if (out === folder || out.startsWith(folder + sep)) throw new Error(`the contact sheet must not go inside the content folder (${out})`);
  const dist = resolve(options.dist);
  await ensureBuild(dist, log, options.keepBuild);
  if (!existsSync(join(dist, 'sheet', 'index.html'))) throw new Error(`no layout sheet in ${dist}/sheet/ after the build`);
  await rm(join(out, 'shots'), { recursive: true, force: true });
  await mkdir(join(out, 'shots'), { recursive: true });

  const { server, url } = await serve(dist, folder, options.port);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: [...COMMON_FLAGS] });
  const problems: Problem[] = [];
  const seen: Seen[] = [];
  const shots: Shot[] = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce', serviceWorkers: 'block' });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const now = options.now.toISOString();
    const query = new URLSearchParams({ content: SET_PREFIX.slice(1), now, draft: '1' });
    await page.goto(`${url}sheet/?${query.toString()}`);
    const info: SheetInfo = await page.evaluate(() => window.__sheet!.ready);
    if (info.state !== 'ready') {
      problems.push(problem('error', 'playlist.json', '', '内容有错误，无法排版检查；请先改正上面的错误', 'the set has errors, so its layout cannot be checked; fix the errors above first'));
      return { problems, sheet: await writeSheet(out, folder, options.now, shots, page), shots: 0 };
    }
    const items = [
      ...info.scenes.map((s, i) => ({ kind: 'scene' as const, id: s.id, title: s.title, what: `场景 scene ${s.id}`, owner: { file: 'playlist.json', path: `scenes[${i}]` } })),
      ...info.notices.map((n, i) => ({
        kind: 'notice' as const,
        id: n.id,
        title: n.urgent ? '紧急通知 urgent notice' : '通知（动画减弱时静止显示）notice, standing still as with reduced motion',
        what: n.urgent ? `紧急通知 urgent notice ${n.id}` : `通知 notice ${n.id}，动画减弱时 with reduced motion`,
        owner: { file: 'notices.json', path: `notices[${i}]` },
      })),
    ];
    for (const orientation of ORIENTATIONS) {
      await page.setViewportSize({ width: orientation.width, height: orientation.height });
      for (const item of items) {
        // JPEG: a fifth of the PNG's size and time; plenty for a picture to look at.
        const file = `${item.kind}-${item.id.replace(/[^\w-]+/g, '_')}-${orientation.name}.jpg`;
        log(`${orientation.name} ${item.what}`);
        const failed = await attempt(async () => {
          if (item.kind === 'scene') await page.evaluate(([id, at]) => window.__sheet!.show(id!, { now: at }), [item.id, now]);
          else await page.evaluate(([id, at]) => window.__sheet!.showNotice(id!, { now: at }), [item.id, now]);
          const report = await page.evaluate(() => window.__sheet!.measure());
          for (const finding of report.findings) seen.push({ finding, what: item.what, owner: item.owner, screen: orientation });
          await page.screenshot({ path: join(out, 'shots', file), type: 'jpeg', quality: 85 });
          shots.push({ id: item.id, kind: item.kind, title: item.title, orientation: orientation.name, width: orientation.width, height: orientation.height, file: `shots/${file}`, findings: report.findings.length });
        });
        if (failed) problems.push(problem('error', item.owner.file, item.owner.path, `${orientation.zh}排版失败：${failed}`, `could not be laid out in ${orientation.name}: ${failed}`));
      }
    }
    problems.push(...findingsToProblems(seen));
    for (const message of new Set(pageErrors)) problems.push(problem('error', 'playlist.json', '', `排版页面出错：${message}`, `the layout page failed: ${message}`));
    return { problems, sheet: await writeSheet(out, folder, options.now, shots, page), shots: shots.length };
  } finally {
    await browser.close();
    await new Promise((done) => server.close(done));
  }
}

/** Writes the contact sheet's HTML, then a picture of it (same browser) beside it. */
async function writeSheet(out: string, folder: string, now: Date, shots: readonly Shot[], page: Page): Promise<string> {
  const html = join(out, 'index.html');
  await writeFile(html, contactSheetHtml({ folder, now, shots }));
  await page.setViewportSize({ width: 1540, height: 900 });
  await page.goto(pathToFileURL(html).href);
  await page.screenshot({ path: join(out, 'contact-sheet.png'), fullPage: true });
  return html;
}
