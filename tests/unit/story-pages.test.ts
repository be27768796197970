import { describe, expect, it } from 'vitest';
import { charCount, linesTaken, MAX_STORY_PAGES, paginateStory, sentences, storyPages, textWidth, type TextBox } from '../../src/scenes/gallery/pages.ts';

const opts = { min: 60, max: 140 };
const len = (page: string[]) => charCount(page.join(''));
/** A sentence of exactly `n` characters ending in 。 */
const sentence = (n: number, fill = '工') => `${fill.repeat(n - 1)}。`;

describe('sentences', () => {
  it('breaks at 。！？ and keeps closing quotes with their sentence', () => {
    expect(sentences('他说：“好。”然后走了！真的吗？是的', 140)).toEqual(['他说：“好。”', '然后走了！', '真的吗？', '是的']);
  });

  it('cuts a sentence longer than the page at commas, and hard-cuts only when there is none', () => {
    const clauses = `${'甲'.repeat(80)}，${'乙'.repeat(80)}，${'丙'.repeat(20)}。`;
    const parts = sentences(clauses, 100);
    expect(parts.every((p) => charCount(p) <= 100)).toBe(true);
    expect(parts[0]).toBe(`${'甲'.repeat(80)}，`);
    expect(parts.join('')).toBe(clauses);
    const solid = '丁'.repeat(250);
    expect(sentences(solid, 100).map(charCount)).toEqual([100, 100, 50]);
  });
});

describe('storyPages', () => {
  it('keeps a short story on one page', () => {
    expect(storyPages(['虚构人物：常年在山区巡线。'], opts)).toEqual([['虚构人物：常年在山区巡线。']]);
  });

  it('never loses or repeats a character, and keeps paragraphs apart', () => {
    const paragraphs = [sentence(50) + sentence(45), sentence(70, '乙') + sentence(60, '乙'), sentence(30, '丙')];
    const pages = storyPages(paragraphs, opts);
    expect(pages.flat().join('')).toBe(paragraphs.join(''));
    // Each paragraph piece on a page belongs to exactly one paragraph.
    for (const piece of pages.flat()) expect(new Set(piece.replaceAll('。', '')).size).toBe(1);
  });

  it('keeps every page within the maximum and, when the text allows, above the minimum', () => {
    const paragraphs = [Array.from({ length: 12 }, () => sentence(27)).join(''), Array.from({ length: 5 }, () => sentence(33, '乙')).join('')];
    const pages = storyPages(paragraphs, opts);
    for (const page of pages) {
      expect(len(page)).toBeLessThanOrEqual(140);
      expect(len(page)).toBeGreaterThanOrEqual(60);
    }
  });

  it('ends every page at a sentence end', () => {
    const story = ['她十八岁进厂，从学徒做起。在数控车床前一站就是二十年！刚进车间时，她连公差符号都认不全。师傅让她每天多留一个小时。她对着废料一刀一刀地练。这一练就是三年。后来她成了车间最年轻的技师。她说这没什么秘诀？只是肯下笨功夫。'];
    for (const page of storyPages(story, { min: 30, max: 60 })) expect(page.at(-1)).toMatch(/[。！？]$/);
  });

  it('balances pages instead of leaving a scrap at the end', () => {
    // 300 characters in 10 sentences: three even pages, not 140 + 140 + 20.
    const pages = storyPages([Array.from({ length: 10 }, () => sentence(30)).join('')], opts);
    expect(pages.map(len).sort((a, b) => a - b)).toEqual([90, 90, 120]);
  });

  it('prefers to turn the page between paragraphs', () => {
    const pages = storyPages([sentence(40) + sentence(40), sentence(40, '乙') + sentence(40, '乙')], opts);
    expect(pages).toEqual([[sentence(40) + sentence(40)], [sentence(40, '乙') + sentence(40, '乙')]]);
  });

  it('joins short paragraphs onto one page', () => {
    const pages = storyPages([sentence(30), sentence(25, '乙'), sentence(20, '丙')], opts);
    expect(pages).toEqual([[sentence(30), sentence(25, '乙'), sentence(20, '丙')]]);
  });

  it('splits a story of only long, unpunctuated text within the maximum', () => {
    const pages = storyPages(['长'.repeat(400)], opts);
    expect(pages.every((p) => len(p) <= 140)).toBe(true);
    expect(pages.flat().join('')).toBe('长'.repeat(400));
  });

  it('ignores blank paragraphs and returns no pages for no text', () => {
    expect(storyPages([], opts)).toEqual([]);
    expect(storyPages(['  ', ''], opts)).toEqual([]);
    expect(storyPages([' 前后有空格。 '], opts)).toEqual([['前后有空格。']]);
  });

  it('says what was wrong with impossible limits', () => {
    expect(() => storyPages(['一。'], { min: 200, max: 100 })).toThrow(/min=200, max=100/);
    expect(() => storyPages(['一。'], { ...opts, maxPages: 0 })).toThrow(/maxPages=0/);
  });
});

describe('text width and lines', () => {
  it('counts CJK and full-width punctuation as 1em, Latin less, and wide letters as much', () => {
    expect(textWidth('劳动模范，“好”。')).toBe(9);
    expect(textWidth('WWmm')).toBe(4);
    expect(textWidth('abc')).toBeCloseTo(1.86);
    expect(textWidth('ABC')).toBeCloseTo(2.25);
    expect(textWidth('i l.')).toBeCloseTo(1.4);
  });

  it('counts each piece from a 2em indent, a line one character short, and the gaps between pieces', () => {
    const box: TextBox = { lineChars: 11, lines: 10, paragraphGap: 0.5 };
    expect(linesTaken([8], box)).toBe(1); // 2 + 8 fits in 10
    expect(linesTaken([9], box)).toBe(2);
    expect(linesTaken([8, 8, 28], box)).toBe(1 + 0.5 + 1 + 0.5 + 3);
  });
});

describe('paginateStory in a measured box', () => {
  // A landscape story column: 26 characters a line, 7.5 lines, a 1em gap under 1.8em lines.
  const box: TextBox = { lineChars: 26, lines: 7.5, paragraphGap: 1 / 1.8 };
  const inBox = { ...opts, box, maxPages: MAX_STORY_PAGES };
  const fitsBox = (page: string[]) => linesTaken(page.map(textWidth), box) <= box.lines;

  it('puts no more short paragraphs on a page than its lines hold', () => {
    const story = Array.from({ length: 30 }, (_, i) => `第${i + 1}段。`);
    const { pages, cut } = paginateStory(story, inBox);
    expect(cut).toBe(false);
    expect(pages.flat()).toEqual(story);
    for (const page of pages) {
      expect(fitsBox(page)).toBe(true);
      expect(page.length).toBeLessThanOrEqual(5); // 5 lines and 4 gaps take 7.2 of 7.5 lines; a sixth would need 8.8
    }
  });

  it('breaks a paragraph longer than a page into pieces that each fit one', () => {
    const long = Array.from({ length: 10 }, () => sentence(60)).join(''); // 600 characters, the schema's most
    const { pages, cut } = paginateStory([long], inBox);
    expect(cut).toBe(false);
    expect(pages.length).toBeGreaterThan(4);
    expect(pages.flat().join('')).toBe(long);
    for (const page of pages) expect(fitsBox(page)).toBe(true);
  });

  it('cuts an unpunctuated paragraph to the box, wide Latin letters included', () => {
    const narrow: TextBox = { lineChars: 20, lines: 3.2, paragraphGap: 0.56 };
    for (const text of ['无'.repeat(600), 'W'.repeat(600), 'word '.repeat(120).trim()]) {
      const { pages } = paginateStory([text], { ...opts, box: narrow, maxPages: 100 });
      expect(pages.flat().join('')).toBe(text);
      for (const page of pages) expect(linesTaken(page.map(textWidth), narrow)).toBeLessThanOrEqual(narrow.lines);
    }
  });

  it('stops at the page limit, at a sentence end, leaving a line for the closing note', () => {
    const closingFits = (page: string[]) => linesTaken(page.map(textWidth), box) + box.paragraphGap + 1 <= box.lines;
    // 20 paragraphs of 600 characters, and 300 one-line paragraphs (five fill a page without the note).
    const long = Array.from({ length: 20 }, (_, p) => Array.from({ length: 30 }, () => sentence(20, '甲乙丙丁戊己庚辛壬癸'[p % 10])).join(''));
    const short = Array.from({ length: 300 }, (_, i) => `第${i + 1}段。`);
    for (const story of [long, short]) {
      const { pages, cut } = paginateStory(story, inBox);
      expect(cut).toBe(true);
      expect(pages).toHaveLength(MAX_STORY_PAGES);
      const last = pages.at(-1)!;
      expect(last.at(-1)).toMatch(/。$/);
      expect(closingFits(last)).toBe(true);
      // What is shown is the story's beginning, in order, without gaps.
      expect(story.join('').startsWith(pages.flat().join(''))).toBe(true);
    }
  });

  it('is not cut when the story fits in the pages allowed', () => {
    const story = [sentence(60) + sentence(60), sentence(60, '乙')];
    expect(paginateStory(story, { ...inBox, maxPages: 2 })).toEqual({ pages: [[sentence(60) + sentence(60)], [sentence(60, '乙')]], cut: false });
    expect(paginateStory(story, { ...inBox, maxPages: 1 }).cut).toBe(true);
  });

  it('looks only at as much of a huge story as its pages can hold', () => {
    const story = Array.from({ length: 2000 }, (_, i) => sentence(600 - (i % 7)));
    const { pages, cut } = paginateStory(story, inBox);
    expect(cut).toBe(true);
    expect(pages).toHaveLength(MAX_STORY_PAGES);
  });
});
