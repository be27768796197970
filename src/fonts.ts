// Loads the font we ship (Noto Sans SC, simplified-Chinese subset: 7,946 code points incl. Latin
// and digits) so every screen looks the same with no system fonts and no network. A build also
// makes a small subset of the characters known to be in use (scripts/lib/font-subset.ts): it is
// what the first scene waits for; the full fonts (precached too) draw any other character.
import regular from '@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff2?url';
import bold from '@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-700-normal.woff2?url';
import subset from 'virtual:kiosk-font-subset';

export const FONT_FAMILY = 'Kiosk Sans';
export const FONT_FILES = { regular, bold };

interface Faces {
  full: FontFace[];
  small: FontFace[];
}
let faces: Faces | null = null;

/** Adds the faces to the document once. */
function registerFaces(): Faces {
  if (faces) return faces;
  const face = (url: string, weight: string, unicodeRange?: string) =>
    new FontFace(FONT_FAMILY, `url(${url}) format('woff2')`, { weight, display: 'block', ...(unicodeRange ? { unicodeRange } : {}) });
  const full = [face(regular, '400'), face(bold, '700')];
  const small = subset ? [face(subset.regular, '400', subset.unicodeRange), face(subset.bold, '700', subset.unicodeRange)] : [];
  // Added last, the subset is tried first for the characters in its range; the browser fetches a
  // full font only for a character outside it.
  for (const f of [...full, ...small]) document.fonts.add(f);
  faces = { full, small };
  return faces;
}

/** [from, to] code point runs of a CSS unicode-range ("U+20-7E, U+4E00"). */
export function parseUnicodeRange(range: string): [number, number][] {
  return range.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from!, 16), parseInt(to ?? from!, 16)];
  });
}

let parsed: { range: string; bits: Uint8Array } | null = null;

/** One bit per code point (all of Unicode: 139 KB) set for those in `runs`. */
function codePointBits(runs: readonly [number, number][]): Uint8Array {
  const bits = new Uint8Array(0x110000 >> 3);
  for (const [from, to] of runs) for (let cp = from; cp <= Math.min(to, 0x10ffff); cp++) bits[cp >> 3]! |= 1 << (cp & 7);
  return bits;
}

/**
 * True when `text` has a character the subset does not draw (so the full fonts are needed).
 * On the start's path with the whole content as `text`: a bit looked up per character (a scan of
 * the subset's ~750 runs per character took ~15–190 ms for the bundled content; a binary search
 * per character, ~20 ms in a start's trace).
 */
export function beyondSubset(text: string, range: string): boolean {
  if (parsed?.range !== range) parsed = { range, bits: codePointBits(parseUnicodeRange(range)) };
  const { bits } = parsed;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff) {
      cp = text.codePointAt(i)!;
      if (cp > 0xffff) i++; // a pair: its low half is not a character of its own
    }
    if (cp < 0x20) continue;
    if (!(bits[cp >> 3]! & (1 << (cp & 7)))) return true;
  }
  return false;
}

/**
 * Loads the subset (or, where the build made none, the full fonts); with `text`, also the full
 * fonts if `text` needs a character outside the subset. Resolves even if loading fails (a
 * fallback font still draws).
 */
export async function loadKioskFonts(text?: string): Promise<void> {
  const { full, small } = registerFaces();
  const needed = !subset ? full : text !== undefined && beyondSubset(text, subset.unicodeRange) ? [...small, ...full] : small;
  await Promise.allSettled(needed.map((f) => f.load()));
}
