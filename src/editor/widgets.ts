// Small pictures and names for the editor's special inputs (chart kinds, weekdays).
import { CATEGORY_LABELS } from '../scenes/events/strings.ts';

/** One SVG path (24×16 box) per chart kind, drawn in the chart-kind picker. */
export const CHART_PICTURES: Record<string, string> = {
  auto: 'M4 12l4-6 4 3 4-5 4 4M3 14h18',
  number: 'M6 4v8M9 4h4l-4 8h5M16 4h3v8',
  bars: 'M4 14V8M9 14V4M14 14V10M19 14V6',
  ring: 'M12 3a5 5 0 1 1-5 5M12 3a5 5 0 0 0-5 5',
  levels: 'M3 13h18M5 10h14M7 7h10M9 4h6',
  pictogram: 'M5 5h2v2H5zM10 5h2v2h-2zM15 5h2v2h-2zM5 10h2v2H5zM10 10h2v2h-2z',
  line: 'M3 13l5-5 4 3 8-7',
  columns3d: 'M4 14V8l3-2v8M10 14V5l3-2v11M16 14V9l3-2v7',
};

/** Monday-first names, by the schema's key (openingHours) or number (recurrence weekdays 1-7). */
export const WEEKDAY_NAMES: Record<string, string> = {
  monday: '周一 Mon', tuesday: '周二 Tue', wednesday: '周三 Wed', thursday: '周四 Thu', friday: '周五 Fri', saturday: '周六 Sat', sunday: '周日 Sun',
  '1': '周一 Mon', '2': '周二 Tue', '3': '周三 Wed', '4': '周四 Thu', '5': '周五 Fri', '6': '周六 Sat', '7': '周日 Sun',
};

/** Names for the fields the schema gives no description (lists and groups). */
export const KEY_NAMES: Record<string, [string, string]> = {
  sections: ['板块', 'sections'], figures: ['数据', 'figures'], source: ['出处', 'source'], series: ['数列', 'series'],
  seriesUnit: ['数列单位', 'unit of the series'], honours: ['荣誉', 'honours'], year: ['年份', 'year'],
  recurrence: ['重复', 'repeats'], except: ['不举行的日期', 'dates without it'], allDay: ['全天', 'all day'],
  scenes: ['场景', 'scenes'], workers: ['人物', 'people'], events: ['活动', 'events'], notices: ['通知', 'notices'],
  closedDates: ['闭馆日期', 'closed dates'], monthDay: ['每月几号', 'day of the month'],
};

/** Chinese names for the schema's choice values, shown before the value itself in the pickers. */
export const CHOICE_NAMES: Record<string, string> = {
  ...CATEGORY_LABELS,
  other: '其他',
  national: '全国', provincial: '省级', city: '市级', county: '县区', enterprise: '企业',
  achievements: '成就数据', gallery: '劳模风采', events: '活动板',
  count: '个数', money: '金额(元)', percent: '百分比', persons: '人数/人次',
  dim: '显示时钟', black: '黑屏',
};

/** "体育 sport" for a choice the form offers (the value alone where it has no name). */
export function choiceText(option: string | number): string {
  const name = CHOICE_NAMES[String(option)];
  return name ? `${name} ${option}` : String(option);
}
