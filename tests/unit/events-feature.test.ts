import { describe, expect, it } from 'vitest';
import { featureGrid, LARGE_FEATURE_ROOM, type FeatureBox } from '../../src/scenes/events/feature.ts';

// The list areas of the board at 1920×1080 and 1080×1920, and a feature card's minimum (52 × 34 vmin).
const LANDSCAPE: FeatureBox = { width: 1812, height: 660, gap: 32, minWidth: 562, minHeight: 367 };
const PORTRAIT: FeatureBox = { width: 983, height: 1450, gap: 32, minWidth: 562, minHeight: 367 };
const shape = (box: FeatureBox, n: number) => {
  const grid = featureGrid(n, box);
  return grid && { columns: grid.columns, rows: grid.rows };
};

describe('featureGrid: a few events as large cards', () => {
  it('lays one event out as one card over the whole list area', () => {
    expect(shape(LANDSCAPE, 1)).toEqual({ columns: 1, rows: 1 });
    expect(shape(PORTRAIT, 1)).toEqual({ columns: 1, rows: 1 });
  });

  it('sets two or three side by side in landscape, one above the other in portrait', () => {
    expect(shape(LANDSCAPE, 2)).toEqual({ columns: 2, rows: 1 });
    expect(shape(LANDSCAPE, 3)).toEqual({ columns: 3, rows: 1 });
    expect(shape(PORTRAIT, 2)).toEqual({ columns: 1, rows: 2 });
    expect(shape(PORTRAIT, 3)).toEqual({ columns: 1, rows: 3 });
  });

  it('gives one event room for larger type', () => {
    expect(featureGrid(1, LANDSCAPE)!.room).toBeGreaterThanOrEqual(LARGE_FEATURE_ROOM);
    expect(featureGrid(1, PORTRAIT)!.room).toBeGreaterThanOrEqual(LARGE_FEATURE_ROOM);
    expect(featureGrid(2, LANDSCAPE)!.room).toBeLessThan(LARGE_FEATURE_ROOM);
    expect(featureGrid(3, PORTRAIT)!.room).toBeLessThan(LARGE_FEATURE_ROOM);
  });

  it('gives way to the usual board when the cards would be smaller than a feature card needs', () => {
    expect(shape(LANDSCAPE, 4)).toBeNull();
    expect(shape(PORTRAIT, 4)).toBeNull();
    expect(shape(LANDSCAPE, 40)).toBeNull();
  });

  it('holds more on a bigger area (the threshold comes from the layout, not a count)', () => {
    expect(shape({ ...LANDSCAPE, height: 1400 }, 4)).toEqual({ columns: 2, rows: 2 });
    expect(shape(LANDSCAPE, 0)).toBeNull();
    expect(shape({ ...LANDSCAPE, height: 0 }, 1)).toBeNull();
  });
});
