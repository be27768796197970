import { describe, expect, it } from 'vitest';
import { arrangeColumns, columnHeights, COLUMN_WIDTH, fitDistance, FLOOR_ROOM, frameColumns, labelRoom, MAX_LABEL_ROOM, MAX_SPREAD, spreadArrangement, spreadToFill } from '../../src/three/layout3d.ts';

describe('arrangeColumns', () => {
  it('stands the columns in one centred row', () => {
    const { places } = arrangeColumns(3, false);
    expect(places.map((p) => p.x)).toEqual([-1, 0, 1]);
    expect(places.every((p) => p.z === 0)).toBe(true);
  });

  it('frames out to the outer labels, so every label gets the same width', () => {
    const { halfWidth, slot, places } = arrangeColumns(4, false);
    expect(halfWidth).toBe(places.at(-1)!.x + slot / 2);
    expect(slot).toBeGreaterThan(COLUMN_WIDTH);
  });

  it('gives tall screens taller columns', () => {
    expect(arrangeColumns(3, true).height).toBeGreaterThan(arrangeColumns(3, false).height);
  });
});

describe('columnHeights', () => {
  it('stands comparable figures in proportion, with a visible stub for tiny ones', () => {
    expect(columnHeights([15, 30], true)).toEqual([0.5, 1]);
    expect(columnHeights([1, 1000], true)[0]).toBe(0.015);
    expect(columnHeights([1, 4, 12, 42, 665], true).map((h) => Math.round(h * 665))).toEqual([10, 10, 12, 42, 665]);
    expect(columnHeights([0, 0], true)).toEqual([0.015, 0.015]);
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
    expect(fitDistance({ halfWidth: 0.1, height: 4, fovDeg: 90, aspect: 1, fill: 1 })).toBeCloseTo(2);
  });
});

describe('frameColumns', () => {
  const FOV = 24;
  const tanV = Math.tan((FOV * Math.PI) / 360);
  /** Where a height projects, from -1 (the view's bottom) to 1 (its top), looking level. */
  const ndc = (y: number, f: { distance: number; targetY: number }) => (y - f.targetY) / (f.distance * tanV);

  it.each([
    ['landscape, four columns', 2, 1.44, 1.9, 0.3],
    ['portrait, eight columns', 4, 8.8, 0.55, 0.45],
    ['landscape, labels not measured yet', 2, 1.44, 1.9, 0],
  ])('%s: the labels get their room above the tallest column, the columns stand on the floor', (_name, halfWidth, height, aspect, labelRoom) => {
    const framed = frameColumns({ halfWidth, height, fovDeg: FOV, aspect, labelRoom });
    // The top of the tallest column sits at least `labelRoom` of the view's height below its top edge.
    expect((1 - ndc(height, framed)) / 2).toBeGreaterThanOrEqual(labelRoom);
    expect(ndc(0, framed)).toBeCloseTo(-1 + 2 * FLOOR_ROOM);
    // Every column fits the width.
    expect(halfWidth / (framed.distance * tanV * aspect)).toBeLessThanOrEqual(1);
  });

  it('never gives the labels more than MAX_LABEL_ROOM of the height', () => {
    const framed = frameColumns({ halfWidth: 2, height: 1.44, fovDeg: FOV, aspect: 1.9, labelRoom: 0.9 });
    expect((1 - ndc(1.44, framed)) / 2).toBeCloseTo(MAX_LABEL_ROOM + 0.02);
  });
});

describe('labelRoom', () => {
  it('leaves the tallest column\'s label its height', () => {
    expect(labelRoom([1, 0.3], [200, 200], 1000)).toBeCloseTo(0.2);
  });

  it('lets a tall label over a short column grow into the columns\' height difference', () => {
    // 1, 0.03: the short column's 420 px label has (1 - 0.03) of the columns' span above it.
    expect(labelRoom([1, 0.03], [150, 420], 1000)).toBeCloseTo(0.15);
  });

  it('is so tall only for labels that cannot fit otherwise, never beyond MAX_LABEL_ROOM', () => {
    expect(labelRoom([1, 0.5], [900, 900], 1000)).toBe(MAX_LABEL_ROOM);
  });
});

describe('spreadToFill', () => {
  const FOV = 30;
  it('spreads a row that the labels\' room pushed back, so it fills a wide view', () => {
    const row = arrangeColumns(4, false);
    const framed = frameColumns({ halfWidth: row.halfWidth, height: row.height, fovDeg: FOV, aspect: 16 / 9, labelRoom: 0.4 });
    const spread = spreadToFill({ halfWidth: row.halfWidth, distance: framed.distance, fovDeg: FOV, aspect: 16 / 9 });
    expect(spread).toBeGreaterThan(1);
    const wide = spreadArrangement(row, spread);
    // The spread row still fits the view at the same distance, and its slots are as much wider.
    const visibleHalf = framed.distance * Math.tan((FOV * Math.PI) / 360) * (16 / 9);
    expect(wide.halfWidth).toBeLessThanOrEqual(visibleHalf);
    expect(wide.slot).toBeCloseTo(row.slot * spread);
    expect(wide.places.map((p) => p.x)).toEqual(row.places.map((p) => p.x * spread));
  });

  it('leaves a row alone when the width already sets the distance (a tall screen)', () => {
    const row = arrangeColumns(8, true);
    const framed = frameColumns({ halfWidth: row.halfWidth, height: row.height, fovDeg: FOV, aspect: 9 / 16, labelRoom: 0.2 });
    expect(spreadToFill({ halfWidth: row.halfWidth, distance: framed.distance, fovDeg: FOV, aspect: 9 / 16 })).toBeCloseTo(1, 1);
  });

  it('never spreads a row so far apart that it stops reading as one chart', () => {
    expect(spreadToFill({ halfWidth: 1, distance: 100, fovDeg: FOV, aspect: 16 / 9 })).toBe(MAX_SPREAD);
  });
});
