import { describe, expect, it } from 'vitest';
import { barColumns, iconSize, stepHeights, tileGrid, valueScale } from '../../src/charts/layout.ts';

describe('tileGrid', () => {
  it('puts up to three numbers in one row, then balanced rows', () => {
    expect(tileGrid(1).landscape).toEqual({ columns: 1, rows: 1 });
    expect(tileGrid(3).landscape).toEqual({ columns: 3, rows: 1 });
    expect(tileGrid(4).landscape).toEqual({ columns: 2, rows: 2 });
    expect(tileGrid(5).landscape).toEqual({ columns: 3, rows: 2 });
    expect(tileGrid(8).landscape).toEqual({ columns: 4, rows: 2 });
  });

  it('stacks numbers on a tall screen, two abreast from four on', () => {
    expect(tileGrid(3).portrait).toEqual({ columns: 1, rows: 3 });
    expect(tileGrid(8).portrait).toEqual({ columns: 2, rows: 4 });
  });
});

describe('sizes', () => {
  it('never makes a headline figure smaller than --type-xxl', () => {
    for (let n = 1; n <= 8; n++) expect(valueScale(n)).toBeGreaterThanOrEqual(1);
    expect(valueScale(1)).toBeGreaterThan(valueScale(3));
  });

  it('gives fewer icons more room', () => {
    expect(iconSize(6)).toBeGreaterThan(iconSize(50));
  });
});

describe('barColumns', () => {
  it('splits many bars into two columns only on a wide screen', () => {
    expect(barColumns(4).landscape.columns).toBe(1);
    expect(barColumns(8).landscape).toEqual({ columns: 2, rows: 4 });
    expect(barColumns(8).portrait).toEqual({ columns: 1, rows: 8 });
  });
});

describe('stepHeights', () => {
  it('climbs evenly from the lowest level to the highest', () => {
    const steps = stepHeights(3);
    expect(steps[0]).toBeCloseTo(0.38);
    expect(steps[2]).toBe(1);
    expect(steps[1]! - steps[0]!).toBeCloseTo(steps[2]! - steps[1]!);
    expect(stepHeights(1)).toEqual([1]);
  });
});
