// Drag reorder of a list (pure): which gap between items a pointer is over, and the list after
// dropping an item into a gap. Gaps are numbered 0 (before the first) to n (after the last).

/** The gap nearest a pointer at `y`, given each item's vertical midpoint (top to bottom). */
export function gapAt(y: number, midpoints: readonly number[]): number {
  let gap = 0;
  while (gap < midpoints.length && y > midpoints[gap]!) gap++;
  return gap;
}

/** True when dropping item `from` into `gap` leaves the list as it is (just above or below itself). */
export function isNoMove(from: number, gap: number): boolean {
  return gap === from || gap === from + 1;
}

/** The list with item `from` moved into `gap` (a new array; the same order for a drop in place). */
export function moveToGap<T>(list: readonly T[], from: number, gap: number): T[] {
  const out = [...list];
  if (from < 0 || from >= list.length || gap < 0 || gap > list.length || isNoMove(from, gap)) return out;
  const [item] = out.splice(from, 1);
  out.splice(gap > from ? gap - 1 : gap, 0, item as T);
  return out;
}
