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
