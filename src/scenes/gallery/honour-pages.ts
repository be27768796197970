// The full honours list as pages of the story, when the story's header has no room for all of them:
// every honour on some page, each page filled to the lines its text area holds (pure).
import type { Honour } from '../../content/schema.ts';
import { textWidth } from './pages.ts';

/** The honours page's text area, in its own units (measured by the story). */
export interface HonourBox {
  /** Full-width characters that fit on one line of one column. */
  lineChars: number;
  /** Columns side by side under the heading (an honour never breaks across two). */
  columns?: number;
  /** Lines that fit in the area's height (at the honours' line height). */
  lines: number;
}

/** The level chip (two characters and its padding), the year (「2023 年」) and the spaces between, in em. */
const CHIP_EM = 3;
const YEAR_EM = 4;
/** Lines the page's heading (「全部荣誉」) and the gap under it take. */
export const HEADING_LINES = 2;
/** The gap between two honours, in lines. */
export const HONOUR_GAP_LINES = 0.4;

/** Lines one honour takes: chip, title and year flow as one paragraph, counted a character short. */
export function honourLines(honour: Pick<Honour, 'title' | 'level'>, lineChars: number): number {
  const width = (honour.level ? CHIP_EM : 0) + textWidth(honour.title) + YEAR_EM;
  return Math.max(1, Math.ceil(width / Math.max(1, lineChars - 1)));
}

/**
 * The honours split into pages, in the order given, each page holding what fits under its heading;
 * every page holds at least one honour, however small the area. `linesOf` gives an honour's lines
 * (fractional allowed): as drawn, where the story has measured them in the page's own box (breaks
 * between phrases take more lines than characters alone say), else estimated by honourLines.
 */
export function honourPages<T extends Pick<Honour, 'title' | 'level'>>(
  honours: readonly T[],
  box: HonourBox,
  linesOf: (honour: T, index: number) => number = (honour) => honourLines(honour, box.lineChars),
): T[][] {
  const room = box.lines - HEADING_LINES;
  const columns = Math.max(1, Math.floor(box.columns ?? 1));
  const pages: T[][] = [];
  let page: T[] = [];
  let column = 0;
  let used = 0;
  for (const [index, honour] of honours.entries()) {
    const lines = linesOf(honour, index);
    if (used > 0 && used + HONOUR_GAP_LINES + lines > room + 1e-9) {
      column += 1;
      used = 0;
      if (column >= columns) {
        pages.push(page);
        page = [];
        column = 0;
      }
    }
    used += (used > 0 ? HONOUR_GAP_LINES : 0) + lines;
    page.push(honour);
  }
  if (page.length) pages.push(page);
  return pages;
}
