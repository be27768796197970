// The source line under a section: one line when every figure shares the section's source,
// numbered lines with a matching mark on each figure when some figures cite their own.
import type { AchievementSection, Source } from '../../content/schema.ts';
import { chineseDate } from '../../format/text.ts';
import { ACH } from './strings.ts';

export interface SourceNote {
  /** 1-based number shown on the figures that cite it; 0 when there is only one source. */
  mark: number;
  /** Text before the mark (「来源：」 on the first numbered line). */
  lead: string;
  /** The source itself, after the mark. */
  text: string;
}

export interface Sources {
  notes: SourceNote[];
  /** Per figure (same order as section.figures): the mark of its source, 0 when unmarked. */
  marks: number[];
}

const key = (s: Source) => [s.title, s.periodical, s.author, s.publisher, s.date, s.period].map((p) => p ?? '').join('\u0000');

/** 「<title>，《<periodical>》，<author>，<publisher>，2024年1月15日」; a period (「2023年上半年」) stands in for a day. */
export function sourceText(source: Source): string {
  const when = source.date ? chineseDate(source.date) : source.period;
  const periodical = source.periodical && !source.periodical.startsWith('《') ? `《${source.periodical}》` : source.periodical;
  return [source.title, periodical, source.author, source.publisher, when].filter(Boolean).join('，');
}

export function sourcesOf(section: Pick<AchievementSection, 'figures' | 'source'>): Sources {
  const order: Source[] = [];
  const index = new Map<string, number>();
  const used = section.figures.map((figure) => {
    const source = figure.source ?? section.source;
    const k = key(source);
    if (!index.has(k)) {
      index.set(k, order.length);
      order.push(source);
    }
    return index.get(k)!;
  });
  if (order.length === 1) {
    return { notes: [{ mark: 0, lead: ACH.sourcePrefix, text: sourceText(order[0]!) }], marks: used.map(() => 0) };
  }
  return {
    notes: order.map((source, i) => ({ mark: i + 1, lead: ACH.sourceLead(i + 1), text: sourceText(source) })),
    marks: used.map((i) => i + 1),
  };
}
