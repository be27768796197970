// Where short Chinese display text may break a line: between phrases, never inside a word or a name.
// Two maintained segmenters vote: BudouX's Simplified Chinese phrase model and ICU's word dictionary
// (Intl.Segmenter). A line may break where both see a boundary (but not between a one-character Latin
// or digit guess of ICU's and a one-character Han one: 「e|家」), or between two words ICU knows
// (two characters or more each). Each alone breaks words
// the other keeps (BudouX: 「服务职|工亮点」; ICU: 「书|香」, 「劳动|者」, 「1|/|4」); BudouX alone also
// leaves phrases too long for a label (「温暖慰问特殊职工」). See docs/typesetting.md.
import { Parser, zhHansModel } from 'budoux';

const budoux = new Parser(zhHansModel);
const words = new Intl.Segmenter('zh-Hans', { granularity: 'word' });

/** Offsets (in UTF-16 units, 0 < i < length) where BudouX starts a new phrase. */
function budouxBreaks(text: string): Set<number> {
  const out = new Set<number>();
  let at = 0;
  for (const chunk of budoux.parse(text)) {
    at += chunk.length;
    if (at < text.length) out.add(at);
  }
  return out;
}

/**
 * ICU's word starts, by how sure it is: `known` between two words of 2+ characters (dictionary
 * words); `some` all but those between one-character guesses of two scripts (「e|家」, 「月|7」).
 */
function wordBreaks(text: string): { some: Set<number>; known: Set<number> } {
  const some = new Set<number>();
  const known = new Set<number>();
  const long = (s: { segment: string; isWordLike?: boolean }) => s.isWordLike === true && [...s.segment].length >= 2;
  const han = (s: { segment: string }) => /^\p{Script=Han}+$/u.test(s.segment);
  let previous: { segment: string; isWordLike?: boolean } | null = null;
  for (const segment of words.segment(text)) {
    if (previous && (long(previous) || long(segment) || !previous.isWordLike || !segment.isWordLike || (han(previous) && han(segment)))) some.add(segment.index);
    if (previous && long(previous) && long(segment)) known.add(segment.index);
    previous = segment;
  }
  return { some, known };
}

/** Offsets that fall strictly inside an occurrence of one of `keep` (e.g. a person's name). */
function insideKept(text: string, keep: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (const name of keep) {
    if (name.length < 2) continue;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      for (let i = at + 1; i < at + name.length; i += 1) out.add(i);
    }
  }
  return out;
}

/** Offsets where a line may break in `text`, ascending; never inside any string of `keep`. */
export function breakPoints(text: string, keep: readonly string[] = []): number[] {
  if (text.length < 2) return [];
  const icu = wordBreaks(text);
  const kept = insideKept(text, keep);
  const both = [...budouxBreaks(text)].filter((i) => icu.some.has(i));
  return [...new Set([...both, ...icu.known])].filter((i) => !kept.has(i)).sort((a, b) => a - b);
}

const cache = new Map<string, readonly string[]>();
const CACHE_MAX = 2000;

/** `text` cut into the phrases a line may break between (joined, they give `text` back). */
export function phrases(text: string, keep: readonly string[] = []): readonly string[] {
  const key = keep.length ? `${text}\u0000${keep.join('\u0000')}` : text;
  const hit = cache.get(key);
  if (hit) return hit;
  const out: string[] = [];
  let from = 0;
  for (const at of breakPoints(text, keep)) {
    out.push(text.slice(from, at));
    from = at;
  }
  if (text.length > from || out.length === 0) out.push(text.slice(from));
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(key, out);
  return out;
}

/** One run of body text: a name to keep on one line, or text that may break anywhere. */
export interface BodyRun {
  text: string;
  keep: boolean;
}

/** Body text cut around the names in `keep`, so the names can be set unbroken and the rest freely. */
export function bodyRuns(text: string, keep: readonly string[]): BodyRun[] {
  const names = [...new Set(keep.filter((n) => n.length >= 2))].sort((a, b) => b.length - a.length);
  if (names.length === 0) return [{ text, keep: false }];
  const out: BodyRun[] = [];
  let rest = '';
  for (let i = 0; i < text.length; ) {
    const name = names.find((n) => text.startsWith(n, i));
    if (name) {
      if (rest) out.push({ text: rest, keep: false });
      rest = '';
      out.push({ text: name, keep: true });
      i += name.length;
    } else {
      rest += text[i];
      i += 1;
    }
  }
  if (rest) out.push({ text: rest, keep: false });
  return out;
}

/** Opening punctuation that sits in the left half of its em box, indenting a line it starts. */
export const OPENING_PUNCTUATION = /^[“‘《〈「『（【〔〖［｛]/;
