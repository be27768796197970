// When the board has only a few events: how to lay them out as large feature cards that fill the
// list area, or null when they would be smaller than a feature card needs (then the usual board) (pure).

export interface FeatureBox {
  /** The list area, in px. */
  width: number;
  height: number;
  gap: number;
  /** The smallest cell a feature card reads well in (its type, QR code and description), in px. */
  minWidth: number;
  minHeight: number;
}

export interface FeatureGrid {
  columns: number;
  rows: number;
  /** How many times the minimum each card gets (the smaller of width and height), ≥ 1. */
  room: number;
}

/** A single card with this much room over its minimum is set in larger type. */
export const LARGE_FEATURE_ROOM = 1.6;

/**
 * The grid of `count` feature cards that leaves each card the most room over its minimum, with no
 * row left more than partly empty; null when no grid gives every card its minimum (the usual board
 * of compact cards takes over: more events than the screen holds large).
 */
export function featureGrid(count: number, box: FeatureBox): FeatureGrid | null {
  if (count < 1 || box.width <= 0 || box.height <= 0 || box.minWidth <= 0 || box.minHeight <= 0) return null;
  let best: FeatureGrid | null = null;
  for (let columns = 1; columns <= count; columns++) {
    const rows = Math.ceil(count / columns);
    if (rows * columns - count >= columns) continue; // a whole empty row
    const cellWidth = (box.width - (columns - 1) * box.gap) / columns;
    const cellHeight = (box.height - (rows - 1) * box.gap) / rows;
    const room = Math.min(cellWidth / box.minWidth, cellHeight / box.minHeight);
    if (room >= 1 && (!best || room > best.room)) best = { columns, rows, room };
  }
  return best;
}
