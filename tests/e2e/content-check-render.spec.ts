// `npm run content:check -- --render` as staff run it (the real command, its own Chromium, one launch
// per set): on a fixture with known problems it names each by file and field, and prints the contact
// sheet's path last; on the bundled content it finds no errors. Uses the suite's build (KIOSK_DIST).
// The kiosk measures its own scenes with the same code and lists the same messages in #status.
import { expect, test } from '@playwright/test';
import { openKiosk } from './kiosk.ts';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const NOW = '2026-12-01T10:00:00+08:00';

function contentCheck(folder: string, out: string): Promise<{ code: number; lines: string[] }> {
  const env = { ...process.env, KIOSK_DIST: process.env.KIOSK_DIST ?? 'dist' };
  const args = ['tsx', 'scripts/content-check.ts', '--render', '--now', NOW, '--out', out, folder];
  return new Promise((done) => {
    execFile('npx', args, { cwd: ROOT, env, maxBuffer: 16 << 20 }, (error, stdout) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 99) : 0;
      done({ code, lines: stdout.trimEnd().split('\n') });
    });
  });
}

/** The contact sheet: the last line, a page with both pictures of every scene and notice. */
function expectSheet(lines: string[], ids: string[]) {
  const sheet = lines.at(-1)!;
  expect(sheet).toMatch(/index\.html$/);
  expect(existsSync(sheet), sheet).toBe(true);
  expect(existsSync(join(sheet, '..', 'contact-sheet.png'))).toBe(true);
  const html = readFileSync(sheet, 'utf8');
  for (const id of ids) {
    for (const orientation of ['landscape', 'portrait']) {
      const shot = new RegExp(`src="(shots/(scene|notice)-${id}-${orientation}\\.jpg)"`).exec(html);
      expect(shot, `${id} ${orientation} on the sheet`).not.toBeNull();
      expect(existsSync(join(sheet, '..', shot![1]!))).toBe(true);
    }
  }
}

test.describe.configure({ mode: 'parallel' });
test.setTimeout(240_000);

test('names what the screen would cut, cover or draw without a glyph, by file and field', async ({}, testInfo) => {
  const { code, lines } = await contentCheck('tests/fixtures/render-problems', testInfo.outputPath('sheet'));
  const report = lines.join('\n');
  expect(code, report).toBe(1);
  const line = (where: string) => lines.find((l) => l.includes(` ${where}: `)) ?? `nothing at ${where}:\n${report}`;
  // A source line longer than its three lines (cut with "…" in portrait), named by its source.
  expect(line('achievements.json › sections[0].source')).toMatch(/^\[提醒 warning\] .*「来源：关于全市劳模.*cut with "…".*portrait/);
  // The longest label a 3D column takes (24 characters) wraps instead of being cut: not reported.
  expect(report).not.toContain('sections[0].figures[0]');
  // A character the shipped font lacks (CJK extension B), named once.
  expect(line('achievements.json › sections[1].figures[1].label')).toMatch(/^\[错误 error\].*「𪚥」U\+2A6A5/);
  expect(lines.filter((l) => l.includes('U+2A6A5'))).toHaveLength(1);
  // A notice that takes more lines than the bottom bars have room for (motion reduced: it stands still).
  expect(line('notices.json › notices[1].text')).toMatch(/通知栏被撑高.*bottom bars taller than their room/);
  // The short notice and the other scene are fine.
  expect(report).not.toContain('notices[0]');
  expect(report).not.toContain('sections[1].figures[0]');
  expectSheet(lines, ['columns', 'numbers', 'short', 'long']);
});

test('finds no errors in the bundled content', async ({}, testInfo) => {
  const { code, lines } = await contentCheck('content', testInfo.outputPath('sheet'));
  expect(lines.filter((l) => l.startsWith('[错误 error]')), lines.join('\n')).toEqual([]);
  expect(code).toBe(0);
  const playlist = JSON.parse(readFileSync(join(ROOT, 'content', 'playlist.json'), 'utf8')) as { scenes: { id: string }[] };
  expectSheet(lines, playlist.scenes.map((s) => s.id));
});

test.describe('the status view', () => {
  test.use({ viewport: { width: 1080, height: 1920 }, serviceWorkers: 'block' });
  test('lists what this screen cuts in the scenes it has shown, in the checker\'s words', async ({ page }) => {
    await openKiosk(page, { content: 'fixtures/layout-cut/', scene: 'columns', motion: 'reduce' });
    await page.evaluate(() => (location.hash = '#status'));
    const problem = page.locator('[data-status-view] [data-layout-problem]');
    await expect(problem).toHaveCount(1);
    await expect(problem).toContainText('[提醒 warning] achievements.json › sections[0].source: 「来源：关于全市劳模');
    await expect(problem).toContainText('has more lines than fit and is cut with "…"');
    await expect(problem).toContainText('竖屏 portrait 1080×1920');
  });
});
