// Which chart shows a section: the one staff asked for when the data can carry it, else one
// chosen from the data's shape. A shape encodes magnitude (bar length, column height, icon count)
// only between comparable figures: same kind, same unit. Pure, so every rule is unit-tested.
import { HONOUR_LEVELS, type AchievementSection, type ChartKind, type Figure } from '../../content/schema.ts';
import { baseUnit, baseValue, isPercent } from '../../format/numbers.ts';

export type ShownChart = Exclude<ChartKind, 'auto'>;
type SectionShape = Pick<AchievementSection, 'chart' | 'figures' | 'series'>;

/** More icons than this stop being countable at a glance. */
export const PICTOGRAM_MAX = 50;
/** Rings side by side beyond this get too small to read from across the lobby. */
export const RING_MAX = 4;

/** Rank of a figure's `level` field (national 5 … enterprise 1), or 0 when it has none. */
export function levelRank(figure: Pick<Figure, 'level'>): number {
  return figure.level ? HONOUR_LEVELS.length - HONOUR_LEVELS.indexOf(figure.level) : 0;
}

export function figureIsPercent(figure: Pick<Figure, 'unit' | 'kind'>): boolean {
  return isPercent(figure);
}

/**
 * Chinese counters that count the same thing: 人, 名 and 位 all count people (a source writes
 * 「600人」 beside 「240名」), so they share an axis; 人次 (visits) and 户 (households) do not.
 */
const SAME_COUNTER: Readonly<Record<string, string>> = { 名: '人', 位: '人' };

/** Figures that can share one axis: same kind and same unit once 万/亿 are folded out. */
export function comparable(figures: readonly Figure[]): boolean {
  if (figures.length < 2) return false;
  const first = figures[0]!;
  const unit = (f: Figure) => baseUnit(f);
  const key = (f: Figure) => `${f.kind ?? 'count'}|${SAME_COUNTER[unit(f)] ?? unit(f)}`;
  return figures.every((f) => key(f) === key(first) && baseValue(f) >= 0);
}

/** Every figure names its own level, no two the same: a staircase of ranks says something true. */
export function hasLevels(figures: readonly Figure[]): boolean {
  const levels = figures.map((f) => f.level);
  return figures.length >= 2 && levels.every(Boolean) && new Set(levels).size === levels.length;
}

const wholeCounts = (figures: readonly Figure[]) =>
  figures.every((f) => (f.kind ?? 'count') === 'count' && Number.isInteger(f.value) && f.value >= 0 && !figureIsPercent(f));

/** Why `kind` cannot show this section honestly (for the checker), or null when it can. */
export function whyNot(kind: ShownChart, section: SectionShape): { zh: string; en: string } | null {
  const { figures } = section;
  const unlike = { zh: '数据的单位或类型不同，图形的长短高低无法比较', en: 'the figures differ in unit or kind, so lengths and heights cannot compare them' };
  switch (kind) {
    case 'number':
      return null;
    case 'bars':
    case 'columns3d':
      if (figures.some((f) => f.value < 0)) return { zh: '有负数', en: 'a figure is negative' };
      return comparable(figures) ? null : figures.length < 2 ? { zh: '只有一个数据，无可比较', en: 'one figure has nothing to compare with' } : unlike;
    case 'ring':
      return figures.length <= RING_MAX && figures.every((f) => figureIsPercent(f) && f.value >= 0 && f.value <= 100)
        ? null
        : { zh: `环形图只画 0–100 的百分比，最多 ${RING_MAX} 个`, en: `a ring shows shares of 0–100 %, at most ${RING_MAX}` };
    case 'levels':
      if (figures.some((f) => f.value < 0)) return { zh: '有负数', en: 'a figure is negative' };
      return hasLevels(figures)
        ? null
        : { zh: '荣誉阶梯要求每个数据写不同的级别 level（national、provincial、city…）', en: 'a levels chart needs a different level (national, provincial, city…) on every figure' };
    case 'pictogram':
      if (!wholeCounts(figures) || !figures.some((f) => f.value > 0)) return { zh: '图标阵列只画整数个数', en: 'a pictogram shows whole counts only' };
      if (figures.reduce((sum, f) => sum + f.value, 0) > PICTOGRAM_MAX) return { zh: `图标总数超过 ${PICTOGRAM_MAX} 个，数不过来`, en: `more than ${PICTOGRAM_MAX} icons cannot be counted at a glance` };
      return figures.length < 2 || comparable(figures) ? null : unlike;
    case 'line':
      return (section.series?.length ?? 0) >= 2 ? null : { zh: '折线图需要 series（多年数据）', en: 'a line needs a series over years' };
  }
}

/** True when `kind` can show this section honestly. */
export function canShow(kind: ShownChart, section: SectionShape): boolean {
  return whyNot(kind, section) === null;
}

/** The chart chosen from the data alone. */
function chooseFromData(section: SectionShape): ShownChart {
  const { figures } = section;
  if (canShow('line', section)) return 'line';
  if (canShow('ring', section)) return 'ring';
  if (canShow('levels', section)) return 'levels';
  if (figures.length >= 2 && canShow('pictogram', section)) return 'pictogram';
  if (canShow('bars', section)) return 'bars';
  return 'number';
}

/**
 * The chart a section is shown as. An explicit `chart` wins when the data fits it; when it does not
 * (bars or 3D columns of 场次 against 元, a ring of something that is not a share, a line without a
 * series) the data decides, because a chart that compares unlike things misleads.
 */
export function chooseChart(section: SectionShape): ShownChart {
  const asked = section.chart ?? 'auto';
  if (asked !== 'auto' && canShow(asked, section)) return asked;
  return chooseFromData(section);
}

/** What a 3D scene shows when WebGL is missing or lost: the same figures as bars, or as numbers. */
export function flatChart(section: SectionShape): 'bars' | 'number' {
  return canShow('bars', section) ? 'bars' : 'number';
}

/** Figures of a levels chart, highest level first, by their `level` field (list order breaks no ties: levels differ). */
export function orderLevels<T extends Pick<Figure, 'level'>>(figures: readonly T[]): T[] {
  return figures
    .map((f, i) => ({ f, i }))
    .sort((a, b) => levelRank(b.f) - levelRank(a.f) || a.i - b.i)
    .map(({ f }) => f);
}
