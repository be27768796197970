// Fixed texts of the achievements scenes.

export const ACH = {
  sourcePrefix: '来源：',
  /** The text before a numbered source line: 「来源：」 on the first only. */
  sourceLead: (n: number) => (n === 1 ? '来源：' : ''),
  /**
   * The mark tying a figure to its numbered source line: a plain digit the chart sets as a
   * superscript (the shipped font has no circled digits ①②③, they would show as boxes).
   */
  figureMark: (n: number) => String(n),
  missingSection: (id: string) => `成就板块「${id}」不存在，请检查 achievements.json / section "${id}" is missing from achievements.json`,
  noSection: '这个成就场景没有写 section / this achievements scene names no section',
  /** Caption of a series: its name, and 「累计」 when each point is a running total. */
  seriesCaption: (name: string | undefined, cumulative: boolean | undefined) =>
    [name, cumulative ? '（累计）' : ''].filter(Boolean).join(''),
} as const;
