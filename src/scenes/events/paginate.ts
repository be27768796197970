// Splits the board's day groups into pages that fit the measured list area (pure).
import type { DayGroup } from './upcoming.ts';

/** Measured sizes, in pixels. Page content is a vertical stack: heading, card rows, heading, … */
export interface PageLayout {
  height: number;
  heading: number;
  card: number;
  gap: number;
  columns: number;
}

export interface PageBlock {
  group: DayGroup;
  /** Index of the block's first item within its group. */
  from: number;
  items: DayGroup['items'];
  /** True when the group began on an earlier page (its heading is repeated). */
  continued: boolean;
}

export type Page = PageBlock[];

/**
 * Fills pages top to bottom; a group that does not fit continues on the next page under its
 * heading again. A heading never ends a page alone, and every page holds at least one row.
 */
export function paginate(groups: readonly DayGroup[], layout: PageLayout): Page[] {
  const columns = Math.max(1, Math.floor(layout.columns));
  const pages: Page[] = [];
  let page: Page = [];
  let used = 0;
  const flush = () => {
    if (page.length) pages.push(page);
    page = [];
    used = 0;
  };
  for (const group of groups) {
    let block: PageBlock | null = null;
    for (let from = 0; from < group.items.length; from += columns) {
      const row = group.items.slice(from, from + columns);
      const needed = block ? layout.gap + layout.card : (page.length ? layout.gap : 0) + layout.heading + layout.gap + layout.card;
      if (page.length && used + needed > layout.height) {
        flush();
        block = null;
      }
      if (!block) {
        block = { group, from, items: [], continued: from > 0 };
        used += (page.length ? layout.gap : 0) + layout.heading + layout.gap + layout.card;
        page.push(block);
      } else {
        used += layout.gap + layout.card;
      }
      block.items.push(...row);
    }
  }
  flush();
  return pages;
}

/** How long each page stays: the scene's time shared out, never rushed, never stale. */
export function pageDurationMs(sceneSeconds: number, pageCount: number): number {
  const share = (sceneSeconds * 1000) / Math.max(1, pageCount);
  return Math.min(20_000, Math.max(8_000, share));
}
