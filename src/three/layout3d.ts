// Where the 3D columns stand and how far back the camera must be to show them all: pure maths,
// unit-tested, no three.js objects.

export interface ColumnPlace {
  x: number;
  z: number;
  /** 0 for the front row; 1 for the back row of a zigzag. */
  row: number;
}

export interface Arrangement {
  places: ColumnPlace[];
  /** Columns side by side across the screen (what each label's width is shared between). */
  perRow: number;
  /** Half the width the columns span, in world units (centre to the outer column's edge). */
  halfWidth: number;
  /** Tallest column, in world units. */
  height: number;
}

export const SPACING = 1;
export const COLUMN_WIDTH = 0.56;

/**
 * One row, or on a tall screen with more than 4 figures a zigzag of two rows whose columns stand
 * between each other, so every label keeps the width of two columns.
 */
export function arrangeColumns(count: number, portrait: boolean): Arrangement {
  const n = Math.max(1, count);
  const zigzag = portrait && n > 4;
  const step = zigzag ? SPACING / 2 : SPACING;
  const places = Array.from({ length: n }, (_, i) => ({
    x: (i - (n - 1) / 2) * step * (zigzag ? 1.6 : 1),
    z: zigzag ? (i % 2 === 0 ? 0.55 : -0.55) : 0,
    row: zigzag ? i % 2 : 0,
  }));
  const halfWidth = Math.max(...places.map((p) => Math.abs(p.x))) + COLUMN_WIDTH;
  const perRow = zigzag ? Math.ceil(n / 2) : n;
  // Tall screens get tall columns, so the picture fills the height as well as the width.
  const height = portrait ? Math.max(2.6, halfWidth * 2.4) : Math.max(1.6, halfWidth * 0.78);
  return { places, perRow, halfWidth, height };
}

/**
 * Column heights as fractions of the tallest. Figures of one unit stand in proportion (with a
 * visible stub for tiny ones); figures in different units cannot be compared, so they stand equal
 * and the numbers above them tell the story.
 */
export function columnHeights(values: readonly number[], comparable: boolean): number[] {
  if (!comparable) return values.map(() => 0.8);
  const top = Math.max(...values, 0);
  return values.map((v) => (top > 0 ? Math.max(0.06, v / top) : 0.06));
}

/** Camera distance at which a box of `halfWidth` × `height` fills `fill` of the view. */
export function fitDistance(options: { halfWidth: number; height: number; fovDeg: number; aspect: number; fill?: number }): number {
  const { halfWidth, height, fovDeg, aspect, fill = 0.8 } = options;
  const halfV = Math.tan((fovDeg * Math.PI) / 360);
  const halfH = halfV * aspect;
  return Math.max(halfWidth / (halfH * fill), height / 2 / (halfV * fill));
}
