// A figure (achievements.json) from a number found in an article: value, unit, kind, the source's
// qualifier word as written (the schema's `qualifier`), the sentence kept in its source's `quote`.
import type { FoundNumber } from './number-finder.ts';

export interface ArticleSource {
  title: string;
  publisher: string;
  date: string;
}

const KIND_OF_UNIT: Record<string, string> = { 元: 'money', '%': 'percent', 人次: 'persons', 人: 'persons', 名: 'persons', 位: 'persons' };

/** A label from the words just before the number in its sentence (staff shorten it). */
function labelBefore(sentence: string, found: FoundNumber): string {
  const at = sentence.indexOf(found.text);
  const before = (at >= 0 ? sentence.slice(0, at) : sentence).replace(/[，,、：:（(“"]+$/, '');
  const words = before.split(/[，,。；;、：:\s（）()“”"]/).filter(Boolean);
  const last = words[words.length - 1] ?? '';
  return (last.replace(/^(共|累计|全年|其中|今年|去年|共计)/, '') || found.unit || '数据').slice(-12);
}

export function figureFromNumber(found: FoundNumber, source: ArticleSource): Record<string, unknown> {
  const figure: Record<string, unknown> = { label: labelBefore(found.sentence, found), value: found.high ?? found.value };
  if (found.unit) figure.unit = found.unit.slice(0, 6);
  const kind = KIND_OF_UNIT[found.unit];
  if (kind) figure.kind = kind;
  if (found.qualifier) figure.qualifier = found.qualifier;
  const src: Record<string, unknown> = { title: source.title, date: source.date, quote: found.sentence.slice(0, 300) };
  if (source.publisher) src.publisher = source.publisher;
  figure.source = src;
  return figure;
}
