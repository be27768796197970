// Chinese typesetting on screen (issue 13): over every scene of every bundled set and fixture, in
// both orientations, no text is cut short with "…" or clamped, and no short display text (titles,
// labels, names, set by src/ui/Phrased.svelte) breaks inside a phrase. One sheet load per set and
// orientation (sheet/: every scene in turn), measured with the kiosk's own code (src/layout/measure.ts).
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { OPEN_HOURS_NOW } from './kiosk.ts';
import { formatFinding, type FindingKind } from '../../src/layout/report.ts';
import type { SheetInfo } from '../../src/sheet/api.ts';

test.use({ serviceWorkers: 'block' });

const ROOT = join(import.meta.dirname, '..', '..');
const examples = existsSync(join(ROOT, 'examples')) ? readdirSync(join(ROOT, 'examples')).map((name) => `examples/${name}/`) : [];
/** ?content= values; undefined is the bundled content/. The 3D-loss fixture is the achievements one with a lost context. */
const SETS: (string | undefined)[] = [undefined, ...examples, ...['basic', 'achievements', 'events', 'events-empty', 'gallery'].map((f) => `fixtures/${f}/`)];
const ORIENTATIONS = [
  { name: 'landscape', width: 1920, height: 1080 },
  { name: 'portrait', width: 1080, height: 1920 },
] as const;
/** What this spec owns: text cut with "…", clamped, or a phrase split over two lines. */
const TYPESET: readonly FindingKind[] = ['ellipsis', 'clamped', 'split-phrase'];

async function openSheet(page: Page, content: string | undefined): Promise<SheetInfo> {
  const query = new URLSearchParams({ now: OPEN_HOURS_NOW });
  if (content) query.set('content', content);
  await page.goto(`/sheet/?${query.toString()}`);
  const info = await page.evaluate(() => window.__sheet!.ready);
  expect(info.state, `${content ?? 'content/'} loads`).toBe('ready');
  return info;
}

for (const content of SETS) {
  for (const orientation of ORIENTATIONS) {
    test(`${content ?? 'content/'} › ${orientation.name}: nothing cut with "…", no title, label or name broken inside a phrase`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width: orientation.width, height: orientation.height });
      const info = await openSheet(page, content);
      let phrased = 0;
      for (const scene of info.scenes) {
        // The gallery as a visitor's touch shows it, too: the grid of names and trades.
        for (const interactive of scene.kind === 'gallery' ? [false, true] : [false]) {
          const where = `${scene.id}${interactive ? ' (touched)' : ''} (${orientation.name})`;
          await page.evaluate(([id, touched]) => window.__sheet!.show(id, { interactive: touched }), [scene.id, interactive] as const);
          const report = await page.evaluate(() => window.__sheet!.measure());
          const problems = report.findings.filter((f) => TYPESET.includes(f.kind)).map(formatFinding);
          phrased += await page.locator('[data-sheet-scene] [data-phrase]').count();
          expect.soft(problems, `${where}: text cut or broken inside a phrase`).toEqual([]);
          if (problems.length > 0 || process.env.SHEET_SHOTS) {
            await page.screenshot({ path: testInfo.outputPath(`${scene.id}${interactive ? '-touched' : ''}-${orientation.name}.png`) });
          }
        }
      }
      // The scenes draw their short texts through the phrase setter at all.
      expect(phrased, 'phrases on screen').toBeGreaterThan(0);
    });
  }
}
