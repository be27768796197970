import { describe, expect, it } from 'vitest';
import { HEADING_LINES, HONOUR_GAP_LINES, honourLines, honourPages } from '../../src/scenes/gallery/honour-pages.ts';

const honour = (i: number, length = 10) => ({ title: `第${i}届${'荣'.repeat(length)}`, level: 'city' as const, year: 2020 });

describe('honourPages: every honour on some page of the story', () => {
  it('keeps every honour once, in order', () => {
    const all = Array.from({ length: 30 }, (_, i) => honour(i, 30));
    const pages = honourPages(all, { lineChars: 28, lines: 16 });
    expect(pages.flat()).toEqual(all);
    expect(pages.length).toBeGreaterThan(1);
  });

  it('fills each page to the lines it holds, never more', () => {
    const all = Array.from({ length: 30 }, (_, i) => honour(i, 3 + (i % 4) * 11));
    const box = { lineChars: 24, lines: 14 };
    for (const page of honourPages(all, box)) {
      const used = page.reduce((sum, h, i) => sum + honourLines(h, box.lineChars) + (i ? HONOUR_GAP_LINES : 0), 0);
      expect(used + HEADING_LINES).toBeLessThanOrEqual(box.lines + 1e-9);
    }
  });

  it('fills two columns before it turns the page', () => {
    const all = Array.from({ length: 12 }, (_, i) => honour(i, 10));
    const one = honourPages(all, { lineChars: 20, lines: 8 });
    const two = honourPages(all, { lineChars: 20, lines: 8, columns: 2 });
    expect(two.length).toBeLessThan(one.length);
    expect(two[0]!.length).toBe(2 * one[0]!.length);
    expect(two.flat()).toEqual(all);
  });

  it('counts a long honour on more lines in a narrow area', () => {
    expect(honourLines(honour(1, 36), 60)).toBe(1);
    expect(honourLines(honour(1, 36), 20)).toBe(3);
  });

  it('puts one honour on a page even when the area holds less', () => {
    expect(honourPages([honour(1, 40), honour(2, 40)], { lineChars: 10, lines: 1 })).toHaveLength(2);
  });
});

describe('honourPages with the lines measured on screen', () => {
  it('fills each column to the measured lines, not the estimate', () => {
    // Ten honours the estimate puts on one line each, but drawn on two (phrases moved to the next line).
    const all = Array.from({ length: 10 }, (_, i) => honour(i, 4));
    const box = { lineChars: 40, lines: 2 + 7 };
    expect(honourPages(all, box)[0]).toHaveLength(5); // 1 + 4 × (0.4 + 1) = 6.6 ≤ 7
    const measured = honourPages(all, box, () => 2);
    expect(measured[0]).toHaveLength(3); // 2 + 2 × (0.4 + 2) = 6.8 ≤ 7
    for (const page of measured) expect(page.length * 2 + (page.length - 1) * HONOUR_GAP_LINES).toBeLessThanOrEqual(7);
    expect(measured.flat()).toEqual(all);
  });

  it('passes each honour with its index', () => {
    const all = Array.from({ length: 4 }, (_, i) => honour(i, 4));
    const seen: number[] = [];
    honourPages(all, { lineChars: 40, lines: 20 }, (_, i) => (seen.push(i), 1));
    expect(seen).toEqual([0, 1, 2, 3]);
  });
});
