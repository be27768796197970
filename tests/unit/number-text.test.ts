// @vitest-environment jsdom
// What never breaks over two lines in a number (NumberText's unbreakable .amount): the digits, 万/亿
// and a qualifier next to them, so 「600 / 余人」 (600 alone reads as exact) cannot happen; the unit
// and a trailing 左右 may go to the next line of a narrow label.
import { describe, expect, it } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import NumberText from '../../src/charts/NumberText.svelte';
import { formatFigure } from '../../src/format/numbers.ts';

function amountOf(figure: Parameters<typeof formatFigure>[0]): { amount: string; all: string } {
  const target = document.createElement('div');
  const app = mount(NumberText, { target, props: { parts: formatFigure(figure) } });
  flushSync();
  const result = { amount: target.querySelector('.amount')?.textContent ?? '', all: target.textContent ?? '' };
  unmount(app);
  return result;
}

describe('NumberText keeps the amount and its qualifier on one line', () => {
  it('余 after the digits stays with them; the unit may wrap', () => {
    expect(amountOf({ value: 600, unit: '人', qualifier: '余' })).toEqual({ amount: '600余', all: '600余人' });
  });
  it('余 after 万 stays with the amount', () => {
    expect(amountOf({ value: 1_120_000, unit: '元', qualifier: '余' })).toEqual({ amount: '112万余', all: '112万余元' });
  });
  it('约 before the digits stays with them', () => {
    expect(amountOf({ value: 220_000, unit: '元', qualifier: '约' }).amount).toBe('约22万');
  });
  it('an exact figure: digits and 万 only', () => {
    expect(amountOf({ value: 4_191_0000 / 10, unit: '元' })).toEqual({ amount: '419.1万', all: '419.1万元' });
  });
});
