// Build step: a small subset of the shipped font for the characters the kiosk is known to draw (the
// app's own strings and every bundled content set), served first so the first scene does not wait
// for 2.3 MB of fonts. The full fonts stay in the build and the precache: a character staff add
// later falls outside the subset's unicode-range and is drawn from them (see src/fonts.ts).
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import subsetFont from 'subset-font';
import { FONT_FILE_NAMES, FONT_PACKAGE_DIR } from '../../src/font-files.ts';
import { fontCoverage } from './glyphs.ts';

const require = createRequire(import.meta.url);
const VIRTUAL = 'virtual:kiosk-font-subset';
const RESOLVED = `\0${VIRTUAL}`;

async function textFiles(dir: string, pattern: RegExp): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await textFiles(full, pattern)));
    else if (pattern.test(entry.name)) out.push(full);
  }
  return out;
}

/** Code points the kiosk is known to draw: printable ASCII, the app's sources, every content set. */
export async function codePointsInUse(root: string): Promise<Set<number>> {
  const points = new Set<number>();
  for (let cp = 0x20; cp <= 0x7e; cp++) points.add(cp);
  const files = [
    ...(await textFiles(join(root, 'src'), /\.(ts|svelte)$/)),
    ...(await textFiles(join(root, 'content'), /\.json$/)),
    ...(await textFiles(join(root, 'examples'), /\.json$/)),
  ];
  for (const file of files) for (const ch of await readFile(file, 'utf8')) points.add(ch.codePointAt(0)!);
  const covered = fontCoverage();
  return new Set([...points].filter((cp) => covered.has(cp)));
}

/** A CSS unicode-range for `points`, in runs (U+4E00-4E05, U+4E0A, …). */
export function unicodeRange(points: Iterable<number>): string {
  const sorted = [...new Set(points)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    const hex = (n: number) => n.toString(16).toUpperCase();
    runs.push(i === j ? `U+${hex(sorted[i]!)}` : `U+${hex(sorted[i]!)}-${hex(sorted[j]!)}`);
    i = j + 1;
  }
  return runs.join(', ');
}

/**
 * `import subset from 'virtual:kiosk-font-subset'`: in a build, `{ regular, bold, unicodeRange }`
 * (URLs of the emitted subset files); in the dev server and tests, null (the full fonts only).
 */
export function fontSubsetPlugin(): Plugin {
  let building = false;
  return {
    name: 'kiosk-font-subset',
    configResolved(config) {
      building = config.command === 'build' && !process.env.VITEST;
    },
    resolveId: (id) => (id === VIRTUAL ? RESOLVED : null),
    async load(id) {
      if (id !== RESOLVED) return null;
      if (!building) return 'export default null;';
      const points = await codePointsInUse(resolve(import.meta.dirname, '../..'));
      const text = String.fromCodePoint(...points);
      const refs: Record<string, string> = {};
      for (const [weight, name] of Object.entries(FONT_FILE_NAMES)) {
        const full = await readFile(require.resolve(`${FONT_PACKAGE_DIR}${name}`));
        const source = await subsetFont(full, text, { targetFormat: 'woff2' });
        refs[weight] = this.emitFile({ type: 'asset', name: `kiosk-subset-${weight}.woff2`, source });
      }
      return [
        `export default {`,
        `  regular: import.meta.ROLLUP_FILE_URL_${refs.regular},`,
        `  bold: import.meta.ROLLUP_FILE_URL_${refs.bold},`,
        `  unicodeRange: ${JSON.stringify(unicodeRange(points))},`,
        `  codePoints: ${points.size},`,
        `};`,
      ].join('\n');
    },
  };
}
