// Fixed texts of the achievements scenes.
const CIRCLED = ['①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧'];

export const ACH = {
  sourcePrefix: '来源：',
  /** The mark tying a figure to its numbered source line. */
  sourceMark: (n: number) => (n === 1 ? '来源：' : '') + (CIRCLED[n - 1] ?? `(${n})`),
  figureMark: (n: number) => CIRCLED[n - 1] ?? `(${n})`,
  missingSection: (id: string) => `成就板块「${id}」不存在，请检查 achievements.json / section "${id}" is missing from achievements.json`,
  noSection: '这个成就场景没有写 section / this achievements scene names no section',
  /** Caption of a series: its name, and 「累计」 when each point is a running total. */
  seriesCaption: (name: string | undefined, cumulative: boolean | undefined) =>
    [name, cumulative ? '（累计）' : ''].filter(Boolean).join(''),
} as const;
