// Which characters the shipped font files can draw, read from their character maps with fontkit.
// Only for building and testing src/content/rules/font-coverage.ts: the rule itself reads that table.
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
