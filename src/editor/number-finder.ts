// Finds the figures in a pasted article: numbers with their unit, their qualifier (余, 超过, 近,
// 约 …) and their sentence, with 万/亿 multiplied out, decimals, thousands separators and ranges.
// Pure: the article panel highlights what this returns; tests/unit/number-finder.test.ts.

import { QUALIFIERS, type QualifierWord } from '../format/qualifiers.ts';

/** What the source says about how exact a number is: its word, as the figure schema's `qualifier` takes it. */
export type Qualifier = QualifierWord;

export interface FoundNumber {
  /** Where the match is in the text (for highlighting), end exclusive. */
  start: number;
  end: number;
  text: string;
  /** The number in units of `unit` (3.5万人次 -> 35000, 人次). For a range, its low end. */
  value: number;
  /** The high end of a range such as 3至5天. */
  high?: number;
  unit: string;
  qualifier: Qualifier | null;
  /** The sentence the number stands in, trimmed. */
  sentence: string;
}

// Longest first, so 万人次 wins over 人.
const UNITS = [
  '万人次', '人次', '场次', '平方米', '公里', '千米', '小时', '分钟', '个百分点', '百分点',
  '亿元', '万元', '元', '人', '名', '位', '户', '家', '个', '项', '次', '场', '期', '所', '座', '间',
  '件', '处', '本', '册', '套', '台', '条', '篇', '支', '队', '天', '年', '月', '周', '岁', '米', '吨', '%', '％',
].sort((a, b) => b.length - a.length);

/** Other ways of writing a qualifier the schema knows. */
const SYNONYMS: Record<string, QualifierWord> = { 大约: '约', 接近: '近', 多于: '超过' };
const words = (place: string) =>
  [...(place === 'before' ? Object.keys(SYNONYMS) : []), ...Object.entries(QUALIFIERS).filter(([, q]) => q.place === place).map(([w]) => w)]
    .sort((a, b) => b.length - a.length)
    .join('|');

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const SCALE = '[千万亿]?';
const RANGE_SEP = '[-–—~～至到]';
// qualifier? number scale? (range sep number scale?)? 余/多? unit? 余? 左右/以上…?
const PATTERN = new RegExp(
  String.raw`(${words('before')})?(${NUMBER})(${SCALE})(?:(${RANGE_SEP})(${NUMBER})(${SCALE}))?(${words('after')})?(?: ?(${UNITS.map(escape).join('|')}))?(余)?(${words('end')})?`,
  'g',
);

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\%]/g, '\\$&');
}

const SCALES: Record<string, number> = { '': 1, 千: 1e3, 万: 1e4, 亿: 1e8 };

function toNumber(digits: string, scale: string): number {
  // Multiply in decimal steps so 1.2亿 is exactly 120000000, not 119999999.99999999.
  const n = Number(digits.replaceAll(',', ''));
  const factor = SCALES[scale] ?? 1;
  const decimals = (digits.split('.')[1] ?? '').length;
  return decimals ? Math.round(n * 10 ** decimals * factor) / 10 ** decimals : n * factor;
}

/** The sentence around [start, end): from after the last 。！？；\n before it to its end mark. */
function sentenceAround(text: string, start: number, end: number): string {
  const marks = /[。！？；!?;\n]/;
  let from = start;
  while (from > 0 && !marks.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !marks.test(text[to]!)) to++;
  if (to < text.length && text[to] !== '\n') to++;
  return text.slice(from, to).trim();
}

/** A digit run that is part of a date, a year or a code is not a figure. */
function isDateLike(text: string, start: number, end: number, unit: string): boolean {
  const after = text.slice(end, end + 1);
  if (!unit && /^[年月日号时点]/.test(after)) return true;
  if (unit === '年' || unit === '月') return /^\d{4}$/.test(text.slice(start, end - unit.length)) || unit === '月';
  return false;
}

export function findNumbers(text: string): FoundNumber[] {
  const out: FoundNumber[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const [whole, pre, low, lowScale = '', , high, highScale = '', beforeUnit, unitRaw = '', afterUnit, around] = m;
    const start = m.index;
    const end = start + whole.length;
    // A number glued to letters or digits on its left (A1, v2) is a name, not a figure.
    if (!pre && start > 0 && /[A-Za-z0-9.]/.test(text[start - 1]!)) continue;
    if (isDateLike(text, start, end, unitRaw)) continue;
    // 第3 is an ordinal, not a count.
    if (!pre && text[start - 1] === '第') continue;
    const scale = high !== undefined ? highScale || lowScale : lowScale;
    let unit = unitRaw === '％' ? '%' : unitRaw;
    let value = toNumber(low!, lowScale || (high !== undefined ? scale : ''));
    let highValue = high !== undefined ? toNumber(high, scale) : undefined;
    // 万元 / 亿元 / 万人次 are money or visits in their scale: write them out in 元 and 人次.
    if (unit === '万元' || unit === '亿元' || unit === '万人次') {
      const unitScale = SCALES[unit[0]!]!;
      value = tidy(toNumber(low!, lowScale || (high !== undefined ? scale : "")) * unitScale);
      if (high !== undefined) highValue = tidy(toNumber(high, scale) * unitScale);
      unit = unit.slice(1);
    }
    // A bare number with no unit, scale or qualifier is most likely not a figure (a page, a list item).
    if (!unit && !lowScale && !highScale && !pre && !beforeUnit && !afterUnit && !around) continue;
    const written = pre ?? beforeUnit ?? afterUnit ?? around ?? null;
    const qualifier: Qualifier | null = written ? (SYNONYMS[written] ?? (written as QualifierWord)) : null;
    out.push({
      start,
      end,
      text: whole,
      value,
      ...(highValue !== undefined ? { high: highValue } : {}),
      unit,
      qualifier,
      sentence: sentenceAround(text, start, end),
    });
  }
  return out;
}

/** Drops the binary noise of a decimal times a scale (3.7 × 10000 = 37000.000000000004). */
function tidy(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
