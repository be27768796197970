// The kiosk's one clock (src/kiosk/clock.ts) owns all time: no module goes round it, so a test
// that steps the clock steps the whole kiosk.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const SRC = join(import.meta.dirname, '..', '..', 'src');
/** The clock itself, and the service worker: another thread with its own lifetime. */
const ALLOWED = new Set(['kiosk/clock.ts', 'sw.ts']);
/** The staff editor is an office page, not kiosk behaviour: it reads the wall clock for its defaults and
 *  drafts; its preview runs the kiosk's scenes on their own clocks inside the sheet. */
const OUTSIDE_KIOSK = /^editor\//;
const SIDE_DOORS = [
  /\bsetTimeout\s*\(/,
  /\bsetInterval\s*\(/,
  /\bDate\.now\s*\(/,
  /\bperformance\.now\s*\(/,
  /\brequestAnimationFrame\s*\(/,
  /\brequestIdleCallback\s*\(/,
  /new Date\(\s*\)/,
];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|svelte)$/.test(name) ? [path] : [];
  });
}

describe('the one clock', () => {
  it('is the only place that reads time or schedules timers and frames', () => {
    const offenders: string[] = [];
    for (const file of sources(SRC)) {
      const name = relative(SRC, file).split('\\').join('/');
      if (ALLOWED.has(name) || OUTSIDE_KIOSK.test(name)) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (/^\s*(\/\/|\*)/.test(line)) return;
          for (const pattern of SIDE_DOORS) if (pattern.test(line)) offenders.push(`${name}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(offenders).toEqual([]);
  });
});
