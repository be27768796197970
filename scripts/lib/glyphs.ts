// Which characters the shipped font can draw (read from the font files' character maps).
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import { FONT_FILE_NAMES, FONT_PACKAGE_DIR } from '../../src/font-files.ts';

const require = createRequire(import.meta.url);
let covered: Set<number> | null = null;

/** Code points every shipped weight has a glyph for. */
export function fontCoverage(): Set<number> {
  if (covered) return covered;
  const sets = Object.values(FONT_FILE_NAMES).map((name) => {
    const font = fontkit.openSync(require.resolve(`${FONT_PACKAGE_DIR}${name}`));
    return new Set(font.characterSet);
  });
  covered = new Set([...sets[0]!].filter((cp) => sets.every((s) => s.has(cp))));
  return covered;
}

/** Characters of `text` the font cannot draw (white space and control characters are ignored). */
export function missingGlyphs(text: string): string[] {
  const coverage = fontCoverage();
  const missing = new Set<string>();
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    if (cp <= 0x20 || (cp >= 0x7f && cp <= 0xa0) || cp === 0xfe0f || cp === 0x200d) continue;
    if (!coverage.has(cp)) missing.add(char);
  }
  return [...missing];
}
