// The glyph rule: every character drawn on screen must be in the font we ship, or it shows as a
// box (tofu). One rule for the kiosk and the checker, over a table generated from the font files.
import { FONT_COVERAGE_RUNS } from './font-coverage.ts';
import { problem, type Problem } from '../problems.ts';

let ranges: { starts: Uint32Array; ends: Uint32Array } | null = null;

/** The table's runs as sorted [start, end] ranges, decoded once. */
function coverageRanges(): { starts: Uint32Array; ends: Uint32Array } {
  if (ranges) return ranges;
  const count = FONT_COVERAGE_RUNS.length / 2;
  const starts = new Uint32Array(count);
  const ends = new Uint32Array(count);
  let previousEnd = -1;
  for (let r = 0; r < count; r++) {
    starts[r] = previousEnd + 1 + FONT_COVERAGE_RUNS[2 * r]!;
    ends[r] = previousEnd = starts[r]! + FONT_COVERAGE_RUNS[2 * r + 1]!;
  }
  return (ranges = { starts, ends });
}

/** True when the shipped font has a glyph for the code point. */
export function fontCovers(codePoint: number): boolean {
  const { starts, ends } = coverageRanges();
  let lo = 0;
  let hi = starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (codePoint < starts[mid]!) hi = mid - 1;
    else if (codePoint > ends[mid]!) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Invisible characters that draw nothing, so need no glyph: controls, spaces, joiners, variation selectors. */
function drawsNothing(cp: number): boolean {
  return cp <= 0x20 || (cp >= 0x7f && cp <= 0xa0) || cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f);
}

/** Characters of `text` the font cannot draw, each once, in order of appearance. */
export function missingGlyphs(text: string): string[] {
  const missing = new Set<string>();
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    if (!drawsNothing(cp) && !fontCovers(cp)) missing.add(char);
  }
  return [...missing];
}

const codeName = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The problem for one text field, or null when every character can be drawn. */
export function glyphProblem(file: string, path: string, text: string): Problem | null {
  const missing = missingGlyphs(text);
  if (!missing.length) return null;
  const list = missing.map((c) => `「${c}」${codeName(c)}`).join(' ');
  return problem('error', file, path, `屏幕字体里没有这些字符：${list}，请换成常用字或删除（如表情符号）`, `the screen font cannot draw ${list}; use common characters or remove them (e.g. emoji)`);
}
