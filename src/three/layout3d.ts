// Where the 3D columns stand and how far back the camera must be to show them all: pure maths,
// unit-tested, no three.js objects.

export interface ColumnPlace {
  x: number;
  z: number;
}

export interface Arrangement {
  places: ColumnPlace[];
  /** Width of one label's slot, in world units: the distance between neighbouring columns. */
  slot: number;
  /** Half the width to frame, in world units: out to the outer label slots' edges. */
  halfWidth: number;
  /** Tallest column, in world units. */
  height: number;
}

export const SPACING = 1;
export const COLUMN_WIDTH = 0.5;

/**
 * One centred row. (Two rows would give labels more room on a tall screen, but columns of different
 * heights then put labels of neighbouring rows at the same height, on top of each other.)
 */
export function arrangeColumns(count: number, portrait: boolean): Arrangement {
  const n = Math.max(1, count);
  const places = Array.from({ length: n }, (_, i) => ({ x: (i - (n - 1) / 2) * SPACING, z: 0 }));
  const halfWidth = (n * SPACING) / 2;
  // Tall screens get tall columns, so the picture fills the height as well as the width.
  const height = portrait ? Math.max(2.6, halfWidth * 2.2) : Math.max(1.4, halfWidth * 0.72);
  return { places, slot: SPACING, halfWidth, height };
}

/**
 * Column heights as fractions of the tallest. Figures of one unit stand in proportion (with a
 * visible sliver for tiny ones). The chooser only stands comparable figures as columns; unlike ones
 * (a fallback that should not happen) stand equal so no height claims a comparison.
 */
export const COLUMN_STUB = 0.015;

export function columnHeights(values: readonly number[], comparable: boolean): number[] {
  if (!comparable) return values.map(() => 0.8);
  const top = Math.max(...values, 0);
  // The stub is a sliver, not a height: 1 beside 665 must not look like 40.
  return values.map((v) => (top > 0 ? Math.max(COLUMN_STUB, v / top) : COLUMN_STUB));
}

/** Camera distance at which a box of `halfWidth` × `height` fills `fill` of the view. */
export function fitDistance(options: { halfWidth: number; height: number; fovDeg: number; aspect: number; fill?: number }): number {
  const { halfWidth, height, fovDeg, aspect, fill = 0.8 } = options;
  const halfV = Math.tan((fovDeg * Math.PI) / 360);
  const halfH = halfV * aspect;
  return Math.max(halfWidth / (halfH * fill), height / 2 / (halfV * fill));
}

/** The most the row may be spread apart: further, the columns stop reading as one chart. */
export const MAX_SPREAD = 2.2;

/**
 * How much further apart to stand the columns so the row fills the view's width. When the labels'
 * room (the height) sets the camera's distance, a row at SPACING covers only the middle of a wide
 * screen and its labels wrap in narrow slots; spread, each label gets a wider slot (fewer lines,
 * less room needed) and the chart uses the screen. 1 when the width already sets the distance.
 */
export function spreadToFill(options: { halfWidth: number; distance: number; fovDeg: number; aspect: number }): number {
  const { halfWidth, distance, fovDeg, aspect } = options;
  const visibleHalf = distance * Math.tan((fovDeg * Math.PI) / 360) * aspect * 0.94;
  return Math.min(MAX_SPREAD, Math.max(1, visibleHalf / Math.max(halfWidth, 1e-6)));
}

/** The same row, `spread` times wider: places, label slots and the width to frame. */
export function spreadArrangement(arrangement: Arrangement, spread: number): Arrangement {
  return {
    places: arrangement.places.map((p) => ({ x: p.x * spread, z: p.z })),
    slot: arrangement.slot * spread,
    halfWidth: arrangement.halfWidth * spread,
    height: arrangement.height,
  };
}

/** Share of the view's height left under the columns' feet (the lit floor). */
export const FLOOR_ROOM = 0.06;
/** The most of the view's height the labels may take; the columns keep the rest. */
export const MAX_LABEL_ROOM = 0.55;

/**
 * Where the camera looks and how far back it stands so that the columns stand on the view's lower
 * edge (FLOOR_ROOM above it) and leave `labelRoom` (a share of the view's height) free above the
 * tallest one for its label, while all of them fit the width. Looking nearly level, so heights
 * project about linearly.
 */
export function frameColumns(options: { halfWidth: number; height: number; fovDeg: number; aspect: number; labelRoom: number }): { distance: number; targetY: number } {
  const { halfWidth, height, fovDeg, aspect } = options;
  const room = Math.min(MAX_LABEL_ROOM, Math.max(0, options.labelRoom)) + 0.02;
  const tanV = Math.tan((fovDeg * Math.PI) / 360);
  // Half the view's height at the target: the columns take (1 - floor - room) of the whole height.
  const halfForHeight = height / (2 * (1 - FLOOR_ROOM - room));
  const distance = Math.max(halfForHeight / tanV, halfWidth / (tanV * aspect * 0.94));
  const half = distance * tanV;
  return { distance, targetY: half * (1 - 2 * FLOOR_ROOM) };
}

/**
 * The share of the view's height to leave above the tallest column so every label fits above its
 * own column: a label over a short column has the columns' height difference to grow into. For
 * column i (height h of the tallest) with a label L px tall in a view V px high, the room R must
 * satisfy R ≥ L − (1 − h)(V(1 − FLOOR_ROOM) − R).
 */
export function labelRoom(heights: readonly number[], labelPx: readonly number[], viewPx: number): number {
  const usable = viewPx * (1 - FLOOR_ROOM);
  let room = 0;
  heights.forEach((h, i) => {
    const label = labelPx[i] ?? 0;
    const need = (label - (1 - h) * usable) / Math.max(h, 0.05);
    if (need > room) room = need;
  });
  return Math.min(MAX_LABEL_ROOM, room / viewPx);
}
