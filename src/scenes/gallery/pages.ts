// Splits a worker's story into short pages a visitor reads at arm's length, breaking at sentence
// ends, each page fitting the text area it is drawn in, and at most a few pages.

/** The text area a page is drawn in, in the paragraph's own units (measured by the story). */
export interface TextBox {
  /** Full-width characters (1em each) that fit on one line. */
  lineChars: number;
  /** Lines that fit in the area's height (its height over the line height). */
  lines: number;
  /** The space between two paragraphs, in lines (1em of margin over a 1.8em line is 0.56). */
  paragraphGap: number;
}

export interface PageOptions {
  /** Pages shorter than this (in characters) are avoided unless the text forces them. */
  min: number;
  /** No page is longer than this; a single longer sentence is cut at a clause mark first. */
  max: number;
  /** When given, no page takes more lines than the box holds (many short paragraphs, wide letters). */
  box?: TextBox;
  /** At most this many pages; the story is cut at a sentence end on the last, with room for a closing line. */
  maxPages?: number;
}

/** One page: the pieces of each paragraph that fall on it, in reading order. */
export type StoryPage = string[];

export interface StoryPaging {
  pages: StoryPage[];
  /** True when the story goes on past the last page (the last page then says so in one line). */
  cut: boolean;
}

export const DEFAULT_PAGE_OPTIONS: PageOptions = { min: 60, max: 140 };
/** A visitor pages through a few screens; past this a story is cut with a clear closing line. */
export const MAX_STORY_PAGES = 10;

interface Unit {
  paragraph: number;
  text: string;
  length: number;
  /** Width in em: full-width characters 1, Latin letters less, wide ones (W, m) as much. */
  width: number;
}

/** Characters as a reader counts them (code points, so rare CJK characters count once). */
export const charCount = (text: string): number => [...text].length;

// Full-width: CJK ideographs, kana, hangul, CJK and full-width punctuation, and curly quotes, which
// CJK fonts draw full-width.
const FULL_WIDTH = /[\u1100-\u115f\u2018-\u201f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;
const WIDE = /[MWmw@%&]/;
const NARROW = /[\s.,;:'!|il]/;

/** Width of a text in em, erring wide so that a page estimated to fit does fit. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += FULL_WIDTH.test(ch) || WIDE.test(ch) ? 1 : NARROW.test(ch) ? 0.35 : ch >= 'A' && ch <= 'Z' ? 0.75 : 0.62;
  return width;
}

/**
 * Lines a run of paragraph pieces takes in the box, plus the gaps between them. Every piece starts
 * with a 2em indent; a line is counted one character short, for punctuation a line may not start
 * with (the browser carries the character before it over).
 */
export function linesTaken(widths: readonly number[], box: TextBox): number {
  const perLine = Math.max(1, box.lineChars - 1);
  return widths.reduce((sum, w, i) => sum + Math.ceil((2 + w) / perLine) + (i ? box.paragraphGap : 0), 0);
}

// A sentence runs to 。！？ (or ! ?) and keeps any closing quotes or brackets that follow it.
const SENTENCE = /[^。！？!?]+(?:[。！？!?]+[”’」』）)"']*|$)|[。！？!?]+[”’」』）)"']*/gu;
// Where a too-long sentence may be cut when it has no sentence end inside.
const CLAUSE = /[^，；：、,;:]*[，；：、,;:]+|[^，；：、,;:]+/gu;

function cutToMax(piece: string, pattern: RegExp, max: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const part of piece.match(pattern) ?? [piece]) {
    if (current && charCount(current) + charCount(part) > max) {
      out.push(current);
      current = '';
    }
    current += part;
  }
  if (current) out.push(current);
  return out;
}

function hardCut(text: string, max: number): string[] {
  const chars = [...text];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += max) out.push(chars.slice(i, i + max).join(''));
  return out;
}

/** The sentences of a paragraph, none longer than `max`. */
export function sentences(paragraph: string, max: number): string[] {
  const out: string[] = [];
  for (const sentence of paragraph.match(SENTENCE) ?? []) {
    if (charCount(sentence) <= max) {
      out.push(sentence);
      continue;
    }
    for (const clause of cutToMax(sentence, CLAUSE, max)) {
      if (charCount(clause) <= max) out.push(clause);
      else out.push(...hardCut(clause, max));
    }
  }
  return out;
}

/**
 * Pages of roughly `min`–`max` characters. Chooses the page breaks that keep pages full and even
 * (least squared shortfall from `max`), strongly avoids pages under `min`, and prefers breaking
 * between paragraphs over breaking inside one. Every character of the story appears exactly once
 * (unless `maxPages` cuts it: see paginateStory).
 */
export function storyPages(paragraphs: readonly string[], options: PageOptions = DEFAULT_PAGE_OPTIONS): StoryPage[] {
  return paginateStory(paragraphs, options).pages;
}

/**
 * storyPages, and whether the story was cut. With a `box`, no page takes more lines than it holds,
 * and a sentence longer than a page is cut to fit it. With `maxPages`, the story stops at a sentence
 * end on the last page, leaving one line (and a gap) free for the closing line that says so. Only
 * the text the pages can hold is looked at, so a story of 2,000 paragraphs costs what ten pages cost.
 */
export function paginateStory(paragraphs: readonly string[], options: PageOptions = DEFAULT_PAGE_OPTIONS): StoryPaging {
  const { box, maxPages = Number.POSITIVE_INFINITY } = options;
  if (!(options.max >= 1) || !(options.min >= 0) || options.min > options.max || !(maxPages >= 1)) {
    throw new RangeError(`storyPages: need 0 ≤ min ≤ max, max ≥ 1 and maxPages ≥ 1, got min=${options.min}, max=${options.max}, maxPages=${maxPages}`);
  }
  // What one page of the box holds, counting every character full-width, less the closing line's
  // room when the story may be cut: no sentence piece is longer, so each fits any page.
  const closing = box && Number.isFinite(maxPages) ? 1 + box.paragraphGap : 0;
  const unitLines = box ? Math.max(1, Math.floor(box.lines - closing)) : 0;
  const boxChars = box ? Math.max(1, unitLines * Math.max(1, box.lineChars - 1) - 2) : Number.POSITIVE_INFINITY;
  const max = Math.min(options.max, boxChars);
  const min = Math.min(options.min, Math.floor(max / 2));
  const units: Unit[] = [];
  const enough = Number.isFinite(maxPages) ? (maxPages + 1) * max : Number.POSITIVE_INFINITY;
  let collected = 0;
  let more = false;
  for (const [paragraph, raw] of paragraphs.entries()) {
    if (collected > enough) {
      more = paragraphs.slice(paragraph).some((p) => p.trim() !== '');
      break;
    }
    for (const text of sentences(raw.trim(), max)) {
      const length = charCount(text);
      units.push({ paragraph, text, length, width: textWidth(text) });
      collected += length;
    }
  }
  const n = units.length;
  if (n === 0) return { pages: [], cut: false };

  const fits = (from: number, to: number, room: number): boolean => {
    let length = 0;
    for (let i = from; i < to; i++) length += units[i]!.length;
    if (length > max) return false;
    return !box || linesTaken(pieceWidths(units, from, to), box) <= room;
  };
  const pageLines = box ? Math.max(1, box.lines) : Number.POSITIVE_INFINITY;

  const midParagraphPenalty = (max / 4) ** 2;
  const cost = (from: number, to: number): number => {
    let length = 0;
    for (let i = from; i < to; i++) length += units[i]!.length;
    if (to - from > 1 && !fits(from, to, pageLines)) return Number.POSITIVE_INFINITY;
    let c = Math.max(0, max - length) ** 2;
    if (length < min) c += 4 * (min - length) ** 2;
    if (to < n && units[to]!.paragraph === units[to - 1]!.paragraph) c += midParagraphPenalty;
    return c;
  };

  // best[j]: cheapest way to page units[0..j); from[j]: where its last page starts.
  const best = new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY);
  const from = new Array<number>(n + 1).fill(0);
  best[0] = 0;
  for (let j = 1; j <= n; j++) {
    for (let i = j - 1; i >= 0; i--) {
      const c = cost(i, j);
      if (c === Number.POSITIVE_INFINITY) break; // longer pages only get longer
      if (best[i]! + c < best[j]!) {
        best[j] = best[i]! + c;
        from[j] = i;
      }
    }
  }

  const breaks: number[] = [];
  for (let j = n; j > 0; j = from[j]!) breaks.unshift(from[j]!);
  breaks.push(n);
  const pageCount = breaks.length - 1;
  if (pageCount <= maxPages && !more) {
    return { pages: breaks.slice(0, -1).map((start, k) => joinByParagraph(units.slice(start, breaks[k + 1]))), cut: false };
  }
  // Cut: the first maxPages - 1 pages as chosen, then the last filled up to the room the closing line leaves.
  const kept = Math.min(pageCount, maxPages) - 1;
  const pages = breaks.slice(0, kept).map((start, k) => joinByParagraph(units.slice(start, breaks[k + 1])));
  const start = breaks[kept]!;
  const room = pageLines - closing;
  let end = start + 1;
  while (end < n && fits(start, end + 1, room)) end++;
  pages.push(joinByParagraph(units.slice(start, end)));
  return { pages, cut: true };
}

/** The widths of the paragraph pieces units[from..to) make on one page. */
function pieceWidths(units: readonly Unit[], from: number, to: number): number[] {
  const widths: number[] = [];
  let last = -1;
  for (let i = from; i < to; i++) {
    const unit = units[i]!;
    if (unit.paragraph === last) widths[widths.length - 1]! += unit.width;
    else widths.push(unit.width);
    last = unit.paragraph;
  }
  return widths;
}

function joinByParagraph(units: Unit[]): StoryPage {
  const page: StoryPage = [];
  let last = -1;
  for (const unit of units) {
    if (unit.paragraph === last) page[page.length - 1] += unit.text;
    else page.push(unit.text);
    last = unit.paragraph;
  }
  return page;
}
