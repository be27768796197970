// The start-up font subset: its unicode-range round-trips, and a text outside it asks for the full fonts.
import { describe, expect, it } from 'vitest';
import { unicodeRange } from '../../scripts/lib/font-subset.ts';
import { beyondSubset, parseUnicodeRange } from '../../src/fonts.ts';

describe('font subset', () => {
  it('writes code points as CSS unicode-range runs', () => {
    expect(unicodeRange([0x4e01, 0x20, 0x21, 0x22, 0x4e00, 0x4e0a])).toBe('U+20-22, U+4E00-4E01, U+4E0A');
    expect(parseUnicodeRange('U+20-22, U+4E00-4E01, U+4E0A')).toEqual([[0x20, 0x22], [0x4e00, 0x4e01], [0x4e0a, 0x4e0a]]);
  });

  it('needs the full fonts only for a character outside the subset', () => {
    const range = unicodeRange([...'工人文化宫 2023'].map((c) => c.codePointAt(0)!));
    expect(beyondSubset('工人文化宫\n2023', range)).toBe(false);
    expect(beyondSubset('工人文化宫俱乐部', range)).toBe(true);
  });

  it('finds every character of a range of many runs, in whatever order they are written', () => {
    const inside = Array.from({ length: 800 }, (_, i) => 0x4e00 + 2 * i); // 800 runs of one
    const range = unicodeRange(inside).split(', ').reverse().join(', ');
    expect(beyondSubset(String.fromCodePoint(...inside, 0x20), `${range}, U+20`)).toBe(false);
    expect(beyondSubset(String.fromCodePoint(0x4e00 + 1), range)).toBe(true);
    expect(beyondSubset(String.fromCodePoint(0x4e00 + 2 * 800), range)).toBe(true);
  });

  it('reads characters beyond the basic plane as one character each', () => {
    const range = unicodeRange([0x20, 0x1f3c6, 0x5de5]); // 🏆 and 工
    expect(beyondSubset('工 🏆', range)).toBe(false);
    expect(beyondSubset('工 🏅', range)).toBe(true);
    // The low half of a pair alone is not in the range: had it been read as a character, this would be true.
    expect(beyondSubset('🏆🏆', range)).toBe(false);
  });
});
