// Splits the board's day groups into pages that fit the measured list area (pure).
import type { DayGroup } from './upcoming.ts';

/** Measured sizes, in pixels, of one column: a vertical stack of heading, cards, heading, … */
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
  /** True when the group began in an earlier column (its heading is repeated). */
  continued: boolean;
}

/** One column of a page: a vertical stack of day groups. */
export type Column = PageBlock[];
/** A page: `columns` columns side by side, read left to right like a newspaper. */
export type Page = Column[];

/**
 * Fills columns top to bottom, then pages left to right; a group that does not fit continues
 * in the next column under its heading again. A heading never ends a column alone, and every
 * column holds at least one card, however small the area.
 */
export function paginate(groups: readonly DayGroup[], layout: PageLayout): Page[] {
  const stacks: Column[] = [];
  let stack: Column = [];
  let used = 0;
  const flush = () => {
    if (stack.length) stacks.push(stack);
    stack = [];
    used = 0;
  };
  for (const group of groups) {
    let block: PageBlock | null = null;
    group.items.forEach((item, index) => {
      const needed = block ? layout.gap + layout.card : (stack.length ? layout.gap : 0) + layout.heading + layout.gap + layout.card;
      if (stack.length && used + needed > layout.height) {
        flush();
        block = null;
      }
      if (!block) {
        block = { group, from: index, items: [], continued: index > 0 };
        used += (stack.length ? layout.gap : 0) + layout.heading + layout.gap + layout.card;
        stack.push(block);
      } else {
        used += layout.gap + layout.card;
      }
      block.items.push(item);
    });
  }
  flush();
  const perPage = Math.max(1, Math.floor(layout.columns));
  const pages: Page[] = [];
  for (let i = 0; i < stacks.length; i += perPage) pages.push(stacks.slice(i, i + perPage));
  return pages;
}

/** How long each page stays: the scene's time shared out, never rushed, never stale. */
export function pageDurationMs(sceneSeconds: number, pageCount: number): number {
  const share = (sceneSeconds * 1000) / Math.max(1, pageCount);
  return Math.min(20_000, Math.max(8_000, share));
}
