// Layout maths for the charts, for both screen orientations at once: each chart's CSS picks the
// landscape or portrait values with a container query, so nothing is measured in JS.

export interface Grid {
  columns: number;
  rows: number;
}

export interface GridPair {
  landscape: Grid;
  portrait: Grid;
}

const grid = (columns: number, count: number): Grid => ({ columns, rows: Math.ceil(count / columns) });

/** Tiles for `count` numbers: one row when it reads well, then balanced rows (never 3 + 1). */
export function tileGrid(count: number): GridPair {
  const n = Math.max(1, count);
  const landscapeColumns = n <= 3 ? n : n === 4 ? 2 : n <= 6 ? 3 : 4;
  const portraitColumns = n <= 3 ? 1 : 2;
  return { landscape: grid(landscapeColumns, n), portrait: grid(portraitColumns, n) };
}

/**
 * Value font size as a multiple of --type-xxl: the fewer the figures, the bigger each one.
 * Never below 1, so a headline figure is always at least --type-xxl (the fit step-down is the
 * only thing allowed to shrink an unusually long one).
 */
export function valueScale(count: number): number {
  if (count <= 1) return 2;
  if (count <= 3) return 1.3;
  return 1;
}

/** Rows of bars: one column of rows up to 4 figures, two columns in landscape beyond that. */
export function barColumns(count: number): GridPair {
  return { landscape: grid(count <= 4 ? 1 : 2, count), portrait: grid(1, count) };
}

/** Step heights of a staircase of `count` levels, lowest level first, as fractions of the tallest. */
export function stepHeights(count: number): number[] {
  const n = Math.max(1, count);
  const lowest = n === 1 ? 1 : 0.38;
  return Array.from({ length: n }, (_, i) => (n === 1 ? 1 : lowest + ((1 - lowest) * i) / (n - 1)));
}

/** Icons of a pictogram stand in rows of ten: 23 reads as two full rows and three. */
export const ICONS_PER_ROW = 10;

/** Largest icon size (in vmin) for a pictogram of `total` icons: fewer icons, bigger ones. */
export function iconSize(total: number): number {
  if (total <= 10) return 11;
  if (total <= 20) return 9;
  if (total <= 30) return 7.5;
  return 6;
}
