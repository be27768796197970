// Splits a worker's story into short pages a visitor reads at arm's length, breaking at sentence ends.

export interface PageOptions {
  /** Pages shorter than this (in characters) are avoided unless the text forces them. */
  min: number;
  /** No page is longer than this; a single longer sentence is cut at a clause mark first. */
  max: number;
}

/** One page: the pieces of each paragraph that fall on it, in reading order. */
export type StoryPage = string[];

export const DEFAULT_PAGE_OPTIONS: PageOptions = { min: 60, max: 140 };

interface Unit {
  paragraph: number;
  text: string;
  length: number;
}

/** Characters as a reader counts them (code points, so rare CJK characters count once). */
export const charCount = (text: string): number => [...text].length;

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
 * between paragraphs over breaking inside one. Every character of the story appears exactly once.
 */
export function storyPages(paragraphs: readonly string[], options: PageOptions = DEFAULT_PAGE_OPTIONS): StoryPage[] {
  const { min, max } = options;
  if (!(max >= 1) || !(min >= 0) || min > max) {
    throw new RangeError(`storyPages: need 0 ≤ min ≤ max and max ≥ 1, got min=${min}, max=${max}`);
  }
  const units: Unit[] = [];
  paragraphs.forEach((raw, paragraph) => {
    for (const text of sentences(raw.trim(), max)) units.push({ paragraph, text, length: charCount(text) });
  });
  const n = units.length;
  if (n === 0) return [];

  const midParagraphPenalty = (max / 4) ** 2;
  const cost = (from: number, to: number): number => {
    let length = 0;
    for (let i = from; i < to; i++) length += units[i]!.length;
    if (length > max && to - from > 1) return Number.POSITIVE_INFINITY;
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

  const pages: StoryPage[] = [];
  for (let j = n; j > 0; j = from[j]!) pages.unshift(joinByParagraph(units.slice(from[j]!, j)));
  return pages;
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
