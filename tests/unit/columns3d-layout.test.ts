import { describe, expect, it } from 'vitest';
import { arrangeColumns, columnHeights, COLUMN_WIDTH, fitDistance } from '../../src/three/layout3d.ts';

describe('arrangeColumns', () => {
  it('stands the columns in one centred row on a wide screen', () => {
    const { places, perRow } = arrangeColumns(3, false);
    expect(places.map((p) => p.x)).toEqual([-1, 0, 1]);
    expect(places.every((p) => p.z === 0)).toBe(true);
    expect(perRow).toBe(3);
  });

  it('zigzags more than four columns into two rows on a tall screen', () => {
    const { places, perRow } = arrangeColumns(8, true);
    expect(perRow).toBe(4);
    expect(places.filter((p) => p.row === 1)).toHaveLength(4);
    // Neighbours stand in different rows, so no column hides the one behind it.
    for (let i = 1; i < places.length; i++) expect(places[i]!.row).not.toBe(places[i - 1]!.row);
    expect(arrangeColumns(4, true).perRow).toBe(4);
  });

  it('gives tall screens taller columns', () => {
    expect(arrangeColumns(3, true).height).toBeGreaterThan(arrangeColumns(3, false).height);
    expect(arrangeColumns(3, false).halfWidth).toBeCloseTo(1 + COLUMN_WIDTH);
  });
});

describe('columnHeights', () => {
  it('stands comparable figures in proportion, with a visible stub for tiny ones', () => {
    expect(columnHeights([2, 15, 30], true)).toEqual([0.06666666666666667, 0.5, 1]);
    expect(columnHeights([1, 1000], true)[0]).toBe(0.06);
    expect(columnHeights([0, 0], true)).toEqual([0.06, 0.06]);
  });

  it('stands figures in different units equal', () => {
    expect(new Set(columnHeights([20, 2000, 50000], false)).size).toBe(1);
  });
});

describe('fitDistance', () => {
  it('backs off further for a narrower view', () => {
    const wide = fitDistance({ halfWidth: 3, height: 2, fovDeg: 35, aspect: 16 / 9 });
    const tall = fitDistance({ halfWidth: 3, height: 2, fovDeg: 35, aspect: 9 / 16 });
    expect(tall).toBeGreaterThan(wide);
  });

  it('fits the height when the box is tall', () => {
    const d = fitDistance({ halfWidth: 0.1, height: 4, fovDeg: 90, aspect: 1, fill: 1 });
    expect(d).toBeCloseTo(2);
  });
});
