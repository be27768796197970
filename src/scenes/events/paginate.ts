// Splits the board's day groups into pages that fit the measured list area, at most a few pages (pure).
import type { DayGroup } from './upcoming.ts';

/** A visitor reads a handful of pages; past this the board says how many more there are instead. */
export const MAX_BOARD_PAGES = 10;

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

export interface Board {
  pages: Page[];
  /** Occurrences given that are on no page (the last page's last column ends with a line saying so). */
  hidden: number;
}

/** Height of a column as the CSS stacks it: blocks apart by a gap, each a heading and cards apart by gaps. */
export function columnHeight(column: Column, layout: PageLayout): number {
  return column.reduce((sum, block, i) => sum + (i ? layout.gap : 0) + layout.heading + block.items.length * (layout.gap + layout.card), 0);
}

/**
 * Fills columns top to bottom, then pages left to right, for at most `maxPages` pages; a group that
 * does not fit continues in the next column under its heading again. A heading never ends a column
 * alone, and every column holds at least one card, however small the area. When the groups need
 * more pages, the last column gives up cards until the 「另有 N 项活动」 line fits under it, and
 * `hidden` counts what is left out, with `beyond` more occurrences the caller did not pass in.
 * Work stops at the last page, however many groups are given.
 */
export function paginate(groups: readonly DayGroup[], layout: PageLayout, maxPages = MAX_BOARD_PAGES, beyond = 0): Board {
  const perPage = Math.max(1, Math.floor(layout.columns));
  const maxColumns = Math.max(1, Math.floor(maxPages)) * perPage;
  const total = groups.reduce((sum, group) => sum + group.items.length, 0) + beyond;
  const stacks: Column[] = [];
  let stack: Column = [];
  let used = 0;
  let placed = 0;
  const flush = () => {
    if (stack.length) stacks.push(stack);
    stack = [];
    used = 0;
  };
  fill: for (const group of groups) {
    let block: PageBlock | null = null;
    for (const [index, item] of group.items.entries()) {
      const needed = block ? layout.gap + layout.card : (stack.length ? layout.gap : 0) + layout.heading + layout.gap + layout.card;
      if (stack.length && used + needed > layout.height) {
        if (stacks.length + 1 >= maxColumns) break fill; // this was the last column there is room for
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
      placed += 1;
    }
  }
  if (placed < total && stack.length) placed -= makeRoomForMore(stack, layout);
  flush();
  const pages: Page[] = [];
  for (let i = 0; i < stacks.length; i += perPage) pages.push(stacks.slice(i, i + perPage));
  return { pages, hidden: total - placed };
}

/**
 * Takes cards off the end of the last column until the "more" line (drawn as tall as a heading)
 * fits under it, keeping one card; returns how many.
 */
function makeRoomForMore(column: Column, layout: PageLayout): number {
  const line = layout.gap + layout.heading;
  let removed = 0;
  while (columnHeight(column, layout) + line > layout.height) {
    const last = column.at(-1)!;
    if (column.length === 1 && last.items.length <= 1) break;
    last.items.pop();
    removed += 1;
    if (last.items.length === 0) column.pop(); // no heading left alone
  }
  return removed;
}

/** How long each page stays: the scene's time shared out, never rushed, never stale. */
export function pageDurationMs(sceneSeconds: number, pageCount: number): number {
  const share = (sceneSeconds * 1000) / Math.max(1, pageCount);
  return Math.min(20_000, Math.max(8_000, share));
}
