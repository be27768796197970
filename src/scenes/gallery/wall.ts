// Layout maths of the attract-mode portrait wall: how many columns, and whose portraits go in each.

export interface WallLayout {
  columns: number;
  /** Tiles in one copy of a column; each column is drawn twice so its drift can loop seamlessly. */
  perColumn: number;
}

/** Tile width as a share of the screen's short side: large enough to recognise a face from afar. */
const TILE_SHARE = 0.27;
const ASPECT = 4 / 3;

export function wallLayout(width: number, height: number): WallLayout {
  const short = Math.min(width, height) || 1080;
  const columns = Math.min(9, Math.max(3, Math.round((width || 1920) / (short * TILE_SHARE))));
  const tileHeight = ((width || 1920) / columns) * ASPECT;
  const perColumn = Math.max(2, Math.ceil((height || 1080) / tileHeight) + 1);
  return { columns, perColumn };
}

/**
 * Ids for each column. A large list is dealt out in consecutive blocks so every worker appears;
 * a short one is rotated per column so neighbouring columns do not show the same face side by side.
 */
export function wallColumns(ids: readonly string[], layout: WallLayout): string[][] {
  const n = ids.length;
  if (n === 0) return [];
  const { columns } = layout;
  const length = Math.max(layout.perColumn, Math.ceil(n / columns));
  const stride = Math.max(1, Math.ceil(n / columns));
  return Array.from({ length: columns }, (_, c) => Array.from({ length }, (_, i) => ids[(c * stride + i) % n]!));
}

/** A still row (or grid) of a few portraits, each as large as the region allows. */
export interface LineupLayout {
  columns: number;
  rows: number;
  /** Width of one portrait (3:4), in px. */
  tileWidth: number;
}

/** The drifting wall's tile width on this screen: what a lineup's portraits must at least match. */
export function wallTileWidth(width: number, height: number): number {
  return (width || 1920) / wallLayout(width, height).columns;
}

/**
 * Few workers are not repeated to fill a wall: they stand still in the region beside the featured
 * card, each once, as large as fits, when every portrait is then at least as large as a wall tile
 * (`minTileWidth`). Null when they do not fit that large: enough workers for the wall.
 */
export function lineupLayout(count: number, region: { width: number; height: number; gap: number }, minTileWidth: number): LineupLayout | null {
  if (count < 1 || region.width <= 0 || region.height <= 0) return null;
  let best: LineupLayout | null = null;
  for (let columns = 1; columns <= count; columns++) {
    const rows = Math.ceil(count / columns);
    if (rows * columns - count >= columns) continue;
    const cellWidth = (region.width - (columns - 1) * region.gap) / columns;
    const cellHeight = (region.height - (rows - 1) * region.gap) / rows;
    const tileWidth = Math.floor(Math.min(cellWidth, cellHeight / ASPECT));
    if (tileWidth >= minTileWidth && (!best || tileWidth > best.tileWidth)) best = { columns, rows, tileWidth };
  }
  return best;
}
