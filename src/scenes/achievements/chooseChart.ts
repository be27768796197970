// Which chart shows a section: the one staff asked for when the data can carry it, else one
// chosen from the data's shape. Pure, so every rule is unit-tested.
import type { AchievementSection, ChartKind, Figure } from '../../content/schema.ts';
import { baseUnit, baseValue, isPercent } from '../../format/numbers.ts';

export type ShownChart = Exclude<ChartKind, 'auto'>;
type SectionShape = Pick<AchievementSection, 'chart' | 'figures' | 'series'>;

/** More icons than this stop being countable at a glance. */
export const PICTOGRAM_MAX = 50;
/** Rings side by side beyond this get too small to read from across the lobby. */
export const RING_MAX = 4;

// Higher rank first. 全国 covers 「全国五一劳动奖章」 as well as 「国家级」.
const LEVEL_RANKS: [RegExp, number][] = [
  [/全国|国家/, 5],
  [/省|自治区|直辖市/, 4],
  [/市|州|盟/, 3],
  [/县|区|旗/, 2],
  [/企业|单位|基层/, 1],
];

/** Rank of an honour level named in a label (国家级 5 … 企业级 1), or 0 when it names none. */
export function levelRank(label: string): number {
  for (const [pattern, rank] of LEVEL_RANKS) if (pattern.test(label)) return rank;
  return 0;
}

export function figureIsPercent(figure: Pick<Figure, 'unit' | 'kind'>): boolean {
  return isPercent(figure);
}

/** Figures that can share one axis: same kind and same unit once 万/亿 are folded out. */
export function comparable(figures: readonly Figure[]): boolean {
  if (figures.length < 2) return false;
  const first = figures[0]!;
  const key = (f: Figure) => `${f.kind ?? 'count'}|${baseUnit(f)}`;
  return figures.every((f) => key(f) === key(first) && baseValue(f) >= 0);
}

const wholeCounts = (figures: readonly Figure[]) =>
  figures.every((f) => (f.kind ?? 'count') === 'count' && Number.isInteger(f.value) && f.value >= 0 && !figureIsPercent(f));

/** True when `kind` can show this section honestly. */
export function canShow(kind: ShownChart, section: SectionShape): boolean {
  const { figures } = section;
  switch (kind) {
    case 'number':
      return true;
    case 'bars':
      return comparable(figures);
    case 'ring':
      return figures.length <= RING_MAX && figures.every((f) => figureIsPercent(f) && f.value >= 0 && f.value <= 100);
    case 'levels':
      return figures.length >= 2 && figures.every((f) => f.value >= 0);
    case 'pictogram':
      return wholeCounts(figures) && figures.reduce((sum, f) => sum + f.value, 0) <= PICTOGRAM_MAX && figures.some((f) => f.value > 0);
    case 'line':
      return (section.series?.length ?? 0) >= 2;
    case 'columns3d':
      return figures.every((f) => f.value >= 0);
  }
}

/** The chart chosen from the data alone. */
function chooseFromData(section: SectionShape): ShownChart {
  const { figures } = section;
  if (canShow('line', section)) return 'line';
  if (canShow('ring', section)) return 'ring';
  if (figures.length >= 2 && figures.every((f) => levelRank(f.label) > 0) && canShow('levels', section)) return 'levels';
  if (figures.length >= 2 && canShow('pictogram', section) && comparable(figures)) return 'pictogram';
  if (canShow('bars', section)) return 'bars';
  return 'number';
}

/**
 * The chart a section is shown as. An explicit `chart` wins when the data fits it; when it does not
 * (bars of 场次 against 元, a ring of something that is not a share, a line without a series) the
 * data decides, because a chart that compares unlike things misleads.
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

/** Figures of a levels chart, highest level first: by the rank their labels name, else as written. */
export function orderLevels<T extends Pick<Figure, 'label'>>(figures: readonly T[]): T[] {
  const ranked = figures.every((f) => levelRank(f.label) > 0);
  if (!ranked) return [...figures];
  return figures
    .map((f, i) => ({ f, i }))
    .sort((a, b) => levelRank(b.f.label) - levelRank(a.f.label) || a.i - b.i)
    .map(({ f }) => f);
}
